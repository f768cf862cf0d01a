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
  ).then((indexed) => {
    // Said once per build, in its log: names that would have shared a page, and the pages they got.
    for (const warning of indexed.warnings) console.warn(`claimtrail: warning: ${warning}`);
    return indexed;
  });
  return corpus;
}
