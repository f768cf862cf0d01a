/**
 * Describe, headline: the entry's `title`, written as a news headline of at most 75 characters
 * from the claim frame (who says it, what is claimed, the key figure). An attributed statement
 * leads with its speaker ("Putin: treaty provides for mutual assistance in case of aggression");
 * a long claim is shortened phrase by phrase (asides, lead-in clauses, time phrases, trailing
 * modifiers), never cut mid-phrase and never with an ellipsis.
 */

import { escapeRegExp, memoTable } from '../../text.ts';
import { pastTense, verbsFor } from '../../lexicon/verbs.ts';

const speakingVerbs = `(?:${verbsFor('speaker').join('|')})`;
import { roleWords } from '../../lexicon/roles.ts';
import { demonyms, notPersonWords } from '../../lexicon/places.ts';
import { monthPattern, months, weekdays } from '../../lexicon/calendar.ts';

export const maxTitleLength = 75;

export interface HeadlineInput {
  /** The standalone claim sentence. */
  claim: string;
  /** Who made the statement, when the claim rests on someone's word. */
  speaker?: string;
  /** Full names the claim mentions with their roles, to drop "Russian President" before "Vladimir Putin". */
  people?: readonly { name: string; role?: string }[];
  /** The words of the key figure ("more than 10,000"), kept in the headline where possible. */
  figures?: readonly string[];
  /** For one item of a list: the words before the list ("… flooding across") and the item ("Derna"). */
  list?: { lead: string; item: string };
  /** How often the article mentions a name: the story's protagonists ("Russia", "Putin") tell less than a name this claim alone brings ("Incirlik"). */
  mentions?: (name: string) => number;
}

/** A name the article mentions this often is the story's, not this claim's. */
const storyNameMentions = 2;

/** Capitalised words that open sentences and clauses without naming anything. */
const commonOpeners = new Set(
  'the a an this that these those it its their our his her we they he she i you in on at for from with by as after before during since while when where and but or if so to of under over about according despite amid following today yesterday sadly however meanwhile also there here'.split(' '),
);
/** "Russian President Vladimir Putin" → "Vladimir Putin": the role before a name, with a capitalised word before the role. */
function withoutRole(text: string, role: string, name: string): string {
  const at = text.indexOf(`${role} ${name}`);
  if (at < 0) return text;
  const before = text.slice(0, at).match(/(?:^|\s)(\p{Lu}[\p{L}-]+\s+)$/u);
  // "Russian President Vladimir Putin" drops "Russian"; "Under President Biden" keeps "Under".
  const start = before && !commonOpeners.has(before[1].trim().toLowerCase()) ? at - before[1].length : at;
  return text.slice(0, start) + text.slice(at + role.length + 1);
}
/** Titles a person holds before their name ("Secretary Austin", "Gen. Milley"); not "General", "Major" or "Supreme", which also open bodies' names. */
const personalTitle =
  /^(?:President|Secretary|Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|Ambassador|Amb\.|Envoy|Mayor|Minister|Chancellor|Premier|Chairman|Chairwoman|Chair|Commander|Admiral|Adm\.|Gen\.|Lt\.|Col\.|Colonel|Capt\.|Captain|Sgt\.|Administrator|Commissioner|Director|Spokesperson|Spokesman|Spokeswoman|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|Judge|Justice|King|Queen|Prince|Princess|Pope|Sheikh|Coordinator|Prosecutor)$/u;
/** A word of a person's name: "Michael", "Jean-Pierre", "B.", "DeSantis", "Austin’s". */
const personWord = /^(?:\p{Lu}[\p{Ll}’'-]*\p{Ll}[\p{L}’'-]*|\p{Lu}\.)$/u;

/**
 * People named with their office go by surname, as headlines name them: "Chairman of the Joint
 * Chiefs of Staff Gen. Milley" → "Milley", "U.S. Special Envoy Ambassador Richard Norland" →
 * "Norland". The office is the run of capitalised words (and "of the") before a personal title;
 * the name is one to three words after it, never a body's ("President Office", "Emergency
 * Operations Center") and never followed by another capitalised word.
 */
