/**
 * The types every stage shares: what an article job is, what an article's analysis holds and
 * what a claim candidate carries from the per-article stages (article/) to the cross-article
 * ones (corpus/). Types only: importing this file runs nothing.
 */
import type { ArticleEntry, Attribution, Category, Person, Quantity } from '../../src/schema.ts';
import type { MatchingKeys, PackedKeys } from './keys.ts';

/** One input article and, if present, its metadata sidecar (`<stem>.yml|.yaml|.json`). */
export interface ArticleJob {
  file: string;
  sidecar?: string;
  /** The article's slug, unique in the run (see `uniqueArticleSlugs`); by default its file name's. */
  slug?: string;
}

/** What an entry's sources tell of their article: all but its text. */
export type ArticleMeta = Omit<ArticleEntry, 'paragraphs'>;

/** The metadata an input file (or its sidecar) may give; the rest of `ArticleMeta` is worked out. */
export type InputMeta = Partial<Pick<ArticleMeta, 'title' | 'outlet' | 'author' | 'published' | 'url' | 'republish'>>;

/** One check-worthy sentence of one article, described: what the merge, draft and ids stages work on. */
export interface Candidate {
  article: string;
  paragraph: string;
  quote: string;
  claim: string;
  title: string;
  category: Category;
  quantities: Quantity[];
  people: Person[];
  attribution?: Attribution;
  date?: string;
  /** For one item of a list in the sentence ("… include blankets, tarps and …"): that item. */
  item?: string;
  /** When the sentence states two claims and this candidate is one of them: its clause, as written (with `item`, what tells the two apart as sources). */
  clause?: string;
  /** For delegation members: the person and side, which is what entries merge on. */
  member?: { key: string; country?: string };
  /** Position of the sentence in its article, for a stable order. */
  order: number;
  /** What the merge compares (not for delegation members, which merge on the person). */
  keys?: MatchingKeys | PackedKeys;
}

/** The per-article chain's result: the cleaned article and its candidates. */
export interface ArticleAnalysis {
  article: ArticleEntry;
  candidates: Candidate[];
}
