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
 * - `beforeName`: before a name, marks it as speaking or spoken to ("said Putin", describe/people);
 * - `stopword`: too common to tell two sentences apart (text.ts `stopwords`);
 * - `withObject`: takes whom it was said to ("told reporters", "told Kim Jong-un"), which the headline strips with it;
 * - `headline`: ends or opens the attribution clause a headline leaves out ("Putin said the treaty …" → "Putin: treaty …", describe/headline).
 */
export type VerbUse = 'speaker' | 'source' | 'attribution' | 'fact' | 'beforeName' | 'stopword' | 'headline' | 'withObject';

const reportingVerbs: Record<string, VerbUse[]> = {
  said: ['speaker', 'source', 'attribution', 'fact', 'beforeName', 'stopword', 'headline'],
  says: ['speaker', 'source', 'attribution', 'fact', 'stopword', 'headline'],
  say: ['stopword'],
  told: ['speaker', 'source', 'attribution', 'fact', 'beforeName', 'stopword', 'headline', 'withObject'],
  tells: ['stopword'],
  added: ['speaker', 'source', 'attribution', 'fact', 'stopword', 'headline'],
  stressed: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  insisted: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  noted: ['speaker', 'source', 'attribution', 'fact', 'stopword', 'headline'],
  wrote: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  stated: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  announced: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  claimed: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  revealed: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  explained: ['speaker', 'source', 'headline'],
  warned: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  declared: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  confirmed: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  denied: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  hinted: ['speaker', 'source', 'headline'],
  underscored: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  reaffirmed: ['speaker', 'source', 'attribution', 'fact', 'headline'],
  'pointed out': ['speaker', 'source', 'attribution', 'headline'],
  reported: ['source', 'attribution', 'fact', 'stopword', 'headline'],
  reports: ['source', 'attribution', 'stopword', 'headline'],
  reporting: ['attribution'],
  'is reporting': ['source'],
  'are reporting': ['source'],
  'has reported': ['source'],
  posted: ['speaker', 'source', 'headline'],
  tweeted: ['speaker', 'source', 'headline'],
  quoted: ['source', 'attribution'],
  highlighted: ['source', 'fact'],
  recalled: ['speaker', 'source', 'headline'],
  argued: ['speaker', 'source', 'headline'],
  admitted: ['speaker', 'source', 'headline'],
  thanked: ['speaker', 'fact'],
  expressed: ['speaker', 'fact'],
  praised: ['speaker', 'fact'],
  called: ['speaker', 'fact'],
  described: ['speaker', 'fact'],
  urged: ['speaker'],
  hailed: ['speaker'],
  lauded: ['speaker'],
  commended: ['speaker'],
  criticised: ['speaker', 'source', 'headline'],
  criticized: ['speaker', 'source', 'headline'],
  condemned: ['speaker', 'source', 'headline'],
  // Forms a headline also strips ("…, Kim adds"; "Putin hopes …").
  adds: ['headline'],
  stresses: ['headline'],
  notes: ['headline'],
  states: ['headline'],
  warns: ['headline'],
  claims: ['headline'],
  confirms: ['headline'],
  announces: ['headline'],
  emphasised: ['speaker', 'source', 'headline'],
  emphasized: ['speaker', 'source', 'headline'],
  acknowledged: ['speaker', 'source', 'headline'],
  assured: ['speaker', 'headline'],
  promised: ['speaker', 'headline'],
  pledged: ['speaker', 'headline'],
  hopes: ['headline'],
  expects: ['headline'],
  believes: ['headline'],
};

/** The reporting verbs with one use, in the order above. */
export function verbsFor(use: VerbUse): string[] {
  return Object.keys(reportingVerbs).filter((verb) => reportingVerbs[verb].includes(use));
}

/** Phrases that name a source without a verb ("according to Tass", "citing officials"). */
export const sourceCues = ['according to', 'citing'];

/** Past tenses not made with -ed: with the auxiliaries, words that can only be verbs ("Kim met Putin"). */
export const irregularPast = (
  'met took gave said told made went came saw held left led sent spent won lost paid sold kept brought bought fought ' +
  'began became rose fell grew flew struck found stood spoke wrote chose broke drove rode hit set put cut shot'
).split(' ');
/** A past tense, regular or not, as a pattern: the word that makes "Putin arrived …" a clause. */
export const pastTense = `\\p{Ll}{3,}ed|${irregularPast.join('|')}`;