export function peopleBySurname(text: string): string {
  const words = text.split(' ');
  for (let i = words.length - 2; i >= 0; i--) {
    if (!personalTitle.test(words[i])) continue;
    let first = i + 1;
    // "Ambassador to Türkiye Jeff Flake", "Secretary of State Antony Blinken": the office goes on; the name is the run's last two words.
    if (/^(?:of|to|for)$/.test(words[i + 1] ?? '')) {
      let run = i + 2 + (words[i + 2] === 'the' ? 1 : 0);
      const from = run;
      while (run < words.length && /^\p{Lu}/u.test(words[run]) && !/[,;:]$/.test(words[run - 1])) run++;
      if (run - from < 3) continue;
      first = run - 2 - (/^\p{Lu}\.$/u.test(words[run - 2]) ? 1 : 0);
    }
    let end = first;
    while (end < words.length && end - first < 3 && personWord.test(words[end].replace(/[,;:.]$/u, '')) && !notPersonWords.has(words[end].replace(/[’']s$|[,;:.]$/u, '').toLowerCase()) && !roleWords.has(words[end].toLowerCase())) {
      end++;
      if (/[,;:]$/.test(words[end - 1])) break;
    }
    if (end === first || end - first > 3 || (/^\p{Lu}/u.test(words[end] ?? '') && !/[,;:]$/.test(words[end - 1]))) continue;
    // One word after a full title may be a body's ("Justice Department"): only after an abbreviated title or a person's office.
    if (end === first + 1 && !/\.$/.test(words[i]) && !/^(?:President|Secretary|Governor|Senator|Ambassador|Mayor|Minister|Chancellor|Administrator|Commissioner|Judge)$/.test(words[i])) continue;
    // Back over the office: capitalised words, and "of"/"the" inside it ("Chairman of the Joint Chiefs").
    let start = i;
    while (start > 0) {
      const w = words[start - 1];
      if (/[,;:]$/.test(w) || commonOpeners.has(w.toLowerCase()) && !/^(?:of|the|for|to)$/.test(w)) break;
      if (/^\p{Lu}/u.test(w)) start--;
      else if (/^(?:of|for|to)$/.test(w) && /^\p{Lu}/u.test(words[start - 2] ?? '')) start--;
      else if (w === 'the' && /^(?:of|for|to)$/.test(words[start - 2] ?? '')) start--;
      else break;
    }
    if (/^(?:the|The)$/.test(words[start - 1] ?? '')) start--;
    const name = words.slice(first, end);
    const last = name.at(-1)!;
    const tail = last.match(/(?:[’']s)?[,;:]?$/u)![0];
    const surname = shortName(name.map((w) => w.replace(/(?:[’']s)?[,;:.]?$/u, '')).join(' '));
    const out = capitalise(`${surname}${tail}`);
    words.splice(start, end - start, start === 0 ? out : `${surname}${tail}`);
    i = start;
  }
  return words.join(' ');
}

/** A word of a series' short item ("civil", "unrest", "heavy-duty"): no function word, verb form or adverb. */
const itemWord = String.raw`(?!(?:and|or|but|nor|the|a|an|of|to|is|are|was|were|be|been|has|have|had|will|would|can|could|that|which|who|their|its|our|his|her)\b)\p{Ll}[\p{Ll}-]*(?<!ing|ly)`;
const seriesItem = `${itemWord}(?:\\s+${itemWord}){0,2}`;
/**
 * The later items of a series of short noun phrases, up to where the phrase goes on ("armed
 * conflict, civil unrest, and political instability since 2011"): cut before the year they share.
 * Not a series of adjectives ("local, migrant, and refugee populations"), whose noun comes last.
 */
const laterItems = new RegExp(
  String.raw`(?<=\p{Ll}{3,}(?<!ate|ive|al|ous|ful|ic|ent|ant|able|ible|ary|less))(?:,\s+${seriesItem})+,?\s+(?:and|or)\s+${seriesItem}(?=\s+(?:in|at|on|from|for|since|during|with|into|after|before|amid|over|under|across|near|by|through|until)\b|[,;]|$)`,
  'u',
);

/** A description before "the" and a name, after a preposition ("by U.S. government partner the International …"). */
const describedName = /\b(by|with|from|for|to|of)\s+\p{Lu}[\p{L}.]*(?:\s+(?!(?:the|a|an|and|or|but|of|to|in|into|on|onto|at|for|by|with|from|over|under|near|across|between|through|toward|towards|against|within|via|after|before|during|since|amid|upon|as|than|that|which|who)\b)\p{Ll}+(?<!ed|ing|ly)){1,3}\s+(the\s+\p{Lu})/gu;
/** ", including 1.3 million meals": where a list of examples starts. */
const includingFigure = /,\s+(?:including|among them|such as)\s+/;
/** "a number of documents, including the Treaty on …": a vague amount, then a named example. */
const vagueThenNamed = /\b(?:a number of|several|various|many|multiple|a series of|a range of|dozens of|a host of)\s+[^,]{3,60},\s+(?:including|among them|such as)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+)?\p{Lu}\p{L}+\s+\p{Lu}/u;

/** Whom something was told, up to "that" or a colon ("the Russian president that", "North Korean officials:", "Tass news agency that"). */
const toWhom = `(?:(?:the|a|an|his|her|their) )?(?:\\p{Lu}[\\p{L}’'.-]* ){0,3}(?:\\p{Ll}+ )?\\p{Ll}+(?=:| that\\b)`;
/** Reporting verbs after a speaker ("Putin said", "Putin has told reporters"), from the lexicon. */
const sayVerb =
  '(?:has |have |had |also |further |later |earlier |then |reportedly |once again |again )*(?:' +
  verbsFor('headline')
    .map((v) => (verbsFor('withObject').includes(v) ? escapeRegExp(v) + ` (?:${toWhom}|(?:the |a )?\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,3}|reporters|journalists|him|her|them|(?:the|a|an) \\p{L}+(?: \\p{L}+)?)` : escapeRegExp(v)))
    .join('|') +
  ')';

const leadInWords =
  `(?:this|last|next|on) (?:${weekdays.join('|')}|weekend|week|month|year|morning|afternoon|evening)|` +
  'prior to|after|following|before|ahead of|during|speaking|in view of|in|on|at|while|as|earlier|later|despite|with|amid|since|shunned by|backed by|asked|according to|by|for|from|under|upon|unlike|like|once|when|if|although|though|because|given|having|it was|in the run-up to|in response to|in addition to|besides|to date|to|today|yesterday|tonight|this week|last week|this weekend|last weekend|together with|of note|afterwards?|additionally|separately|meanwhile|finally|moreover|furthermore|in addition|\\p{L}+ly';
/** What may follow a lead-in's comma and still belong to it: a year ("On June 19, 2024,"), or a place's state or country before a plain subject ("In Jacksonville, Florida, a gunman …"). */
const leadInTail = String.raw`(?:\s+\d{4},|\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,(?=\s+(?:a|an|the|some|several|\d)\s))?`;
/** A lead-in clause before the claim's subject ("Speaking after the signing, …"). */
const leadIn = new RegExp(`^(?:${leadInWords})\\b[^,]{0,160},${leadInTail}\\s+`, 'iu');
const shortLeadIn = new RegExp(`^(?:${leadInWords})\\b[^,]{0,60},${leadInTail}\\s+`, 'iu');

const weekday = `(?:${weekdays.join('|')})`;
const month = `${monthPattern}\\.?`;
/** A title before a surname: "Administrator Criswell", "Gov. DeSantis", "Gen. Milley" (not at a sentence's start, where it may be the subject's role alone). */
const titleBeforeSurname = new RegExp(`(?<=\\s|^)(\\p{Lu}\\p{Ll}+\\.?)\\s(?=(\\p{Lu}[\\p{L}’'-]+)(?:\\s+(?:and|or|will|has|have|had|is|was|${speakingVerbs})\\b|,|$))`, 'gu');

/** Time phrases the entry's `date` already carries. */
const timePhrases = [
  // First: the weekday inside it ("of Wednesday morning") would leave "in the early hours of" behind.
  /,?\s+in the early hours(?: of [\p{L}]+(?: morning)?)?(?: local time)?\b/giu,
  new RegExp(`,?\\s+(?:early |late |earlier |later )?(?:on |this |last |next )?${weekday}(?:['’]s)?(?: (?:morning|afternoon|evening|night))?\\b`, 'giu'),
  new RegExp(`,?\\s+(?:on |in |by |as of )?(?:${month} \\d{1,2}(?:st|nd|rd|th)?(?:(?:-|–| and | to )\\d{1,2}(?:st|nd|rd|th)?)?|\\d{1,2}(?:st|nd|rd|th)?(?:(?:-|–| and | to )\\d{1,2}(?:st|nd|rd|th)?)? ${month})(?:,? \\d{4})?\\b`, 'giu'),
  /,?\s+(?:earlier |later )?(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|last (?:week|night))\b/giu,
  // "… on Tuesday local time": what is left of a time phrase once its day is cut.
  /\s+local time\b/giu,
  // …and one opening the sentence without a comma ("Today we are meeting …").
  /^(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|last (?:week|night))\s+(?=\p{L})/iu,
];
const fillerWords =
  /\s+(?:also|now|then|reportedly|personally|further|meanwhile|nonetheless|nevertheless|however|still|already|currently|officially|indeed|in turn|once again|again)\b(?!-)/giu;
/** "both" is a filler ("Putin and Kim both said") except before a thing of two ("on both sides"). */
const bothFiller = /\s+(?:(?<!\b(?:on|of|in|for|to|from|with|by|at|between)\s+)both|both(?=\s+\p{Lu}))\b(?!-)/gu;
const evaluative = new RegExp(
  String.raw`\s+(?:consistent|unwavering|steadfast|full|strong|deep|close|lavish|historic|landmark|massive|devastating|catastrophic|critical|severe|very|much|highly|deeply|truly|new|official|formal|extensive|similar)(?: and (?:consistent|unwavering|steadfast|full|strong|deep|close|lavish))?(?=\s+(?!(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|and|or|but|to|than)\b)(?!${speakingVerbs}\b)\p{L})`, 'giu');
/** A call or meeting, then what the person was told: "spoke to Governor DeSantis and told him". */
const spokeAndTold = new RegExp(String.raw`\b(?:spoke|talked|met|called|phoned)\s+(?:to|with)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+and\s+(${[...verbsFor('withObject'), 'assured', 'informed', 'promised'].join('|')})\s+(?:him|her|them)\b`, 'gu');
/** "quickly approved", "swiftly deployed"; not "only", "early" nor "fully-funded". */
const adverbBeforeVerb = /\s+(?!(?:only|early|largely|mostly|partly|jointly|newly|recently|previously|originally|initially|formally|officially)\b)\p{Ll}{3,}ly(?=\s+\p{Ll}{3,}ed\b)/gu;
/** Words that open a clause a headline can drop from the end (", which …", ", including …"). */
const clauseOpener = /^(?:and|but|which|that|who|whom|whose|while|as|including|with|after|before|following|when|where|to|so|because|though|although|noting|adding|saying|citing|referring|according|amid|despite|in|on|at|for|from|since|bringing|making|leaving|part of)\b/i;

/** The text without its last trailing clause, or the text itself: searched from the last comma back. */
function withoutTrailingClause(text: string): string {
  for (let comma = text.lastIndexOf(','); comma > 0; comma = text.lastIndexOf(',', comma - 1)) {
    const after = text.slice(comma + 1).trimStart();
    // ", and the Pacific Community to bolster …" with no verb of its own is a series' last item, not a
    // clause; a last item that ends the sentence may go (", and Joppatowne").
    if (/^(?:and|or)\s/.test(after) && !strictVerb.test(after.split(',')[0]) && !/^(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}’'.\[\]-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*$/u.test(after)) continue;
    if (clauseOpener.test(after)) return text.slice(0, comma).trimEnd();
  }
  return text;
}


const asianSurnames = new Set(
  ('kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song hong jeon ko moon yang son bae baek ' +
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang han feng deng cao peng xiao xi ' +
    'cui jiang fan wei ye pan du dai xia zhong tian ren lu yao shen qian fu yu jin cai jia ding wen qin ' +
    'nguyen tran le pham hoang vu dang bui do ho ngo duong ly').split(' '),
);

/** Words that make a name a body or a place, which keeps its whole name ("United States", "White House"). */
const bodyWords =
  /\b(?:states|kingdom|union|ministry|house|department|agency|forces?|council|office|government|army|navy|guard|nations|organi[sz]ation|services?|committee|commission|bank|fund|corps|administration|republic|federation|news|media|press|police|military|authorities|officials?|ministers?|spokes(?:man|woman|person)|of)\b/i;

/** "Vladimir Putin" → "Putin"; "Kim Jong-un" → "Kim"; a body ("the White House") keeps its name. */
export function shortName(name: string): string {
  // "South Korean Ambassador to UN Hwang Joon-kook": the name after the role.
  const words = name.split(/\s+/);
  const lastRole = words.findLastIndex((w) => roleWords.has(w.toLowerCase()));
  // (Not a body's own name: "Department of Health and Human Services".)
  if (lastRole >= 0 && words.length - lastRole >= 3 && words.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !bodyWords.test(words.slice(-2).join(' '))) return shortName(words.slice(-2).join(' '));
  if (bodyWords.test(name)) return name.replace(/^the\s+/i, '');
  const parts = name.replace(/^the\s+/i, '').split(/\s+/).filter(Boolean);
  if (parts.length < 2 || !/^\p{Lu}/u.test(parts[0]) || parts.some((p) => /^\p{Ll}/u.test(p) && !/^(?:al|bin|de|van|von|der|da|di|du|la|le)$/.test(p)))
    return name.replace(/^the\s+/i, '');
  if (parts.length >= 2 && asianSurnames.has(parts[0].toLowerCase()) && (parts.length === 2 ? /-|^\p{Lu}\p{Ll}+$/u.test(parts[1]) : true))
    return parts.length === 2 && !/-/.test(parts[1]) && !asianSurnames.has(parts[0].toLowerCase()) ? parts[1] : parts[0];
  const last = parts.filter((p) => !/^(?:jr\.?|sr\.?|ii|iii|iv)$/i.test(p)).at(-1)!;
  return last.replace(/,$/, '');
}

/* The patterns below are case-sensitive: their names are capitalised words (with the `i` flag, \p{Lu} would match any letter). */
/** A saying verb and what may follow it to the end of the sentence ("added, following the signing …"). */
const verbToEnd = new RegExp(`^\\s+${sayVerb}\\b(?:(?:\\s+(?:on|at|during|in|to|after|before|while|when|as|following)\\b|,\\s+)[^]*|\\s+\\p{L}+)?$`, 'u');
/** A closing attribution by role (", the mayor of Lviv city said on Wednesday"), outside any quotation. */
const roleSaidAtEnd = new RegExp(`^,\\s+(?:the|a|an)\\s+[^,“”"]{2,60}?\\s+${sayVerb}\\b[^,“”"]*$`, 'u');
/** A saying verb opening what is said ("said that", "told reporters:", "Victor Cha, has said …", "Yuri Ushakov, earlier said …"). */
const verbThenContent = new RegExp(`^(?:,[^,]{3,90},)?(?:\\s+(?:on|this|last|early|late|earlier)\\s+\\p{L}+)?,?(?:\\s+meanwhile)?\\s+${sayVerb}\\b(?:\\s+(?:on\\s+)?(?:${weekdays.map((d) => d[0].toUpperCase() + d.slice(1)).join('|')}|today|yesterday|earlier|later)\\b)?(?:\\s+(?:on|in|via)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*|\\s+in an? \\p{L}+(?: \\p{L}+)?)?(?:\\s+that\\b)?[:,]?\\s*`, 'u');
/** The first words of the saying verbs: a cheap test before the patterns built on them. */
const sayWords = new Set(verbsFor('headline').map((v) => v.split(' ')[0]));
/** Whether a saying verb is among the words after `from` (the patterns above are costly to try on every mention). */
function saysSoon(text: string, from: number): boolean {
  for (const m of text.slice(from, from + 160).matchAll(/\p{Ll}+/gu)) if (sayWords.has(m[0])) return true;
  return false;
}

/** Words that may stand before a speaker's name in the attribution ("Russian President", "the"). */
const runWord = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.-]*|the|a|an|of|to|for|and|[\p{Ll}]+(?:’s|'s)?)$/u;

/**
 * The claim with its attribution clause removed: what the speaker says, not that they said it.
 * Only places where the speaker (or a pronoun) stands are tried, so a long sentence costs little.
 */
export function statedContent(claim: string, speaker: string): string {
  let text = claim.trim().replace(/[.!]+(["”’]?)$/u, '$1');
  // "According to X, …" / "…, according to X"
  text = text.replace(/^according to [^,]{2,100},\s*/iu, '').replace(/,?\s+according to [^,]{2,120}$/iu, '');
  const mentions: { at: number; end: number }[] = [];
  const names = [speaker, shortName(speaker)].filter(Boolean);
  const lower = text.toLowerCase();
  for (const name of names) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ at, end: at + name.length });
  for (const pronoun of ['he', 'she', 'they', 'it'])
    for (let at = lower.indexOf(pronoun); at >= 0; at = lower.indexOf(pronoun, at + 1))
      if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + pronoun.length] ?? '')) mentions.push({ at, end: at + pronoun.length });
  mentions.sort((x, y) => y.at - x.at);
  // "…,” Putin added, following the signing …" / "… , he said on Wednesday.": the last such mention.
  for (const { at, end } of mentions) {
    if (at <= 20 || !saysSoon(text, end) || !verbToEnd.test(text.slice(end))) continue;
    const start = runStart(text, at);
    // "Lviv regional governor Maksym Kozytskyi said on Telegram that …": the name opens the sentence.
    if (start <= 20) continue;
    return unquote(text.slice(0, start).replace(/[,\s”"’]+$/u, '').replace(/^[“"‘']+/u, ''));
  }
  // "…, the mayor of Lviv city said on Wednesday": the speaker by role at the end.
  // (It holds no comma, so only the text from the last comma is searched.)
  const lastComma = text.lastIndexOf(',');
  const roleSaid = lastComma > 30 && /^,\s+(?:the|a|an)\s/.test(text.slice(lastComma, lastComma + 8)) && saysSoon(text, lastComma) ? text.slice(lastComma).match(roleSaidAtEnd) : null;
  if (roleSaid) return unquote(text.slice(0, lastComma));
  // "Putin said that …" / "Russian President Vladimir Putin has told Kim he hopes …" / "X said: “…”"
  for (const { at, end } of [...mentions].reverse()) {
    if (at > 200) break;
    const head = text.slice(0, at);
    // Only a lead-in clause (up to a comma or an "and") or the speaker's titles may come before the name.
    const lead = Math.max(head.lastIndexOf(','), head.lastIndexOf(' and ') + 4);
    if (runStart(text, at) > (lead >= 0 ? lead + 2 : 0) || /[“"]/.test(head)) continue;
    const v = saysSoon(text, end) ? text.slice(end).match(verbThenContent) : null;
    if (v && text.length - end - v[0].length > 15) return unquote(text.slice(end + v[0].length));
  }
  return unquote(text);
}

/** Where the run of words naming the speaker starts ("Russian President Vladimir Putin"), walking back from the name. */
function runStart(text: string, at: number): number {
  let start = at;
  for (let n = 0; n < 8; n++) {
    const before = text.slice(0, start).match(/(\S+)\s+$/u);
    if (!before || /[,;:”"“]$/u.test(before[1]) || !runWord.test(before[1])) break;
    start -= before[0].length;
  }
  return start;
}

const unquote = (text: string) => text.replace(/^[“"‘']+|[”"’']+$/gu, '').replace(/^\s*(?:that)\s+/iu, '').trim();

/** Whether every quotation mark a text opens is closed in it. */
const balanced = (text: string) => (text.match(/[“]/g) ?? []).length === (text.match(/[”]/g) ?? []).length && (text.match(/"/g) ?? []).length % 2 === 0;

function balanceQuotes(text: string): string {
  const open = (text.match(/[“]/g) ?? []).length;
  const close = (text.match(/[”]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  if (open !== close || straight % 2) return text.replace(/[“”"]/g, '');
  return text;
}

function capitalise(text: string): string {
  return text.replace(/^(\p{Ll})/u, (c) => c.toUpperCase());
}

/** "replace" → "replacing", "stop" → "stopping" (short vowel-consonant endings double), "see" → "seeing". */
function gerund(verb: string): string {
  if (/[^e]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

/**
 * A name the sentence gives with its acronym goes by the acronym: "the U.S. Agency for
 * International Development (USAID) has deployed a Disaster Assistance Response Team (DART)" →
 * "USAID has deployed a DART". The acronym must spell the name's initials (small words skipped).
 */
export function useAcronyms(text: string): string {
  return text.replace(/((?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:of|for|on|and|the)\s+)*){1,8})\((\p{Lu}{2,8})\)/gu, (whole, name: string, acronym: string) => {
    const words = name.trim().split(/\s+/);
    for (let start = 0; start < words.length; start++) {
      const initials = words
        .slice(start)
        .filter((w) => !/^(?:of|for|on|and|the)$/.test(w))
        .map((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '') : w[0]))
        .join('');
      if (initials.toUpperCase() === acronym && /^\p{Lu}/u.test(words[start])) {
        const full = words.slice(start).join(' ');
        return `${name.slice(0, name.indexOf(full))}${acronym}`;
      }
    }
    return whole;
  });
}

/** Whether `short` keeps each figure (or other key words) `text` holds. */
const keepsFigureIn = (short: string, text: string, figures: readonly string[]) => figures.every((f) => !text.includes(f) || short.includes(f));

/** "released" → "releasing", "carried" → "carrying", "agreed" → "agreeing", "stopped" → "stopping". */
function pastGerund(verb: string): string {
  if (/ied$/.test(verb)) return `${verb.slice(0, -3)}ying`;
  if (/eed$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  return `${verb.slice(0, -2)}ing`;
}

/** Endings of adjectives ("immediate", "durable", "historical"). */
const adjectiveEnding = 'ate|ive|al|ous|ful|ic|ent|ant|able|ible|ary|less';
/** Two adjectives before a noun, either of them hyphenated ("immediate, life-saving humanitarian assistance"). */
const adjective = `\\p{Ll}+(?:${adjectiveEnding})|\\p{Ll}+-\\p{Ll}+`;
const adjectiveAtEnd = new RegExp(`(?:${adjectiveEnding}|ish)$`);
const adjectivePair = new RegExp(`\\s(?:${adjective}),\\s+(?:${adjective})(?=\\s+\\p{Ll})`, 'gu');

/**
 * The claim without its lead-in ("Speaking after the signing, "). A place only this claim names
 * ("On Saturday in Jacksonville, Florida, a gunman …") is what it is about: it moves to the end.
 */
function withoutLeadIn(text: string, pattern: RegExp, mentions: HeadlineInput['mentions'], room = 0): string {
  const lead = pattern.exec(text)?.[0];
  if (!lead) return text;
  const out = text.slice(lead.length);
  const place = /\b(?:in|at)\s+((?:\p{Lu}\p{Ll}+\s?){1,3})/u.exec(lead);
  const name = place?.[1].trim();
  if (!place || !name || !mentions || out.includes(name)) return out;
  const moved = `${out.replace(/[\s.,]+$/, '')} ${place[0].trim()}`;
  // The story's place ("in Jacksonville", named throughout) is kept too where the headline has room for it.
  return name.split(/\s+/).every((w) => mentions(w) < storyNameMentions) || moved.length <= room ? moved : out;
}

/**
 * A transcript writes its speakers in capitals ("PAT RYDER"); a headline names them as people
 * write names ("Ryder"). A single word in capitals is an acronym ("FEMA") and stays.
 */
function transcriptCase(name: string): string {
  if (!/\s/.test(name.trim()) || /\p{Ll}/u.test(name) || bodyWords.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s’'-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** Headlines go without articles ("the", "a", "an"). */
const withoutArticles = (text: string) => text.replace(/\b(?:the|a|an)\s+(?=\p{L})/giu, '');

/** Drop a leading article, which headlines leave out ("The agreement is …" → "Agreement is …"). */
const dropArticle = (text: string) => text.replace(/^(?:the|a|an)\s+(?=\p{L})/iu, '');

/**
 * Shorten `text` until `lead + text` fits, one kind of cut at a time, least loss first. Each cut
 * keeps the key figure: a cut that would remove it is skipped.
 */
function shorten(text: string, room: number, figures: readonly string[], people: HeadlineInput['people'], gentle = false, mentions?: HeadlineInput['mentions']): string {
  const fits = (t: string) => t.length <= room;
  const keepsFigure = (t: string) => keepsFigureIn(t, text, figures);
  const early: ((t: string) => string)[] = [
    useAcronyms,
    // "by U.S. government partner the International Organization for Migration": the name says who; its description goes.
    (t) => t.replace(describedName, '$1 $2'),
    // "staged commodities and supplies, including more than 1.3 million meals": the figure is the claim.
    // "signed a number of bilateral documents, including a landmark Comprehensive Strategic
    // Partnership Agreement": the named one is the news.
    (t) =>
      figures.some((f) => includingFigure.test(t) && t.indexOf(f) > t.search(includingFigure)) || vagueThenNamed.test(t)
        ? t.replace(/(\b\p{L}+ed)\s+(?:[^,]|,(?=\d{3}))+?,\s+(?:including|among them|such as)\s+/u, (m, verb: string) => (m.length <= 100 ? `${verb} ` : m))
        : t,
    (t) => {
      // ", which was adorned with white, blue and red flowers": a clause that runs on into a series stays.
      const m = t.match(/,?\s+(?:that|which|who)\s+(?:is|are|was|were|has|have|had|will|would)\s+[^,]{1,40}(?=,|$)/u);
      if (!m) return t;
      const after = t.slice(m.index! + m[0].length);
      return /^,\s+[^,]{1,30}?(?:,|\s+(?:and|or)\s)/u.test(after) ? t : t.slice(0, m.index) + after;
    },
    (t) => t.replace(/\s*\([^()]{1,80}\)/gu, '').replace(/\s*\[[^\]]{1,40}\]/gu, (m) => (/^\s*\[\p{L}+\]$/u.test(m) ? m.replace(/[[\]]/g, '') : '')),
    (t) => (/\s[–—-]{1,2}\s/.test(t) ? t.replace(/\s+[–—-]{1,2}\s+[^–—]{2,120}?\s+[–—-]{1,2}\s+/gu, ' ').replace(/\s+[–—]\s+[^–—]{2,120}$/u, '') : t),
    (t) => t.replace(fillerWords, '').replace(bothFiller, ''),
    // A participle aside (", bordering Nato-member Poland,"); not a list (", including …,").
    (t) => t.replace(/,\s+(?!including\b)\p{Ll}+ing\s+[^,]{3,60},\s+/u, ' '),
    // A place aside (", close to the Syrian border,"): where, which the entry's places say.
    // (A clause after it keeps its comma: "…Türkiye, followed by dozens of aftershocks".)
    (t) =>
      t.replace(/,\s+(?:close to|near|next to|along|off)\s+[^,]{3,60},\s+/u, (aside: string, at: number) =>
        /^(?:\p{Ll}+(?:ed|ing)|which|who|and|but|while)\b/u.test(t.slice(at + aside.length)) ? ', ' : ' ',
      ),
    (t) => {
      let out = t;
      // Most claims do not hold the role at all: that test first, as it is the cheapest.
      for (const p of people ?? []) if (p.role) out = withoutRole(out, p.role, p.name);
      return out;
    },
    (t) => (/\b(?:\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}*\.)\s+\p{Lu}/u.test(t) ? peopleBySurname(t) : t),
    (t) => {
      let out = t;
      for (let i = 0; i < 3; i++) out = withoutLeadIn(out, leadIn, mentions);
      return out;
    },
    (t) =>
      t.replace(/,\s+(?:a|an|the|who|which|whose)\s+[^,]{3,90},\s+(?!as well as\b|and\b|or\b|but\b)/iu, (m) =>
        /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|do|does)\b/i.test(m) && !/^,\s+(?:who|which|whose)/i.test(m) ? m : ' ',
      ),
  ];
  const late: ((t: string) => string)[] = [
    // Headlines tell the past simply: "has injured one man" → "injured one man" (not what has gone on "since 2011").
    (t) => /\bsince (?:\p{Lu}\p{Ll}+ )?\d{4}\b/u.test(t) ? t : t.replace(/\b(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?(?=\p{Ll}+ed\b)/gu, ''),
    // "a treaty that will replace …" → "a treaty replacing …"; "sealed back in 1961" → "sealed in 1961".
    (t) => t.replace(/\s+(?:that|which) will (\p{Ll}{3,})\b/gu, (_m, verb: string) => ` ${gerund(verb)}`).replace(/\s+back(?= (?:in|to) \d{4}\b)/gu, ''),
    // ", which released nearly 8 billion gallons" → ", releasing nearly 8 billion gallons".
    (t) => t.replace(/,\s+which (\p{Ll}{3,}ed)\b/gu, (_m, verb: string) => `, ${pastGerund(verb)}`),
    // "spoke to Governor DeSantis and told him he approved …": what was told is the news, not the call.
    (t) => t.replace(spokeAndTold, '$2 $1'),
    // An adverb before a past verb ("quickly approved") is colour a headline does without.
    (t) => t.replace(adverbBeforeVerb, ''),
    // A second action at the end ("… injured one man and damaged a building"): the first is the headline.
    (t) => t.replace(/\s+and\s+(?:also\s+)?\p{Ll}{3,}ed\s+[^,;:]*$/u, ''),
    // Wordy phrases a headline does without ("does not rule out the possibility of development of …").
    (t) => t.replace(/\b(?:in the process of |(?:the )?(?:possibility|prospect|issue|question|process|development) of (?:the )?)/giu, '').replace(/\ba number of\b/giu, 'several'),
    (t) => timePhrases.reduce((out, re) => out.replace(re, ''), t),
    // "Administrator Criswell and Gov. DeSantis" → "Criswell and DeSantis": a headline names people by surname.
    (t) =>
      t.replace(titleBeforeSurname, (whole, title: string, surname: string) =>
        (roleWords.has(title.toLowerCase()) || /\.$/.test(title)) && !roleWords.has(surname.toLowerCase()) ? '' : whole,
      ),
    (t) => t.replace(laterItems, ''),
    // "will be surveying damage" → "will survey damage", where the verb's plain form is sure.
    (t) => t.replace(/\bwill be (\p{Ll}+?)ing\b/gu, (whole, stem: string) => {
      if (/y$|[^aeiou][^aeiouy]$|[aeiou]{2}[^aeiouwxy]$/.test(stem) && !/(.)\1$/.test(stem)) return `will ${stem}`;
      return /([^aeiouls])\1$/.test(stem) ? `will ${stem.slice(0, -1)}` : whole;
    }),
    (t) => t.replace(evaluative, ''),
    // A pair of adjectives before a noun ("immediate, life-saving humanitarian assistance").
    (t) => t.replace(adjectivePair, ''),
  ];
  const final: ((t: string) => string)[] = [
    (t) => {
      let out = t;
      for (const p of people ?? []) if (p.name.includes(' ') && out.includes(p.name)) out = out.split(p.name).join(shortName(p.name));
      return out;
    },
    withoutArticles,
  ];
  let current = text;
  // "The talks come amid an offensive …; more than two years since …": the first statement is the headline.
  const semicolon = current.indexOf('; ');
  if (!fits(current) && semicolon >= 35 && strictVerb.test(current.slice(0, semicolon)) && balanced(current.slice(0, semicolon)) && keepsFigureIn(current.slice(0, semicolon), text, figures))
    current = current.slice(0, semicolon);
  // "On Putin's first trip to the state in 24 years, Vladimir Putin and Kim Jong-un talked up …":
  // the lead-in's count ("24 years") is context; the claim is the clause after it. A year stays.
  const lead = current.match(leadIn)?.[0];
  if (!fits(current) && lead && !/\b(?:1[89]|20)\d{2}\b/.test(lead) && strictVerb.test(current.slice(lead.length)) && current.length - lead.length >= 35)
    current = capitalise(current.slice(lead.length));
  // The last text `apply` tidied and capitalised: a step that returns it unchanged changes nothing
  // (most steps find nothing to cut), so it is not tidied again.
  let tidied: string | undefined;
  const apply = (list: ((t: string) => string)[]) => {
    for (const step of list) {
      if (fits(current)) return;
      const stepped = step(current);
      if (stepped === current && current === tidied) continue;
      const next = stepped.replace(/\s{2,}/g, ' ').replace(/\s+,/g, ',').trim();
      // A cut that leaves too little is refused (35 characters, or less when the room itself is small).
      if (next.length >= Math.min(35, current.length, Math.floor(room * 0.6)) && keepsFigure(next)) tidied = current = capitalise(next);
    }
  };
  apply(early);
  // Trailing clauses (", which …", ", and …"): the main clause comes first in news copy.
  for (let i = 0; i < 6 && !fits(current); i++) {
    const next = withoutTrailingClause(current).trim();
    // A short clause with its verb is a headline ("USAID has deployed a DART").
    if (next === current || (next.length < 35 && !(next.length >= 20 && strictVerb.test(next))) || !keepsFigure(next)) break;
    current = next;
  }
  apply(late);
  // The opening clause, up to a comma, when it fits and holds the verb and the figures: a news
  // sentence says its main claim first, and a clean clause reads better than one with phrases cut out.
  if (!fits(current)) {
    for (let comma = current.lastIndexOf(',', room); comma > 0; comma = current.lastIndexOf(',', comma - 1)) {
      const clause = current.slice(0, comma).trim();
      if (clause.length < room * 0.5) break;
      // A clause that is only the subject ("The sanctions regime against North Korea, which …, must be revised") is not one.
      const restOfSentence = current.slice(comma + 1).split(',')[0];
      const subjectOnly = !strictVerb.test(clause) && strictVerb.test(restOfSentence);
      if (insidePhrase(clause, restOfSentence)) continue;
      // "armed conflict, civil unrest, and political instability since 2011": the series goes on.
      if (/^\s+[^,]{1,40},\s+(?:and|or)\s/u.test(current.slice(comma + 1)) && !strictVerb.test(current.slice(comma + 1).split(/,\s+(?:and|or)\s/u)[0])) continue;
      // "…, civil unrest, and political instability": the comma before a series' last item.
      if (/,\s+[^,]{1,40}$/u.test(clause) && /^\s+(?:and|or)\s/u.test(current.slice(comma + 1)) && !strictVerb.test(clause.slice(clause.lastIndexOf(',')))) continue;
      if (fits(clause) && keepsFigure(clause) && verbLike.test(clause) && !subjectOnly && !/\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from)$/i.test(clause) && balanced(clause)) return clause;
    }
  }
  // Modifying phrases ("between Moscow and Pyongyang", "since September"), names and places first.
  const beforeChunks = current;
  let cutComplement = false;
  // (Articles go before a second phrase does: "with full Pacific Islands Forum at White House" fits.)
  for (let i = 0; i < 10 && !fits(current) && !(i > 0 && fits(withoutArticles(current))) && !gentle; i++) {
    const chunk = removableChunk(current, figures, people, mentions);
    if (!chunk) break;
    cutComplement ||= /\p{Ll}{2,}ed$/u.test(current.slice(0, chunk.start));
    const next = (current.slice(0, chunk.start) + current.slice(chunk.end)).replace(/\s{2,}/g, ' ').replace(/\s+,/g, ',').replace(/,\s*$/, '').trim();
    if (next.length < 35) break;
    current = next;
  }
  apply(final);
  if (fits(current) || gentle) return current;
  // The phrases cut took a verb's complement and still left a figure past the room: the cuts below
  // work on the sentence as it was, whose verb keeps it ("participated in a wreath-laying ceremony").
  if (cutComplement && figures.some((f) => current.includes(f) && current.indexOf(f) + f.length > room)) {
    current = beforeChunks;
    apply(final);
  }
  // A key figure or list item past the room: drop the run of words before it that starts a
  // modifier ("that arrived in Benghazi today"), keeping the subject's head and the figure.
  const words = current.split(' ');
  for (const f of figures) {
    const at = current.indexOf(f);
    if (at < 0 || at + f.length <= room) continue;
    const fw = current.slice(0, at).split(' ').length - 1;
    let best: [number, number] | undefined;
    for (let i = 2; i < fw; i++) {
      if (!/^(?:that|which|who|in|at|on|from|of|for|with|to|during|after|before|since|by|amid|under|over)$/i.test(words[i])) continue;
      for (let j = i + 2; j <= fw; j++) {
        // Never the verb ("region of Lviv injured one man" keeps "injured").
        if (words.slice(i, j).some((w) => chunkStop.has(w.toLowerCase()) || /\p{Ll}{2,}ed$/u.test(w))) break;
        // A phrase right after a past verb is its complement ("participated in a ceremony at …"): the verb keeps it.
        if (j === fw && /\p{Ll}{2,}ed$/u.test(words[i - 1])) break;
        // "fired at least 10 missiles": the qualifier is part of the figure.
        if (j === fw && /^(?:least|most|than|about|around|nearly|almost|over|some|approximately|roughly|to)$/i.test(words[fw - 1])) continue;
        // The run ends where a phrase does: at the figure, before another modifier or at a comma.
        if (j < fw && !prepositions.has(words[j].toLowerCase()) && !/^(?:that|which|who|to)$/i.test(words[j]) && !/,$/.test(words[j - 1])) continue;
        const removed = words.slice(i, j).join(' ').length + 1;
        // Never another figure ("the collapse of two dams near Derna city, which released nearly 8 billion gallons").
        const rest = [...words.slice(0, i), ...words.slice(j)].join(' ');
        if (figures.some((g) => g !== f && current.includes(g) && !rest.includes(g))) continue;
        if (at + f.length - removed <= room && removed >= 0 && (!best || j - i < best[1] - best[0])) best = [i, j];
      }
    }
    if (best) {
      const kept = [...words.slice(0, best[0]), ...words.slice(best[1])].join(' ');
      const cutAt = kept.indexOf(f) + f.length;
      if (cutAt <= room) return kept.length <= room ? kept : kept.slice(0, cutAt);
    }
  }
  // Last resort: the longest run of whole words that ends before a phrase boundary.
  let best = '';
  for (let n = words.length - 1; n > 0; n--) {
    const candidate = words.slice(0, n).join(' ').replace(/[,;:–—-]+$/u, '');
    if (candidate.length > room) continue;
    const nextWord = (words[n] ?? '').toLowerCase();
    const boundary = prepositions.has(nextWord) || /^(?:to|and|but|while|as|which|who|that|when|where|including)$/.test(nextWord) || /[,;:]$/.test(words[n - 1]);
    // Never on a word that wants the next ("… problems are", "… would encompass", "… capital taking").
    const lastWord = candidate.split(' ').at(-1)!;
    const hanging =
      /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|must|may|might|should|shall|did|does|do|encompass|include|includes|\p{Ll}+ing|\p{Ll}+ly)$/u.test(lastWord) ||
      // …nor inside a name ("partner International | Organization for Migration").
      (/^\p{Lu}/u.test(lastWord) && /^(?:\p{Lu}|(?:for|of|on)$)/u.test(words[n] ?? '')) ||
      // …nor inside a figure ("nearly 8 billion | gallons").
      figures.some((f) => {
        const at = current.indexOf(f);
        return at >= 0 && at < candidate.length && at + f.length > candidate.length;
      });
    if (boundary && !hanging && candidate.length >= room * 0.6) return candidate;
    if (!best) best = candidate;
  }
  return best.replace(/\s+(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|its|their|his|her|back)$/iu, '');
}

/**
 * Whether the words after a comma carry on the phrase before it: "immediate, life-saving
 * humanitarian assistance" is one noun phrase, so the comma is no place to end a headline. What
 * follows a phrase's end opens something: a clause word, a preposition, an article or pronoun, a
 * participle, an adverb, a name or a number.
 */
function insidePhrase(beforeComma: string, afterComma: string): boolean {
  // The word before the comma is an adjective ("immediate", "historical"), not a noun ending an item.
  if (!adjectiveAtEnd.test(beforeComma.split(' ').at(-1) ?? '')) return false;
  const word = afterComma.trimStart().match(/^\p{Ll}[\p{Ll}-]*/u)?.[0];
  if (!word || !/^\S+\s+\p{Ll}/u.test(afterComma.trimStart())) return false;
  return !clauseOpener.test(word) && !prepositions.has(word) && !phraseOpeners.has(word) && !/^[^-]+(?:ing|ed|ly)$/.test(word);
}
const phraseOpeners = new Set('the a an this that these those it its their our his her we they he she i you or nor yet then there here not also each all both some many most'.split(' '));

/** The rest of a series of names: ", the Pacific Islands Forum, and the Pacific Community". */
const nameSeries = /^(?:,\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*)*,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*/u;

/** Words that make a name a place ("Derna city", "Lviv region"). */
const placeNoun = /^(?:city|town|village|region|province|district|county|state|area|oblast|island|islands|border|coast|capital)$/;

/** Heads of names that can stand for the whole name in a headline ("Treaty on …" → "Treaty"). */
const nameHeads = /^(?:Treaty|Agreement|Accord|Pact|Convention|Agency|Organi[sz]ation|Council|Commission|Committee|Department|Ministry|Office|Program(?:me)?|Fund|Bank|Institute|Cent(?:er|re)|Forum|Group|Service|Administration|Authority|Court|Union|Alliance|Conference|Summit|Strategy|Plan|Act|Law)$/;

const prepositions = new Set(
  'in at on from for since during with into after before amid over under between upon across near by through toward towards against within following throughout despite via'.split(' '),
);
const chunkStop = new Set('is are was were has have had will would must can could should may might did does do be been being'.split(' '));
const timeWord = new RegExp(`^(?:${[...weekdays, ...months].join('|')}|morning|evening|night|week|year|month|today|yesterday|\\d{4}|\\d{1,2})$`, 'i');

/**
 * The modifying phrase to drop next: a preposition and the words it governs, up to the next
 * preposition, verb, comma or clause. Phrases of names and places go first (the entry lists
 * them), then phrases of time (the entry has a date), then the others from the end; a phrase
 * holding the key figure stays.
 */
function removableChunk(text: string, figures: readonly string[], people: HeadlineInput['people'], mentions?: HeadlineInput['mentions']): { start: number; end: number } | undefined {
  const kept: [number, number][] = [];
  for (const f of figures) for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) kept.push([at, at + f.length]);
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/\S+/g)) tokens.push({ word: m[0], start: m.index!, end: m.index! + m[0].length });
  const chunks: { start: number; end: number; names: boolean; own: boolean; time: boolean }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // "of" binds to its noun ("residents of Pyongyang"); after a place word ("region of Lviv") it can go.
    const of = tokens[i].word.toLowerCase() === 'of';
    if (!prepositions.has(tokens[i].word.toLowerCase()) && !of) continue;
    let j = i + 1;
    while (j < tokens.length) {
      const w = tokens[j].word.replace(/[,;:]$/, '');
      const lower = w.toLowerCase();
      if (prepositions.has(lower) || chunkStop.has(lower) || lower === 'that' || lower === 'which' || lower === 'who') break;
      // "from the storm and dam breaks resulted in …": a past tense before its object or preposition is the clause's verb.
      // (Not a participle: "with the earthquake having occurred on …".)
      if (/^\p{Ll}{3,}ed$/u.test(w) && !/^(?:having|being|been|be|to|and|or|\p{Ll}+ing)$/u.test(tokens[j - 1].word) && /^(?:in|on|at|to|from|with|by|for|into|a|an|the|more|over|about|some|all|\d)/iu.test(tokens[j + 1]?.word ?? '')) break;
      // "and" before a verb starts another clause; before a noun ("rescue and recovery efforts") it stays in the phrase.
      const after = (tokens[j + 1]?.word ?? '').toLowerCase();
      if ((lower === 'and' || lower === 'but' || lower === 'or') && !/^\p{Lu}/u.test(tokens[j + 1]?.word ?? '') && (lower === 'but' || chunkStop.has(after) || /ed$/.test(after) || !after)) break;
      // "near Derna city": a place word goes with the name before it.
      if (placeNoun.test(lower) && /^\p{Lu}/u.test(tokens[j - 1].word)) {
        j++;
        if (/[,;:]$/.test(tokens[j - 1].word)) break;
        continue;
      }
      // After a run of names, a lowercase word is the verb of the clause ("between Putin and Kim lasted").
      if (/^\p{Ll}/u.test(w) && !/^(?:of|and|the|de|al)$/.test(lower) && tokens.slice(i + 1, j).some((t) => /^\p{Lu}/u.test(t.word))) {
        // …unless the word goes on the name's noun phrase ("on Ukraine’s western region"): no clean cut there.
        if (!chunkStop.has(lower) && !/(?:ed|s|ing)$/.test(lower)) j = i + 1;
        break;
      }
      j++;
      if (/[,;:]$/.test(tokens[j - 1].word)) break;
    }
    if (j === i + 1) continue;
    // "to Soviet soldiers who died": the clause after it is about the phrase's noun.
    if (/^(?:who|whom|whose)$/i.test(tokens[j]?.word ?? '')) continue;
    let body = tokens.slice(i + 1, j).map((t) => t.word.replace(/[,;:]$/, ''));
    const start = tokens[i].start - 1;
    let end = /[,;:]$/.test(tokens[j - 1].word) ? tokens[j - 1].end - 1 : tokens[j - 1].end;
    // "in Tunis, Tunisia,": the country after a place goes with it.
    const country = text.slice(end).match(/^,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?=,|$)/u);
    if (country && /^\p{Lu}/u.test(tokens[j - 1].word)) end += country[0].length;
    // "with the Cook Islands, the Pacific Islands Forum, and the Pacific Community": a series of names goes whole.
    const series = /^\p{Lu}/u.test(body.at(-1)!) ? nameSeries.exec(text.slice(end)) : null;
    if (series) {
      end += series[0].length;
      body = text.slice(tokens[i].end, end).split(/\s+/).filter(Boolean).map((w) => w.replace(/[,;:]$/, ''));
    }
    const span = text.slice(start, end);
    // (A date written with a slash, "9/11 Memorial", is a name, no figure.)
    if (kept.some(([a, b]) => a < end && b > start) || /\d/.test(span.replace(/\b\d{4}\b|\b\d{1,2}\/\d{1,2}\b/g, ''))) continue;
    // A passive verb's complement is part of it ("is based on …", "will be locked in talks").
    if (/^\p{Ll}+ed$/u.test(tokens[i - 1].word) && /^(?:is|are|was|were|be|been|being)$/i.test(tokens[i - 2]?.word ?? '')) continue;
    // A year on its own dates the claim's subject ("documents sealed in 1961 and 2000", "since
    // 2011"); a month's year ("in June 2024") is the entry's date.
    if (new RegExp(`(?<!${month}\\s)\\b(?:1[89]|20)\\d{2}\\b`, 'iu').test(span)) continue;
    // The first of a series ("with local officials, emergency staff and survivors") goes with the rest or not at all.
    if (/^,\s+[^,.;:]+(?:,\s+[^,.;:]+)*,?\s+(?:and|or)\s/u.test(text.slice(end))) continue;
    // The people the claim is about stay ("with Kim Jong-un" in "Putin met with Kim Jong-un").
    if ((people ?? []).some((p) => span.includes(shortName(p.name)))) continue;
    const names = body.every((w) => /^(?:the|and|of|\p{Lu}[\p{L}’'.-]*)$/u.test(w)) && body.some((w) => /^\p{Lu}/u.test(w));
    // "the March on Washington" is no March: a name's tail ("on Comprehensive Strategic
    // Partnership") goes only after a head that stands for the whole (Treaty, Agency, Forum).
    // A name's tail that runs on into other words ("for Migration and other relief agencies") is no phrase at all.
    if (/^(?:on|for|of)$/.test(tokens[i].word) && /^\p{Lu}/u.test(tokens[i - 1].word) && /^\p{Lu}/u.test(body[0]) && (!names || !nameHeads.test(tokens[i - 1].word))) continue;
    if (of && (!names || /[’']s$/u.test(body.at(-1)!) || !/^(?:region|province|city|state|town|district|county|village|area|oblast|island|islands)$/i.test(tokens[i - 1].word))) continue;
    // A place the claim alone brings ("in Cedar Key and Horseshoe Beach") is what it is about;
    // the story's places ("in Türkiye", named throughout) are context the entry gives anyway.
    const own = names && mentions !== undefined && body.some((w) => /^\p{Lu}/u.test(w) && mentions(w.replace(/[’']s$/u, '')) < storyNameMentions);
    // A name after a verb's "with" or "against" ("meeting with the Forum") is a party to what is done, not its setting: it stays like the claim's own.
    const party = /^(?:with|against)$/i.test(tokens[i].word) && /^\p{Ll}+(?:ing|ed)$|^(?:met|talks)$/u.test(tokens[i - 1].word);
    chunks.push({ start, end, names: names && !party, own: own || (names && party), time: body.some((w) => timeWord.test(w)) });
  }
  // "for the first time" is what makes it news: it goes last.
  const first = (c: { start: number; end: number }) => /\bfirst(?:-ever)?\b/i.test(text.slice(c.start, c.end));
  return (
    chunks.filter((c) => c.names && !c.own).at(-1) ??
    chunks.filter((c) => c.time).at(-1) ??
    chunks.filter((c) => !c.own && !first(c)).at(-1) ??
    chunks.filter((c) => !first(c)).at(-1) ??
    chunks.at(-1)
  );
}

/** The claim's opening words that fit, ending on a word that can end a phrase. */
function wordsWithin(text: string, room: number): string {
  const cut = text.slice(0, room + 1);
  return cut
    .slice(0, cut.length > room ? cut.lastIndexOf(' ') : cut.length)
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(/(?:\s+(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|its|their|his|her|that|which))+$/iu, '');
}

/** Whether a name is among the first five words ("Putin also thanked …", "President Putin said …"). */
function opensWith(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0 || /\p{L}/u.test(text[at + name.length] ?? '')) return false;
  return text.slice(0, at).split(/\s+/).filter(Boolean).length <= 4;
}

const nameWord = /^(?:\p{Lu}[\p{L}\p{N}’'.-]*|\p{N}+(?:st|nd|rd|th))$/u;
const calendar = new Set([...weekdays, ...months]);

/**
 * The names a headline should keep: runs of capitalised words (places, bodies, people, events,
 * "Cook Islands", "Disaster Assistance Response Team", "March on Washington") other than the
 * speaker's, roles, calendar words and sentence openers, in the order they appear. A run of more
 * than four words is too long to keep whole and is left to the other cuts.
 */
export function keyNames(text: string, speaker?: string, people: HeadlineInput['people'] = []): string[] {
  // Names in a lead-in clause ("In view of Western plans to …, ") are context, not the claim.
  const body = text.replace(leadIn, '');
  const tokens = [...body.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)].map((m) => ({ word: m[0].replace(/[’']s$|\.$/u, ''), at: m.index! }));
  const spoken = new Set((speaker ?? '').split(/\s+/).map((w) => w.toLowerCase()));
  const names: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!nameWord.test(tokens[i].word)) {
      i++;
      continue;
    }
    let j = i + 1;
    // "Organization for Migration", "March on Washington": a small word between capitalised ones.
    while (j < tokens.length && (nameWord.test(tokens[j].word) || (/^(?:of|for|on|de|al)$/.test(tokens[j].word) && nameWord.test(tokens[j + 1]?.word ?? '')))) j++;
    const run = tokens.slice(i, j).map((t) => t.word);
    const runText = body.slice(tokens[i].at, tokens[j - 1].at + tokens[j - 1].word.length);
    // A person is kept by surname, the form the headline gives them.
    const person = people.find((p) => runText.includes(p.name) || p.name.includes(runText));
    const telling = run.filter((w) => {
      const lower = w.toLowerCase();
      return !commonOpeners.has(lower) && !roleWords.has(lower) && !calendar.has(lower) && !spoken.has(lower) && !/^(?:of|for|on|de|al)$/.test(w);
    });
    let name: string | undefined;
    // "Turkish authorities", "U.S. government": a nationality describes, it names nothing of its own.
    const describes = run.length <= 2 && demonyms[runText.toLowerCase()] !== undefined && /^\p{Ll}/u.test(tokens[j]?.word ?? '');
    if (describes) name = undefined;
    else if (person) name = spoken.has(shortName(person.name).toLowerCase()) ? undefined : shortName(person.name);
    else if (telling.length && run.length <= 4) name = body.slice(tokens[i + run.indexOf(telling[0])].at, tokens[j - 1].at + tokens[j - 1].word.length);
    if (name && !names.includes(name)) names.push(name);
    i = j;
  }
  // Years a claim dates itself by ("documents sealed in 1961 and 2000", "since the 2011 uprising").
  for (const m of body.matchAll(/\b(?:1[89]|20)\d{2}\b/g)) if (!names.includes(m[0])) names.push(m[0]);
  return names;
}

/** A headline is a clause: it keeps a verb (a cut that kept the names may have dropped it). */
const verbLike = /\b(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|did|does|do)\b|\b\p{Ll}{3,}(?:ed|es|s)\b/u;

/** A word that can only be a verb: an auxiliary, a past tense. */
const strictVerb = new RegExp(`\\b(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|did|does|do|${pastTense})\\b`, 'u');

/**
 * Shorten with the key figures and as many of the claim's own names as fit (those the article
 * does not repeat): all of them first, then without the last, and so on; the figures alone last.
 */
function shortenKeepingNames(text: string, room: number, input: HeadlineInput, figures: readonly string[]): string {
  const names = keyNames(text, input.speaker, input.people).filter((n) => !figures.some((f) => f.includes(n)) && (input.mentions?.(n) ?? 1) < storyNameMentions);
  for (let n = Math.min(names.length, 4); n > 0; n--) {
    const keys = [...figures, ...names.slice(0, n)];
    // Only the cuts that keep a sentence whole (asides, clauses, fillers, time phrases): dropping
    // modifier phrases around protected names reads as a garbled headline.
    const short = shorten(text, room, keys, input.people, true);
    if (short.length <= room && keepsFigureIn(short, text, keys) && verbLike.test(short) && cutsAtPhraseEnds(text, short)) return short;
  }
  return shorten(text, room, figures, input.people, false, input.mentions);
}

/** Words after which a phrase goes on: a cut right after one leaves it hanging ("as well as across …"). */
const phraseGoesOn = new Set('as well and or but of to with for by from in on at into the a an our their his her its my your this that these those which who whose whom than'.split(' '));
/** Words whose removal leaves a phrase whole: articles and fillers, which headlines drop anyway. */
const droppable = /^(?:the|a|an|also|now|then|still|already|both|further|reportedly|personally|currently|again)$/i;

/**
 * Whether a shortened headline joins its pieces where phrases end: every run of words cut from
 * the claim follows a word that can end a phrase, unless the run was only articles, fillers or
 * capitalised words (a role before a name, a time). "USAID deployed a DART as well as across the
 * U.S. government" fails: "as" ends no phrase and the words cut after it were the phrase's body.
 */
function cutsAtPhraseEnds(claim: string, short: string): boolean {
  const bare = (w: string) => w.replace(/^[“"‘'(]+|[”"’'),.;:]+$/gu, '').toLowerCase();
  const words = claim.split(/\s+/).map(bare);
  let at = -1;
  for (const raw of short.split(/\s+/)) {
    const word = bare(raw);
    let next = words.indexOf(word, at + 1);
    if (next < 0) continue; // a rewritten word ("replacing", an acronym): no junction to judge
    if (at >= 0 && next > at + 1 && phraseGoesOn.has(words[at])) {
      const cut = claim.split(/\s+/).slice(next - (next - at - 1), next);
      if (!cut.every((w) => droppable.test(bare(w)) || /^[“"‘(]?\p{Lu}/u.test(w))) return false;
    }
    at = next;
  }
  return true;
}

/**
 * Titles worked out, by claim: a claim recurs across the outlets of one story. A title holds for
 * another article where that article mentions the names the title asked about as often (counted
 * up to `storyNameMentions`: past it, a name is the story's however often it comes).
 */
const titles = memoTable<{ title: string; mentions: [name: string, count: number][] }>(20_000);

/** The headline title of a claim. */
export function headline(input: HeadlineInput): string {
  const key = JSON.stringify([input.claim, input.speaker, input.people?.map((p) => [p.name, p.role]), input.figures, input.list]);
  const counted = input.mentions && ((name: string) => Math.min(input.mentions!(name), storyNameMentions));
  const known = titles().get(key);
  if (known && known.mentions.every(([name, count]) => counted?.(name) === count)) return known.title;
  const mentions: [string, number][] = [];
  const title = headlineOf(counted ? { ...input, mentions: (name) => mentions[mentions.push([name, counted(name)]) - 1][1] } : input);
  titles().set(key, { title, mentions });
  return title;
}

function headlineOf(input: HeadlineInput): string {
  const figures = input.figures ?? [];
  let lead = '';
  let text = input.claim.trim().replace(/[.!]+(["”’]?)$/u, '$1');
  if (input.speaker) {
    const short = shortName(transcriptCase(input.speaker));
    const content = withoutLeadIn(statedContent(text, input.speaker), shortLeadIn, input.mentions, maxTitleLength - short.length - 2);
    // The speaker is already the subject ("Putin thanked Kim …"): no lead needed.
    if (opensWith(content, short) && !/^(?:according|in|on|at|after)\b/iu.test(content)) text = content;
    // "Biden said he plans to travel …" → "Biden plans to travel …": the speaker is the subject.
    else if (/^(?:he|she)\s+\p{Ll}/u.test(content)) text = `${capitalise(dropArticle(short))}${content.slice(content.indexOf(' '))}`;
    else {
      lead = `${capitalise(dropArticle(short))}: `;
      text = content;
    }
  }
  text = balanceQuotes(text).replace(/^[“"‘']+|[”"’']+$/gu, '').trim();
  if (lead) text = dropArticle(text);
  text = capitalise(text);
  const room = maxTitleLength - lead.length;
  // One item of a list: the words before the list, shortened on their own, then the item.
  if (input.list && text.length > room) {
    const words = input.list.lead.trim().replace(/[.!]$/, '').split(/\s+/);
    let opener = words.pop() ?? '';
    // "… organizations to deliver": the infinitive's "to" goes with its verb.
    if (/^to$/i.test(words.at(-1) ?? '')) opener = `${words.pop()} ${opener}`;
    let body = input.speaker ? statedContent(words.join(' '), input.speaker) : words.join(' ');
    if (lead) body = dropArticle(body);
    let end = ` ${opener} ${input.list.item}`;
    // A long item goes by its head ("heavy-duty and durable plastic sheeting for shelter" → "plastic sheeting").
    if (end.length >= room - 20) end = ` ${opener} ${itemHead(input.list.item)}`;
    // "mobilized 1,500 personnel, including four teams": the item is a part of the thing before the
    // comma, which the claim's own cuts drop ("mobilized four teams"); the words before it alone would lose their object.
    if (end.length < room - 20 && !/,$/.test(body)) {
      const short = shortenKeepingNames(capitalise(body), room - end.length, input, figures.filter((f) => f !== input.list!.item));
      // (A list that opens the sentence has no words before it: the claim is shortened whole.)
      if (short.trim().split(/\s+/).length >= 2 && short.length + end.length <= room) return withoutHangingEnd(tidyEnd(`${lead}${capitalise(short)}${end}`), input.claim);
    }
  }
  if (text.length > room) {
    const short = capitalise(shortenKeepingNames(text, room, input, figures));
    // A headline says something: never one or two words left of a long claim ("Though").
    text = short.split(/\s+/).length >= 3 ? short : capitalise(wordsWithin(text, room));
  }
  // A headline never opens with a pronoun: without a speaker to lead, a determiner goes ("Our priorities are …").
  if (!lead) text = capitalise(text.replace(openingDeterminer, ''));
  return withoutHangingEnd(tidyEnd(`${lead}${text}`), input.claim);
}

/**
 * A pronoun that opens a noun phrase, which a headline drops like an article: "Our priorities",
 * "These supplies", "This day". Not one that stands alone ("This is …", "These include …").
 */
const openingDeterminer = /^(?:(?:Our|Their|Its|His|Her|My|Your)\s+(?=\p{Ll})|(?:This|That)\s+(?=\p{Ll}+(?<!s)\s)(?!(?:is|was|will|would|can|could|may|might|must|should|had|did|does|do)\b)|(?:These|Those)\s+(?=\p{Ll}+s\s))/u;

/** A list item without what it is for or from, nor a pair of adjectives before it: "plastic sheeting". */
function itemHead(item: string): string {
  return item
    .replace(/\s+(?:for|from|with|in|to|on|at)\s.*$/u, '')
    .replace(new RegExp(`^(?:${adjective})(?:,?\\s+(?:and|or)\\s+(?:${adjective}))?\\s+(?=\\p{Ll})`, 'u'), '');
}

/** No dangling punctuation, and no ellipsis even where the quote had one (inside it too: "cruisers … of Northern Fleet"). */
const tidyEnd = (title: string) =>
  balanceQuotes(title)
    .replace(/\s*(?:…|\.\.\.)\s+(?=\S)/gu, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/[\s,;:–—-]*(?:…|\.\.\.)+[\s”"’]*$/u, '')
    .replace(/[\s,;:–—-]+$/u, '')
    // A cut never leaves a headline hanging on a small word ("… documents sealed back").
    .replace(/(?:\s+(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|back|that|which|its|their|his|her))+$/iu, '')
    .trim();

/** The title without an ending that wants more words, when the cut (not the claim) ends there. */
function withoutHangingEnd(title: string, claim: string): string {
  const claimEnd = claim.replace(/[\s.!?”"’']+$/u, '').split(/\s+/).slice(-2).join(' ');
  if (title.endsWith(claimEnd)) return title;
  return tidyEnd(title.replace(hangingEnd, ''));
}

/**
 * Endings that want more words: an auxiliary ("… United States are"), an adverb ("told him he
 * quickly"), a connective ("as well as"), an article's adjective without its noun ("being an
 * active"), a participle after a comma (", resulting"). A pronoun left before them goes too.
 */
const hangingEnd = new RegExp(
  String.raw`(?:,?\s+(?:as well as|as well|such as|along with|along|together with|including|based|located|aimed|designed|intended|close|consistent|similar|due|able|subject|prior|is|are|was|were|be|been|being|has|have|had|will|would|can|could|must|may|might|should|shall|did|does|do|(?!(?:family|supply|assembly|rally|ally|apply|reply|anomaly|monopoly|early|only|daily|weekly|monthly|yearly|friendly|elderly))\p{Ll}{4,}ly|(?:a|an|the|our|their|its|his|her|my|your)\s+\p{Ll}+(?:ive|ous|ful|able|ible|less))|,\s+\p{Ll}+(?:ing|ed)|\s+(?:he|she|they|we|i))+$`,
  'u',
);

