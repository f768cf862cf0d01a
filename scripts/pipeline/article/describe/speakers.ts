/**
 * Describe, speakers: whether a phrase can name who made a statement, and who speaks for a
 * whole document. A speaker is a person or a body ("Vladimir Putin", "a US official", "the
 * Ukrainian Air Force"), never a word the attribution pattern caught by accident ("has",
 * "meanwhile"), a clause ("the President spoke to Governor DeSantis and") or a time ("on
 * Tuesday"). Documents speak for someone: a statement by a person is that person's word, and
 * a transcript's speaker labels ("MS. JEAN-PIERRE:") say who speaks each paragraph.
 */
import { roleWords } from '../../lexicon/roles.ts';
import { demonyms, notPersonWords } from '../../lexicon/places.ts';
import { weekdays, months } from '../../lexicon/calendar.ts';
import { verbsFor } from '../../lexicon/verbs.ts';
import { escapeRegExp } from '../../text.ts';

/** Lowercase words a speaker phrase may hold besides roles and kinds of body. */
const speakerWords = new Set(
  (
    'the a an of for to and on at in de al von van der da di du bin ibn le la ' +
    'officials official experts expert analysts analyst sources source authorities authority residents diplomats diplomat ' +
    'spokesperson spokesman spokeswoman ministry government governments statement statements army military police ' +
    'air force forces fleet navy office department administration agency agencies media state state-run run ' +
    'senior top former chief deputy acting regional local federal national its their his her white house ' +
    'foreign defence defense interior affairs presidential press secretary service services ' +
    'council committee commission spokespeople observers witnesses critics lawmakers legislators leaders leader ' +
    'team teams staff researchers scientists investigators prosecutors officers troops soldiers commanders commander ' +
    'news report reports wire wires daily newspaper outlet broadcaster television channel agency’s agency\'s country countries ' +
    'side sides both'
  ).split(' '),
);
/** Words that are never a speaker on their own. */
const notSpeaker =
  /^(?:has|have|had|is|was|were|are|be|been|meanwhile|also|then|later|earlier|however|still|now|it|its|this|that|these|those|there|which|who|what|one|some|many|all|they|them|he|she|him|her|we|us|i|you|so|and|but|or|yet|while|as|when|if|because|today|yesterday|tonight)$/i;
const timeTail = new RegExp(`\\s+(?:on|this|last|early|late|earlier)\\s+(?:${weekdays.join('|')}|${months.join('|')}|morning|evening|night|week)\\b.*$`, 'i');

/** The phrase as a speaker, tidied ("Hwang Joon-kook on Tuesday" → "Hwang Joon-kook"), or undefined if it cannot be one. */
export function plausibleSpeaker(phrase: string): string | undefined {
  const text = phrase.trim().replace(timeTail, '').replace(/[,;:]+$/, '').trim();
  if (!text || text.length > 90 || notSpeaker.test(text)) return undefined;
  const words = text.split(/\s+/);
  if (/^(?:and|or|but|to|of|the|a|an)$/i.test(words.at(-1)!)) return undefined;
  for (const word of words) {
    if (/^[\p{Lu}\d]/u.test(word)) continue;
    const w = word.toLowerCase().replace(/[’']s$/, '').replace(/[,.]$/, '');
    if (speakerWords.has(w) || roleWords.has(w) || notPersonWords.has(w) || w in demonyms) continue;
    return undefined;
  }
  // A lone lowercase word that is not a group of people ("experts" is, "has" is not).
  if (words.length === 1 && /^\p{Ll}/u.test(text) && !/s$/.test(text)) return undefined;
  return text;
}

/** "Statement by Administrator Samantha Power", "Remarks by President Biden on …": whose statement a document is. */
const statementHeading =
  /^(?:joint\s+)?(?:statement|remarks|readout|message|op-ed|letter|address|testimony|speech)\s+(?:by|from|of)\s+(?:the\s+)?(.+?)(?:\s+(?:on|at|to|regarding|about|for)\s+.*)?$/i;

/** The person or body a document speaks for, from its title or first heading; undefined for news reports. */
export function documentSpeaker(headings: string[]): string | undefined {
  for (const heading of headings) {
    const m = heading.trim().match(statementHeading);
    if (m) return m[1].replace(/[.,;:]+$/, '').trim();
  }
  return undefined;
}

/** "MS. JEAN-PIERRE: Hello." → "JEAN-PIERRE"; "Q:" → "Q". Transcript labels are capitals and a colon. */
const transcriptLabel = /^((?:[A-Z][A-Z'’.-]*\s+){0,4}[A-Z][A-Z'’.-]+|Q)\s*:\s+/;
/** Titles a transcript puts before a speaker's name; a dateline ("PYONGYANG:") has none. */
const honorific = /^(?:MR|MS|MRS|DR|GEN|GENERAL|BRIGADIER|MAJOR|LIEUTENANT|LT|COL|COLONEL|CAPT|CAPTAIN|ADM|ADMIRAL|SEN|SENATOR|REP|GOV|SECRETARY|PRESIDENT|AMBASSADOR|ADMINISTRATOR|DIRECTOR|SPOKESPERSON)\.?$/;

/** A transcript's speaker label at the start of a paragraph, with its length, if any. */
export function speakerLabel(paragraph: string): { label: string; surname: string; length: number; titled: boolean } | undefined {
  const m = paragraph.match(transcriptLabel);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  const surname = words.at(-1)!.replace(/[.:]$/, '');
  if (surname.length < 1 || /^(?:ET|EST|EDT|PM|AM|UTC|GMT|UPDATE|BREAKING|NOTE|EDITOR'S)$/.test(surname)) return undefined;
  return { label: m[1], surname, length: m[0].length, titled: words.length > 1 && honorific.test(words[0]) };
}

const speechActs = new RegExp(
  // "Putin has opened his talks with Kim by telling him of …": an act done by speaking.
  `^(?:\\s*,[^,]{1,80},)?\\s+(?:has |have |had |also |further |then |later |earlier |in turn |once again )*(?:(?:${verbsFor('speaker').map(escapeRegExp).join('|')})\\b|\\p{Ll}+ [^,.;]{0,50}?\\bby (?:telling|saying|thanking|expressing|praising|warning|stressing|urging)\\b)`,
  'iu',
);

/**
 * The person a sentence opens with, when a speech act follows ("Putin also expressed Russia's
 * appreciation …", "Kim Jong-un further pledged …"): the claim is that person's word.
 */
export function subjectSpeaker(sentence: string, people: readonly { name: string; start: number; end: number }[]): string | undefined {
  const first = people[0];
  if (!first || sentence.slice(0, first.start).replace(/^(?:[“"]|\p{Lu}[\p{L}-]*\s+(?:president|leader|minister|secretary|governor|mayor|spokesperson|aide)\s+)/iu, '').trim().split(/\s+/).filter(Boolean).length > 3) return undefined;
  return speechActs.test(sentence.slice(first.end)) ? first.name : undefined;
}

/** "He also expressed gratitude …", "She thanked …": a pronoun opening a speech act (the speaker is whom it stands for). */
export function opensWithPronounSpeech(sentence: string): boolean {
  const m = sentence.match(/^(?:He|She)\b/);
  return Boolean(m) && speechActs.test(sentence.slice(m![0].length));
}
