import { getCollection } from 'astro:content';
import { indexCorpus, type Corpus } from './index-corpus';

let corpus: Promise<Corpus> | undefined;

/** The indexed corpus, built once per build and shared by every page. */
export function loadCorpus(): Promise<Corpus> {
  corpus ??= Promise.all([getCollection('claims'), getCollection('articles')]).then(([claims, articles]) =>
    indexCorpus(
      claims.map((entry) => ({ data: entry.data, body: entry.body })),
      articles.map((entry) => entry.data),
    ),
  );
  return corpus;
}
