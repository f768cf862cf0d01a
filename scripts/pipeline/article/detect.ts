/**
 * Stage 4, detect: is a sentence a check-worthy factual claim? A transparent score over
 * features a fact-checker looks for (figures, dates, named actors, factual and reporting
 * verbs) against what is not checkable (questions, calls to action, opinion, fragments).
 * Rules rather than a model: they run offline at thousands of sentences per millisecond,
 * explain every decision (`reasons`), and behave the same on every machine.
 */
import { memoize, wordCount } from '../text.ts';
import { sourceCues, verbsFor } from '../lexicon/verbs.ts';
import { monthPattern, months, weekdays } from '../lexicon/calendar.ts';

export interface Detection {
  checkworthy: boolean;
  score: number;
  reasons: string[];
}

const numberWord =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|half|first|second|third|fourth|fifth|tenth|once|twice|percent|per cent|century|centuries|decade|decades)\b/i;
const digit = /\d/;
const dateWord = new RegExp(
  String.raw`\b(?:${[...weekdays, ...months].join('|')}|yesterday|today|tonight|overnight|last (?:week|month|year)|this (?:week|month|year)|earlier|later|since|ago)\b`, 'i');
/** Verbs that report something that happened or was decided: the stuff of checkable claims. */
const factVerb = new RegExp(
  String.raw`\b(?:signed|sign|launched|fired|destroyed|killed|injured|wounded|damaged|attacked|arrived|arrives|left|visited|visit|met|meet|held|hosted|received|gave|gifted|presented|provided|providing|supplied|supplying|delivered|transferred|shipped|sent|sold|bought|invested|accounts? for|lasted|began|begun|ended|concluded|opened|closed|approved|passed|voted|elected|appointed|resigned|arrested|sentenced|charged|banned|imposed|lifted|replaced?|replaces|accused|den(?:y|ies)|rejected|carried out|conducted|tested|deployed|built|produced|increased|decreased|rose|fell|grew|dropped|doubled|includes?|included|features|consists?|represent(?:s|ing)?|comprises?|became|remains|has been|have been|was|were|is|are|will|would|plans?|expected|agreed|pledged|promised|vowed|welcomed|condemned|laid|played|released|gathered|greeted|walked|rode|drove|driven|embraced|inspected|shows?|showed|took|taken|took part|participat\w+|${verbsFor('fact').join('|')})\b`, 'i');
const attributionCue = new RegExp(`\\b(?:${[...verbsFor('attribution'), ...sourceCues].join('|')})\\b`, 'i');
/** Capitalised word not at the start: a named person, place or organisation. */
const namedEntity = /(?<![.!?]\s|^)(?<=\s|["“‘(])[A-Z][\p{L}]+/u;
const firstPersonOpinion =
  /\b(?:i think|i believe|i feel|in my (?:view|opinion)|we (?:should|must|need)|i (?:want|hope|am|'m)|let me|let's|you know|we'll see)\b/i;
const opinionWord =
  /\b(?:should|ought|must|wonderful|terrible|great|disgrace|shameful|best|worst|beautiful|amazing|horrible|believe|hope|feel|seems?|perhaps|maybe|probably|likely|unlikely|could|might)\b/i;
/** What happened to people: the core of disaster and conflict reporting. */
const harm = /\b(?:killed|dead|deaths?|died|lives|injured|wounded|missing|displaced|trapped|evacuated|homeless|casualties|survivors)\b/i;
/** A list of three or more things ("meals, water, tarps and kits"): each item is something to check. */
const series = /(?:[^,;:]+,\s+){2,}[^,;:]+?,?\s+(?:and|or)\s+\S/;
/** Sympathy and solidarity: what a statement feels, not what happened. */
const sympathy =
  /\b(?:thoughts (?:are|go|remain) (?:with|out)|(?:are|am|is|were) praying|our prayers|grieves?|condolences|hearts? (?:go|goes) out|(?:deeply )?saddened|(?:will )?(?:continue to )?stands? with|in solidarity with|mourns?)\b/i;
/** Pointers to more reading: "More information is available on the Idalia web page". */
const pointer = /\b(?:more|further|additional) (?:information|details) (?:is|are|can be) (?:available|found)\b/i;
/** A vague commitment ("committed to assisting in the recovery in any way we can"); a commitment to a named act ("to providing assistance on both sides of the border") stays. */
const commitment = /\b(?:committed to (?:assist|support|help|be|being|work|stand|partner)\w*|stands? ready to|in any way (?:we|it|they) can)\b/i;
/** A photo caption: people doing something now, closing on the picture's date ("…, Feb. 7, 2023."). */
const caption = new RegExp(`,\\s+${monthPattern}\\.? \\d{1,2}, \\d{4}\\.?$`, 'i');
const callToAction =
  /^(?:check out|read|watch|listen|follow|subscribe|sign up|click|see|find out|share|join|download|get|tap|scroll|learn more|don't miss|sign in|log in)\b/i;

/** Copies of a sentence recur across outlets, so each is judged once (the result is shared, to be read only). */
export const detectCheckworthy = memoize((sentence: string): Detection => {
  const reasons: string[] = [];
  let score = 0;
  // Only compared with numbers up to 10.
  const words = wordCount(sentence, 10);
  const trimmed = sentence.trim();
  const figure = digit.test(sentence);
  const attributed = attributionCue.test(sentence);
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  if (figure) add(2, 'figure');
  else if (numberWord.test(sentence)) add(1.5, 'number word');
  if (dateWord.test(sentence) || /\b(?:19|20)\d{2}\b/.test(sentence)) add(0.5, 'date or time');
  if (namedEntity.test(sentence)) add(1, 'named actor');
  if (factVerb.test(sentence)) add(1, 'factual verb');
  if (harm.test(sentence)) add(1, 'harm to people');
  if (/ (?:and|or) /.test(sentence) && sentence.indexOf(',') !== sentence.lastIndexOf(',') && series.test(sentence)) add(1, 'lists things');
  if (attributed) add(0.5, 'attributed');
  if (words < 6) add(-2.5, 'fragment');
  else if (words >= 8) add(0.5, 'full statement');
  if (/\?["”’)]*$/.test(trimmed)) add(-3, 'question');
  if (callToAction.test(trimmed)) add(-3, 'call to action');
  if (firstPersonOpinion.test(sentence)) add(-1.5, 'first-person opinion');
  if (words < 10 && /:\s*$/.test(sentence)) add(-1.5, 'introduces a quote');
  if (/\b(?:images?|pictures?|photos?|pics|below you|above|you can see|we['’]ll bring you|explainer|live blog|stay with us)\b/i.test(sentence)) add(-1.5, 'about the coverage itself');
  if (!figure && !attributed && opinionWord.test(sentence)) add(-0.5, 'opinion or speculation');
  if (sympathy.test(sentence)) add(-2, 'sympathy or solidarity');
  if (pointer.test(sentence)) add(-3, 'points to more reading');
  if (caption.test(trimmed)) add(-2, 'photo caption');
  if (!figure && commitment.test(sentence)) add(-1.5, 'vague commitment');
  if (!/[.!?:…]["”’')\]]*\s*$/.test(trimmed) && !/[.!?]["”’]?\s+[-–—]\s+/.test(sentence)) add(-1.5, 'not a sentence');
  return { checkworthy: score >= 2.5, score, reasons };
}, 20_000);
