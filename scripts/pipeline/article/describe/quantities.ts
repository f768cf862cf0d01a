/**
 * Describe, quantities: every figure in a sentence as value, unit, qualifier ("more than",
 * "at least", "about") and what it counts. Years and clock times are dates, not quantities.
 */
import type { Quantity } from '../../../../src/schema.ts';
import { memoize, wordTable } from '../../text.ts';
import { pastTense } from '../../lexicon/verbs.ts';

const small: Record<string, number> = wordTable({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
});
const magnitude: Record<string, number> = wordTable({
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bil: 1e9,
  trillion: 1e12, tn: 1e12,
});
const currency: Record<string, string> = wordTable({ us$: 'USD', $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₩': 'KRW', rm: 'MYR', '₽': 'RUB' });
const units: [RegExp, string][] = [
  [/^(?:metric )?ton(?:ne)?s?$/, 'ton'],
  [/^(?:km|kilomet(?:re|er)s?)$/, 'km'],
  [/^(?:miles?)$/, 'mile'],
  [/^(?:m|met(?:re|er)s?)$/, 'm'],
  [/^(?:kg|kilograms?|kilos?)$/, 'kg'],
  [/^(?:%|percent|per cent|percentage points?)$/, 'percent'],
  [/^(?:years?)$/, 'year'],
  [/^(?:months?)$/, 'month'],
  [/^(?:weeks?)$/, 'week'],
  [/^(?:days?)$/, 'day'],
  [/^(?:hours?|hrs?)$/, 'hour'],
  [/^(?:minutes?|mins?)$/, 'minute'],
  [/^(?:seconds?|secs?)$/, 'second'],
];
/** Scales: a value on one measures the thing named after it ("magnitude 7.8 earthquake", "a Category 4 hurricane"). */
const scaleWords = 'magnitude|category|level';
const scaleBefore = new RegExp(String.raw`\b(${scaleWords})[\s-]+$`, 'iu');
const scaleAfter = new RegExp(String.raw`^[\s-]+(${scaleWords})\b`, 'iu');

const qualifiers =
  /\b(more than|over|at least|about|around|approximately|roughly|nearly|almost|up to|some|fewer than|less than|as many as|an estimated|just over|just under|close to|upwards of|at most|no fewer than|no more than|all)\s+$/i;

const numberWords = Object.keys(small).filter((w) => w !== 'a' && w !== 'an').join('|');
const figure = new RegExp(
  String.raw`(?<cur>US\$|\$|£|€|¥|₩|₽|\bRM)?\s?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\ban?\s+dozen\b|\b(?:${numberWords})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b)` +
    String.raw`(?:[ -]?(?<mag>hundred|thousand|million|billion|trillion|mln|mn|bn|bil|tn|k|m)\b)?` +
    String.raw`(?<pct>\s?(?:%|per ?cent\b|percent\b|percentage points?\b))?`,
  'giu',
);
const halfHour = /\b(?<num>an?|one|\d+)\s+(?<unit>hours?|years?|days?|months?|weeks?)\s+and\s+a\s+half\b/gi;
/** Words that end the phrase naming what is counted. */
const phraseStop = new Set(
  ('of that which who whom to from in on at by for with and or were was is are have has had since than into as the a an per ' +
    'after before during while when where across against over under between upon around through toward towards within ' +
    'without among along behind beyond near off out up down away back again more less will would can could may might ' +
    'should must be been being do did does not also it this – — - ,').split(' '),
);

function parseNumber(text: string): number {
  const t = text.toLowerCase().replace(/,/g, '').replace(/^an?\s+/, '');
  if (/^\d/.test(t)) return Number(t);
  return t.split(/[- ]/).reduce((sum, w) => sum + (small[w] ?? 0), 0);
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

/** Initials with their full stops ("U.S.", "D.C."): one word, not a sentence's end. */
const initials = String.raw`(?:\p{Lu}\.){2,}`;
const countedToken = new RegExp(String.raw`\s*(${initials}|[^\s,.;:!?()“”"]+)`, 'uy');
/** Words that join the parts of one name ("Agency for International Development", "Search and Rescue"). */
const nameJoiners = new Set(['of', 'for', 'and', 'the', '&']);
const capitalised = /^\p{Lu}/u;
/** A word that makes a clause after a noun: "earthquake struck", "teams arrived" (not "armed men": it comes first). */
const pastVerb = new RegExp(`^(?:${pastTense})$`, 'u');
const maxCommonWords = 4;
const maxNameWords = 10;

/**
 * The words after a figure that say what it counts: "shipping containers", "drones", "U.S. Agency
 * for International Development Urban Search and Rescue teams". A name runs on over its joining
 * words; the phrase ends where a clause starts ("7.8 earthquake | struck", "people | living in").
 */
function countedPhrase(rest: string): string {
  const tokens: string[] = [];
  countedToken.lastIndex = 0;
  for (let m = countedToken.exec(rest); m && tokens.length < maxNameWords + maxCommonWords; m = countedToken.exec(rest)) tokens.push(m[1]);
  const out: string[] = [];
  let common = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.toLowerCase();
    const name = capitalised.test(token);
    // A name's joining word, between two of its capitalised words.
    if (nameJoiners.has(lower) && out.length && capitalised.test(out.at(-1)!) && capitalised.test(tokens[i + 1] ?? '')) {
      out.push(token);
      continue;
    }
    if (!name && (phraseStop.has(lower) || /^\d/.test(token) || small[lower] !== undefined)) break;
    if (!name && out.length && !/ly$/.test(out.at(-1)!)) {
      if (pastVerb.test(token)) break;
      // "people living in": a participle before a preposition or the end, not "oil drilling rigs".
      if (/\p{Ll}{2,}ing$/u.test(token) && (i + 1 === tokens.length || phraseStop.has(tokens[i + 1].toLowerCase()))) break;
    }
    if (name ? out.length >= maxNameWords : ++common > maxCommonWords) break;
    out.push(token);
  }
  while (out.length && nameJoiners.has(out.at(-1)!.toLowerCase())) out.pop();
  return out.join(' ');
}

export function extractQuantities(sentence: string): Quantity[] {
  return figuresOf(sentence).map(({ quantity }) => ({ ...quantity }));
}

/** A figure and where its words are in the sentence: from its qualifier ("more than") to what it counts. */
export interface FigureSpan {
  quantity: Quantity;
  start: number;
  end: number;
}

/** The figures of a sentence, in order, with their places; read only (`extractQuantities` gives copies). */
export function figureSpans(sentence: string): readonly Readonly<FigureSpan>[] {
  return figuresOf(sentence);
}

/** The figures of a sentence; copies of a sentence recur across outlets. */
const figuresOf = memoize((sentence: string): FigureSpan[] => {
  const found: (Quantity & { at: number; end: number })[] = [];
  // exec rather than matchAll, which copies its pattern on every call; neither matches empty.
  halfHour.lastIndex = 0;
  for (let m = /half/i.test(sentence) ? halfHour.exec(sentence) : null; m; m = halfHour.exec(sentence)) {
    const base = m.groups!.num.toLowerCase();
    const value = (/^\d/.test(base) ? Number(base) : 1) + 0.5;
    const unit = units.find(([re]) => re.test(m.groups!.unit.toLowerCase()))?.[1] ?? singular(m.groups!.unit.toLowerCase());
    found.push({ value, unit, text: m[0], at: m.index, end: m.index + m[0].length, ...qualifierOf(sentence, m.index) });
  }
  figure.lastIndex = 0;
  for (let m = figure.exec(sentence); m; m = figure.exec(sentence)) {
    const at = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    if (found.some((q) => at < q.end && end > q.at)) continue;
    const { cur, num, mag, pct } = m.groups!;
    const before = sentence.slice(0, at);
    const after = sentence.slice(end);
    const isDigit = /^\d/.test(num);
    // Years, clock times, dates, ordinals, compound adjectives like "one-on-one" are not figures.
    if (isDigit && !cur && !mag && !pct && /^(?:1[5-9]|20)\d{2}$/.test(num) && !/^\s*(?:years?|people|troops|tons?|km|miles?)\b/i.test(after)) continue;
    // Clock times, and dates or fractions written with a slash ("9/11 Memorial", "24/7").
    if (/^[:./]\d/.test(after) || /\d[:./]$/.test(before) || /^\s*(?:[ap]\.m\.|[ap]m\b)/i.test(after)) continue;
    if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to|or)\s*)?$/i.test(before) || /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b/i.test(after)) continue;
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /^-on-/i.test(after) || /^\s*(?:another|of (?:the|them|us|those|these|its|his|her|their))\b/i.test(after)) continue;
    if (/\bno\s+$/i.test(before) && /^one\b/i.test(num)) continue;
    // "– one necessitated by …", "one that …": the pronoun "one", not a count.
    if (/^one$/i.test(num) && /^\s+(?:\p{Ll}+ed|that|which|who|is|was|of)\b/u.test(after)) continue;
    // Model names and calibres are names, not counts: AT4, G7, F-16, MiG-29, 155mm shells, 5.56-mm rounds.
    if (isDigit && (/\p{L}-?$/u.test(before) || /^(?:-?mm|-millimet(?:er|re)|-caliber|-calibre)\b/i.test(after))) continue;
    // "100m sprint" is metres: "m" means million after a currency sign or before what is counted in the plural.
    if (mag?.toLowerCase() === 'm' && !cur && !/^\s+(?:\p{L}+s|people|children)\b/iu.test(after)) continue;
    // "one-on-one", "the two leaders": part of a compound, or a definite reference, not a count.
    if (/-$/.test(before) || (!isDigit && /\b(?:the|these|those|both|their|its|our)\s+$/i.test(before))) continue;
    let value = parseNumber(num);
    if (mag) value *= magnitude[mag.toLowerCase()] ?? 1;
    if (!Number.isFinite(value) || value === 0) continue;
    const ageMatch = after.match(/^-year-old\b/);
    const outOf = after.match(/^\s+(?:out\s+)?of\s+(\d[\d,]*|\b(?:[a-z]+))\b/i);
    const ofValue = outOf && (/^\d/.test(outOf[1]) || small[outOf[1].toLowerCase()]) ? parseNumber(outOf[1]) : undefined;
    const range = after.match(/^\s*(?:-|–|to)\s*(\d[\d,.]*)/);
    const restStart = ofValue !== undefined ? outOf![0].length : range ? range[0].length : 0;
    // "magnitude 7.8 earthquake", "7.8 magnitude earthquake": a value on a scale, of the thing named after it.
    const scaleFirst = cur || pct || mag ? null : before.match(scaleBefore);
    const scaleNext = cur || pct || scaleFirst ? null : after.slice(restStart).match(scaleAfter);
    const scale = (scaleFirst ?? scaleNext)?.[1].toLowerCase();
    const phraseStart = restStart + (scaleNext ? scaleNext[0].length : 0);
    let counted = ageMatch ? '' : countedPhrase(after.slice(phraseStart).replace(/^[-–]/, ' '));
    let unit: string;
    if (cur) unit = currency[cur.toLowerCase()] ?? cur;
    else if (pct) unit = 'percent';
    else if (ageMatch) unit = 'years old';
    else if (scale) unit = scale;
    else {
      const head = counted.split(' ');
      const byTwo = units.find(([re]) => re.test(head.slice(0, 2).join(' ').toLowerCase()));
      const measure = byTwo ?? units.find(([re]) => re.test(head[0]?.toLowerCase() ?? ''));
      // A measure ends with its unit: "11 minutes | later", "260,000 metric tons | Munitions".
      if (measure) counted = head.slice(0, byTwo ? 2 : 1).join(' ');
      unit = measure ? measure[1] : singular((head.at(-1) ?? '').toLowerCase().replace(/[^a-z-]/g, ''));
    }
    // A bare number word with nothing counted ("one of", "two") is not a figure.
    if (!isDigit && !unit) continue;
    if (!unit) unit = 'count';
    const start = scaleFirst ? at - scaleFirst[0].length : at;
    const textEnd = end + (ageMatch ? ageMatch[0].length : phraseStart) + (counted && !cur && !pct ? after.slice(phraseStart).indexOf(counted) + counted.length : 0);
    const q: Quantity & { at: number; end: number } = {
      value,
      unit,
      text: sentence.slice(start, Math.max(end, textEnd)).trim(),
      at: start,
      end: Math.max(end, textEnd),
      ...qualifierOf(sentence, start),
    };
    if (ofValue !== undefined) q.of = ofValue;
    if (range) q.upTo = parseNumber(range[1]);
    if (counted && !['percent', 'years old'].includes(unit) && !units.some(([re]) => re.test(counted.toLowerCase()))) q.counts = counted;
    // Conversions in brackets ("170 km (106 miles)") restate the figure before them.
    if (/\(\s*$/.test(before) && found.length) continue;
    found.push(q);
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ at, end, ...quantity }) => {
      const qualifier = quantity.qualifier ? sentence.slice(Math.max(0, at - 20), at).match(qualifiers) : null;
      return { quantity, start: qualifier ? at - qualifier[0].length : at, end };
    });
}, 20_000);

function qualifierOf(sentence: string, at: number): { qualifier?: string } {
  const m = sentence.slice(Math.max(0, at - 20), at).match(qualifiers);
  return m ? { qualifier: m[1].toLowerCase() } : {};
}

/** Key for matching a figure across outlets: value and unit, not the words around them. */
export function quantityKey(q: Quantity): string {
  return `${q.value}${q.of !== undefined ? `/${q.of}` : ''} ${q.unit}`;
}
