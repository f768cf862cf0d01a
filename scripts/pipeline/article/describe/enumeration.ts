/**
 * Describe, enumerations: a sentence that lists three or more things ("flooding across
 * Benghazi, Derna, Sirte and Tripoli districts"; "include plastic sheeting, hygiene supplies,
 * blankets, and water containers") states one claim per item. This finds the list and words
 * each item's claim as the sentence with the list replaced by that item; the verbatim quote
 * stays the whole sentence.
 */
import { pastTense, verbsFor } from '../../lexicon/verbs.ts';
import { listMarker, memoize } from '../../text.ts';
import { figureSpans } from './quantities.ts';

export interface Enumeration {
  /** The sentence up to the list. */
  lead: string;
  items: string[];
  /** The sentence after the list (shared by every item). */
  tail: string;
}

const speakerVerbs = new Set(verbsFor('speaker'));

/** Words a list begins after: verbs that introduce what is listed first, then prepositions. */
const strongOpeners = new Set('include includes included including like namely notably especially'.split(' '));
const listOpeners = new Set(
  ('are were was is across in into to for from with of on at by among between deliver delivers delivered provide provides provided ' +
    'send sends sent support supports supported supporting against over').split(' '),
);
const boundaryAfter = /^(?:in|on|from|for|at|to|with|by|during|since|before|after|near|through|under|over|as|which|who|that|is|are|was|were|will|would|have|has|had|can|could|should|must|may|might)$/i;
const maxItemWords = 7;

