import { contentVersion, readContent } from './content-files';
import { indexCorpus, type Corpus } from './index-corpus';

let corpus: { version: number; indexed: Promise<Corpus> } | undefined;

/** The indexed corpus, read and built once per build (once per change under `npm run dev`) and shared by every page. */
export function loadCorpus(): Promise<Corpus> {
  const version = contentVersion();
  if (corpus?.version !== version) {
    const indexed = Promise.resolve().then(() => {
      const { claims, articles } = readContent();
      const index = indexCorpus(claims, articles);
      // Said once per build, in its log: names that would have shared a page, and the pages they got.
      for (const warning of index.warnings) console.warn(`claimtrail: warning: ${warning}`);
      return index;
    });
    corpus = { version, indexed };
  }
  return corpus.indexed;
}
