/**
 * Reporting verbs: each defined once, with the rules that use it. The rules grew apart, so a
 * verb's uses differ ("explained" marks a speaker and a source but does not count as
 * attribution when detection scores a sentence); the named uses keep every rule's output as it
 * was. To add a verb, add it here with the uses it should have.
 *
 * - `speaker`: after a name, marks it as a person speaking ("Lavrov said", describe/people);
 * - `source`: names the source of a statement ("..., Tass reports", describe/attribution);
 * - `attribution`: counts as attribution in the check-worthiness score (detect);
 * - `fact`: counts as a factual verb in the check-worthiness score (detect);
 * - `title`, `titleWithObject`: a trailing "…, X said" or "…, X told reporters" that a long title drops (describe/wording);
 * - `beforeName`: before a name, marks it as speaking or spoken to ("said Putin", describe/people);
 * - `stopword`: too common to tell two sentences apart (text.ts `stopwords`).
 */
export type VerbUse = 'speaker' | 'source' | 'attribution' | 'fact' | 'title' | 'titleWithObject' | 'beforeName' | 'stopword';

const reportingVerbs: Record<string, VerbUse[]> = {
  said: ['speaker', 'source', 'attribution', 'fact', 'title', 'beforeName', 'stopword'],
  says: ['speaker', 'source', 'attribution', 'fact', 'stopword'],
  say: ['stopword'],
  told: ['speaker', 'source', 'attribution', 'fact', 'titleWithObject', 'beforeName', 'stopword'],
  tells: ['stopword'],
  added: ['speaker', 'source', 'attribution', 'fact', 'title', 'stopword'],
  stressed: ['speaker', 'source', 'attribution', 'fact', 'title'],
  insisted: ['speaker', 'source', 'attribution', 'fact'],
  noted: ['speaker', 'source', 'attribution', 'fact', 'title', 'stopword'],
  wrote: ['speaker', 'source', 'attribution', 'fact'],
  stated: ['speaker', 'source', 'attribution', 'fact'],
  announced: ['speaker', 'source', 'attribution', 'fact'],
  claimed: ['speaker', 'source', 'attribution', 'fact'],
  revealed: ['speaker', 'source', 'attribution', 'fact'],
  explained: ['speaker', 'source'],
  warned: ['speaker', 'source', 'attribution', 'fact'],
  declared: ['speaker', 'source', 'attribution', 'fact'],
  confirmed: ['speaker', 'source', 'attribution', 'fact'],
  denied: ['speaker', 'source', 'attribution', 'fact'],
  hinted: ['speaker', 'source'],
  underscored: ['speaker', 'source', 'attribution', 'fact'],
  reaffirmed: ['speaker', 'source', 'attribution', 'fact'],
  'pointed out': ['speaker', 'source', 'attribution'],
  reported: ['source', 'attribution', 'fact', 'title', 'stopword'],
  reports: ['source', 'attribution', 'title', 'stopword'],
  reporting: ['attribution'],
  'is reporting': ['source'],
  'are reporting': ['source'],
  'has reported': ['source'],
  posted: ['speaker', 'source'],
  tweeted: ['speaker', 'source'],
  quoted: ['source', 'attribution'],
  highlighted: ['source', 'fact'],
  recalled: ['speaker', 'source'],
  argued: ['speaker', 'source'],
  admitted: ['speaker', 'source'],
  thanked: ['speaker', 'fact'],
  expressed: ['speaker', 'fact'],
  praised: ['speaker', 'fact'],
  called: ['speaker', 'fact'],
  described: ['speaker', 'fact'],
  urged: ['speaker'],
};

/** The reporting verbs with one use, in the order above. */
export function verbsFor(use: VerbUse): string[] {
  return Object.keys(reportingVerbs).filter((verb) => reportingVerbs[verb].includes(use));
}

/** Phrases that name a source without a verb ("according to Tass", "citing officials"). */
export const sourceCues = ['according to', 'citing'];