/** Words of an item: plain words, no clause inside (no verb-like function words). */
function plausibleItem(item: string): boolean {
  const words = item.trim().split(/\s+/);
  if (!words[0] || words.length > maxItemWords) return false;
  if (/[“”"():;]/.test(item)) return false;
  return !words.some((w) => /^(?:is|are|was|were|has|have|had|will|would|which|who|that|but)$/i.test(w) || speakerVerbs.has(w.toLowerCase()));
}

/**
 * A list of counted things: "has mobilized 1,500 federal personnel, more than 540 Urban Search and
 * Rescue personnel and three Disaster Survivor Assistance Strike Teams to support states". Each
 * item is a figure and what it counts, so the items are found by their figures, whatever the verb
 * before them and whatever "and" a name holds ("Search and Rescue").
 */
function figureList(text: string): Enumeration | undefined {
  const figures = figureSpans(text);
  if (figures.length < 3) return undefined;
  for (let first = 0; first + 2 < figures.length; first++) {
    // The run of figures joined by ", " and a last ", and"/" and" (or "or").
    let last = first;
    while (last + 1 < figures.length && /^,\s+$/.test(text.slice(figures[last].end, figures[last + 1].start))) last++;
    if (last + 1 >= figures.length || !/^,?\s+(?:and|or)\s+$/.test(text.slice(figures[last].end, figures[last + 1].start))) continue;
    last++;
    const items = figures.slice(first, last + 1);
    // Each item counts something of its own ("540 … personnel"), not a bare number or a share of one thing.
    if (items.length < 3 || !items.every((f) => f.quantity.counts || f.quantity.unit !== 'count')) continue;
    return {
      lead: text.slice(0, items[0].start),
      items: items.map((f) => text.slice(f.start, f.end)),
      tail: text.slice(items.at(-1)!.end),
    };
  }
  return undefined;
}

/**
 * The enumeration of a sentence, if it lists at least three items joined by commas and a final
 * "and"/"or". Quotations are left alone (a speaker's words are one statement).
 */
export const findEnumeration = memoize((sentence: string): Enumeration | undefined => {
  const text = sentence.replace(/[.!?]+["”’]?\s*$/u, '');
  // Cheap tests first: a list needs two commas and a final "and"/"or", and quotations stay whole.
  if (/[“”"]/.test(text) || !/ (?:and|or) /.test(text) || !text.includes(',')) return undefined;
  const figures = figureList(text);
  if (figures) return figures;
  if (text.indexOf(',') === text.lastIndexOf(',')) return undefined;
  // The series: "A, B, C(,) and D" — at least two commas before the final conjunction.
  const series = /((?:[^,;:]+,\s+){2,}?[^,;:]+?,?\s+(?:and|or)\s+)([^,;:]+)/gu;
  for (let m = series.exec(text); m; m = series.exec(text)) {
    const head = m[1];
    const parts = head.split(/,\s+/);
    // The last part ends with the conjunction: "Al Wahat"-style last item follows it.
    const conj = parts.at(-1)!.match(/^(.*?)\s*(?:and|or)\s*$/u);
    if (!conj) continue;
    parts[parts.length - 1] = conj[1];
    let items = parts.filter((p) => p.trim());
    // The series starts at the last part that holds a list opener ("… flooding across Benghazi").
    // (A preposition inside a short item — "management of the dead" — does not open a list.)
    const opens = (part: string) => {
      const words = part.split(/\s+/);
      if (words.some((w) => strongOpeners.has(w.toLowerCase()))) return true;
      return words.some((w) => listOpeners.has(w.toLowerCase())) && (words.length >= 6 || words.some((w) => /\p{L}{3,}ing$/u.test(w)));
    };
    let first = 0;
    for (let k = items.length - 1; k > 0; k--) if (opens(items[k])) { first = k; break; }
    const before = items.slice(0, first).map((p) => `${p}, `).join('');
    items = items.slice(first);
    // The first part holds the lead: the first item is its words after the list opener.
    const firstWords = items[0].split(/\s+/);
    let open = -1;
    for (let i = 0; i < firstWords.length; i++) if (strongOpeners.has(firstWords[i].toLowerCase()) && i < firstWords.length - 1) open = i;
    if (open < 0) for (let i = firstWords.length - 1; i >= 0; i--) if (listOpeners.has(firstWords[i].toLowerCase())) { open = i; break; }
    // A list that opens the sentence ("Additional meals, water, tarps and … are in transit").
    if (open < 0 && (m.index !== 0 || first !== 0 || firstWords.length > 3)) continue;
    if (firstWords.length - open - 1 > maxItemWords || open === firstWords.length - 1) continue;
    const leadText = text.slice(0, m.index) + before + firstWords.slice(0, open + 1).join(' ') + (open >= 0 ? ' ' : '');
    items[0] = firstWords.slice(open + 1).join(' ');
    // The last item runs to the first phrase boundary; the rest is shared.
    const lastWords = m[2].split(/\s+/);
    let cut = lastWords.findIndex((w, i) => i > 0 && boundaryAfter.test(w));
    // Proper-name lists ("Sirte, Tripoli and Al Wahat districts"): the item is the capitalised run.
    if (items.slice(1).every((it) => /^\p{Lu}/u.test(it))) {
      const run = lastWords.findIndex((w, i) => i > 0 && !/^\p{Lu}/u.test(w) && !/^(?:al|el|de|of)$/i.test(w));
      if (run > 0 && (cut < 0 || run < cut)) cut = run;
    }
    if (cut < 0) cut = lastWords.length;
    const last = lastWords.slice(0, cut).join(' ');
    const all = [...items.map((it) => it.trim()), last.trim()];
    if (all.length < 3 || !all.every(plausibleItem)) continue;
    // "will meet with local officials, emergency response staff and meet with survivors": the last
    // part repeats the verb, so it is a second action, not a third thing met.
    const leadWords = new Set(leadText.toLowerCase().split(/\s+/).filter((w) => w.length > 2));
    if (all.some((it) => leadWords.has(it.split(/\s+/)[0].toLowerCase()) && /^\p{Ll}/u.test(it))) continue;
    // "based in Tunis, Tunisia, and a Response Management Team": a place and its country, then
    // another thing, is no series of three.
    const proper = all.map((it) => /^\p{Lu}/u.test(it));
    if (proper[0] && proper[1] && all.some((it) => /^(?:a|an|the)\s/u.test(it))) continue;
    // "a region of peace, harmony, security and prosperity": qualities of one thing, not things.
    if (/\bof\s*$/i.test(leadText) && all.every((it) => /^\p{Ll}[\p{Ll}\s-]*$/u.test(it) && !/s$/.test(it))) continue;
    // "support to address needs, minimize vulnerabilities, and strengthen resilience": purposes, not things.
    if (/\bto\s*$/i.test(leadText) && all.every((it) => /^\p{Ll}/u.test(it) && !/^(?:the|a|an|some|all|more|about|over|nearly|up|at|its|their|his|her)\b/.test(it))) continue;
    const tailText = (cut < lastWords.length ? ' ' + lastWords.slice(cut).join(' ') : '') + text.slice(m.index + m[0].length);
    return { lead: leadText.replace(/\s+$/, ' '), items: all, tail: tailText };
  }
  return undefined;
}, 20_000);

/** "<things> that arrived in Benghazi today include ": a relative clause, then the list's verb. */
const relativeThenList = new RegExp(`^(\\p{Lu}.*?\\S)\\s+(?:that|which)\\s+((?:${pastTense})\\b.*?)\\s+((?:include|includes|included)\\s*)$`, 'u');
/** A word that makes a clause: an auxiliary, a past tense. */
const finiteVerb = new RegExp(`\\b(?:is|are|was|were|has|have|had|will|would|${pastTense})\\b`, 'u');

/**
 * A list that hangs on a clause of its own states that clause as a claim too: "Storm Daniel made
 * landfall over Libya, generating heavy rain and flooding across Benghazi, Derna and Sirte" is
 * the landfall and the flooding in each place. This returns the main clause as a claim, the
 * verbatim words of the sentence that state it, and those that state the list (each item's
 * quote), or nothing when the list is the sentence's only claim.
 */
export function leadClause(e: Enumeration, quote: string): { claim: string; leadQuote: string; listQuote: string } | undefined {
  // "The 13 metric tons of relief items that arrived in Benghazi today include …": the things
  // arrived, and they include each item.
  const relative = e.lead.match(relativeThenList);
  if (relative) {
    const at = quote.lastIndexOf(` ${relative[3].trim()} `);
    if (at > 0 && quote.slice(0, at).endsWith(relative[2])) return { claim: `${relative[1]} ${relative[2]}.`, leadQuote: quote.slice(0, at), listQuote: quote.slice(at + 1).trim() };
  }
  const m = e.lead.match(/^(.*\S),\s+((?:\p{Ll}{3,}ing|which|and)\s.*)$/u);
  if (!m || !finiteVerb.test(m[1]) || m[1].split(/\s+/).length < 4) return undefined;
  const opener = m[2].split(/\s+/).slice(0, 3).join(' ');
  const at = quote.indexOf(opener);
  if (at <= 0 || quote.indexOf(opener, at + 1) >= 0) return undefined;
  // The lead's quote runs on to the list's own words ("…, generating heavy rain and flooding"),
  // which tell what the clause led to; it stops before the first item.
  const first = quote.indexOf(e.items[0], at);
  const leadQuote = (first > at ? quote.slice(0, first) : quote.slice(0, at))
    .replace(/[\s,;]+$/u, '')
    .replace(/\s+(?:across|in|to|for|from|with|of|on|at|by|into|over|among|between|including|include|includes|such as|like)$/u, '')
    .replace(/[\s,;]+$/u, '');
  return { claim: `${m[1]}.`, leadQuote, listQuote: quote.slice(at).trim() };
}

/** A modifier that a list's first item carries for all of them ("Additional meals, water, tarps"). */
const sharedModifier = /^(?:additional|more|further|extra|emergency)\s+/i;

/** The claim of one item: the sentence with the list replaced by that item. */
export function itemClaim(e: Enumeration, item: string): string {
  // "…1,500 federal personnel, including four teams": the opener stays, the item is a part of what the lead names.
  const lead = e.lead;
  // "Additional meals, water, tarps … are in transit": the first item's modifier is every item's.
  const modifier = e.items[0].match(sharedModifier)?.[0];
  const own = modifier && item !== e.items[0] && !sharedModifier.test(item) ? `${modifier.toLowerCase()}${item}` : item;
  // "water are in transit" → "water is in transit": one item of a plural list may be singular.
  const singular = !/(?:s|\band\b.*)$/iu.test(own.trim()) || /\b(?:water|equipment|food|fuel|aid|assistance|funding|support)$/i.test(own.trim());
  const tail = singular ? e.tail.replace(/^(\s+)(are|were|have)\b/u, (_m, space: string, verb: string) => space + ({ are: 'is', were: 'was', have: 'has' } as Record<string, string>)[verb]) : e.tail;
  const text = `${lead}${own}${tail}`.replace(/\s{2,}/g, ' ').replace(/\s+,/g, ',').trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}


/** The words of a list item: the line without its marker and closing ";" or ",", still a verbatim part of it. */
export function itemWords(line: string): string {
  return line.replace(listMarker, '').replace(/\s*(?:[;,]|\band)\s*$/u, '').trim();
}

/** The line that introduces the list an item belongs to ("The package includes:"), if the list has one. */
export function leadOfList<P extends { kind: string; text: string }>(paragraphs: P[], item: P): string | undefined {
  for (let i = paragraphs.indexOf(item) - 1; i >= 0; i--) {
    if (paragraphs[i].kind === 'item') continue;
    return /:\s*$/.test(paragraphs[i].text) ? paragraphs[i].text : undefined;
  }
  return undefined;
}

/** An item read with its lead-in: "The package includes: • Additional munitions" → "The package includes additional munitions." */
export function withListLead(lead: string, item: string): string {
  const words = item.replace(/[.;,]+$/, '');
  // "Additional munitions …" continues the sentence: a capital that only opened the line goes.
  const first = /^\p{Lu}\p{Ll}+\b(?!\s+\p{Lu})/u.test(words) ? words.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : words;
  return `${lead.replace(/\s*:\s*$/, '')} ${first}.`;
}
