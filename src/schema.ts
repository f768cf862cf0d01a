/**
 * The one definition of claimtrail's content: a claim entry (`content/claims/<id>.md`)
 * and a cleaned article (`content/articles/<slug>.json`). The extractor validates what it
 * writes with these schemas, the site reads its content with them (src/lib/content-files.ts), and the tests
 * assert against them.
 */
import { z } from 'astro/zod';
import { boundedSlug, maxSlugLength } from './lib/slug.ts';

/** Dates are plain `YYYY-MM-DD` strings so front matter stays readable and byte-stable. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD');
export { boundedSlug, maxSlugLength };
/** Ids, aliases and article slugs: they are URL path segments, so lowercase words joined by hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "lavrov-in-russian-delegation"')
  .max(maxSlugLength, `expected at most ${maxSlugLength} characters (a file and page name)`);
/** Links to articles: web addresses only (zod's url() alone also accepts javascript: and data:). */
export const webUrl = z
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'expected an http:// or https:// address');

export const categories = [
  'munitions',
  'delegation',
  'treaty',
  'military',
  'diplomacy',
  'economy',
  'statement',
  'event',
] as const;
export const category = z.enum(categories);
export type Category = z.infer<typeof category>;

export const statuses = ['corroborated', 'single-source', 'attributed', 'disputed'] as const;
export const status = z.enum(statuses);
export type Status = z.infer<typeof status>;

/** Plain-language meaning of each status, shown on claim pages and the methodology page. */
export const quantity = z.object({
  /** The number as written, normalised: "more than 10,000" → 10000. */
  value: z.number(),
  /** Upper bound for ranges ("19 out of 21" keeps 21 as `of`, "10-12" keeps 12 here). */
  upTo: z.number().optional(),
  /** For "19 out of 21": the whole the value is part of. */
  of: z.number().optional(),
  unit: z.string(),
  qualifier: z.string().optional(),
  /** What is counted: "shipping containers", "drones", "years". */
  counts: z.string().optional(),
  /** The words in the quote this quantity was read from, verbatim. */
  text: z.string(),
});
export type Quantity = z.infer<typeof quantity>;

export const person = z.object({
  name: z.string(),
  /** Stable key used for people pages and matching across spellings. */
  slug: z.string(),
  role: z.string().optional(),
  /** The side the person belongs to or represents, where the article makes it clear. */
  country: z.string().optional(),
});
export type Person = z.infer<typeof person>;

export const attribution = z.object({
  /** Who made the statement ("Vladimir Putin", "a US official"). */
  speaker: z.string().optional(),
  /** Through whom it reached the article ("Tass", "KCNA", "a US statement"), in order. */
  via: z.array(z.string()).default([]),
  /** `quote`: the speaker's own words in quotation marks; `reported`: paraphrase. */
  kind: z.enum(['quote', 'reported']),
});
export type Attribution = z.infer<typeof attribution>;

export const source = z.object({
  /** Article slug: the page is `/sources/<article>/`. */
  article: slug,
  outlet: z.string().optional(),
  title: z.string().optional(),
  published: isoDate.optional(),
  url: webUrl.optional(),
  /** The article's sentence, verbatim. */
  quote: z.string().min(1),
  /** Anchor of the paragraph in our copy of the article, e.g. `p-12`. */
  paragraph: z.string().regex(/^p-\d+$/),
  /** When the quote lists several things, or states two claims, and this entry is about one of them: that item or clause, as written. */
  item: z.string().optional(),
  attribution: attribution.optional(),
});
export type Source = z.infer<typeof source>;

export const variance = z.object({
  /** What differs: `figure`, `qualifier` or `wording`. */
  aspect: z.enum(['figure', 'qualifier', 'wording']),
  /** Human-readable summary, e.g. `"more than an hour and a half" vs "an hour and a half"`. */
  detail: z.string(),
  readings: z.array(z.object({ text: z.string(), articles: z.array(z.string()) })),
});
export type Variance = z.infer<typeof variance>;

export const historyItem = z.object({
  date: isoDate,
  change: z.enum([
    'created',
    'source added',
    'source removed',
    'wording changed',
    'merged',
    'status changed',
    // Editors' changes, recorded so corrections are on the record.
    'edited by editor',
    'verdict set',
    'verdict changed',
    'hidden',
    'shown again',
  ]),
  detail: z.string().optional(),
});
export type HistoryItem = z.infer<typeof historyItem>;

export const claimEntry = z.object({
  id: slug,
  claim: z.string().min(1),
  title: z.string().min(1).max(75),
  category,
  status,
  date: isoDate.optional(),
  sources: z.array(source).min(1),
  quantities: z.array(quantity).optional(),
  people: z.array(person).optional(),
  attribution: attribution.optional(),
  variance: z.array(variance).optional(),
  history: z.array(historyItem).min(1),
  /** Editor-owned from here on: never written by the extractor. */
  /** A label of the desk's rating scale ("Mostly true", "Accurate"); a label off the scale is published as written, with a warning. */
  verdict: z.string().trim().min(1).optional(),
  /** Who reviewed the claim and gave the verdict, and when (ClaimReview's author and datePublished). */
  reviewed_by: z.string().trim().min(1).optional(),
  reviewed: isoDate.optional(),
  /** Who made the claim, where the extracted speaker is wrong or missing (ClaimReview's itemReviewed author). */
  claimant: z.string().trim().min(1).optional(),
  /** The editor's explanation of the verdict (ClaimReview's ratingExplanation). */
  note: z.string().optional(),
  /** Withdrawn: off lists, search and feeds; the permalink stays as a page saying so, when and why. */
  hidden: z.boolean().optional(),
  hidden_reason: z.string().optional(),
  locked: z.boolean().optional(),
  /** Sources an editor took out (`<article>#<paragraph>`): they never come back into this entry, and may form their own. */
  removed_sources: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#p-\d+$/, 'expected "<article>#p-<n>", such as "001-rt#p-4"')).optional(),
  /** Ids of entries an editor joined into this one: they become aliases, and later runs keep their sources here. */
  joined: z.array(slug).optional(),
  aliases: z.array(slug).default([]),
});
export type ClaimEntry = z.infer<typeof claimEntry>;

/** Fields an editor owns; the extractor carries them over untouched. */
export const editorFields = ['verdict', 'reviewed_by', 'reviewed', 'claimant', 'note', 'hidden', 'hidden_reason', 'locked', 'removed_sources', 'joined', 'aliases'] as const;

export const paragraph = z.object({
  id: z.string().regex(/^p-\d+$/),
  text: z.string(),
  /** `heading` for headline-like lines (no sentence punctuation), `quote` for block quotes, `item` for an item of a bulleted or numbered list. */
  kind: z.enum(['text', 'heading', 'quote', 'item']).default('text'),
});

export const articleEntry = z.object({
  slug,
  /** Input file, relative to the project root. */
  file: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  published: isoDate.optional(),
  url: webUrl.optional(),
  /**
   * The article's metadata allows publishing its full text (the desk's own article, an open
   * licence); without it the site shows only the quoted sentences (see src/lib/republish.ts).
   */
  republish: z.boolean().optional(),
  /** sha256 of the input file's bytes: the cache key. */
  hash: z.string(),
  paragraphs: z.array(paragraph),
});
export type ArticleEntry = z.infer<typeof articleEntry>;
