/**
 * Two claims in one sentence: "FEMA has deployed two teams to Tallahassee and has one in
 * Atlanta", "Thousands have lost their lives, and many more remain trapped in the rubble". Each
 * clause becomes a sentence of its own (the subject and a leading "On Saturday," go to both, an
 * auxiliary the second verb shares too), so each claim gets its own title and entry, and another
 * outlet reporting only one of them merges with that one. The verbatim quote stays the whole
 * sentence. Only plain coordination splits: not inside quotation marks or parentheses, not after
 * "that", "which", "when" (the "and" may belong to the side clause), and not a reported statement
 * ("Biden said A and B" is one statement).
 */
import { pastTense, verbsFor } from '../../lexicon/verbs.ts';

const auxiliary = 'is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|remain|remains|remained|continue|continues';
/** A verb that makes a clause finite: an auxiliary, or a past tense. */
const finiteVerb = new RegExp(`\\b(?:${auxiliary}|${pastTense})\\b`, 'u');
/** Words that open a side clause: an "and" after one may join that clause's parts, not two claims. */
const subordinator = /\b(?:that|which|who|whom|whose|when|where|while|after|before|because|since|if|as|until|although|though|whether)\b/i;
/** What may follow a verb that is a verb, not an adjective: "affected hundreds", "killed three", "activated a team" ("needed supplies" is a noun phrase). */
const objectStart =
  /^(?:a|an|the|its|his|her|their|our|my|your|this|these|those|more|over|about|around|nearly|almost|at|in|on|to|for|with|from|into|by|some|all|both|dozens|hundreds|thousands|millions|him|them|it|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\b/i;
/** A leading time or place phrase ("On Saturday in Jacksonville, Florida,", "At the President's direction,"): it frames both claims. */
const frontedOpener = /^(?:On|In|At|By|Since|After|Before|During|Following|Today|Yesterday|Tonight|Earlier|Later|Overnight|Last|This|Early|Late|Separately|Meanwhile|Additionally|Also)\b/;
const auxiliaryWord = new RegExp(`^(?:${auxiliary})$`, 'i');
/** Words between a subject and its main verb: auxiliaries and adverbs ("have now ended"). */
const beforeMainVerb = new RegExp(`^(?:${auxiliary}|be|been|being|not|also|now|then|already|just|personally|reportedly|officially|finally|still|again)$`, 'i');
/** ", involving both countries’ delegations, " between a subject and its verb. */
const asideBeforeVerb = new RegExp(`,[^,]{3,80},\\s+(?=(?:${auxiliary})\\b)`, 'u');
const pronounSubject = /^(?:he|she|it|they|this|that|these|those|we|i|you|there|which|who)\b/i;
const reporting = new RegExp(`\\b(?:${[...verbsFor('speaker'), ...verbsFor('stopword')].join('|')})\\b`, 'i');

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withStop = (text: string) => `${text.replace(/[\s,;:]+$/, '')}.`;

/** Opener ("On Saturday, "), subject ("a white gunman") and the rest from the first verb on, if the sentence opens that plainly. */
function clauseParts(text: string, maxSubjectWords = 8): { opener: string; subject: string; verb: RegExpExecArray } | undefined {
  const verb = finiteVerb.exec(text);
  if (!verb) return undefined;
  const before = text.slice(0, verb.index);
  const comma = before.lastIndexOf(', ');
  const opener = comma >= 0 ? before.slice(0, comma + 2) : '';
  const subject = before.slice(opener.length).trim();
  if ((opener && !frontedOpener.test(opener)) || !subject || wordCount(subject) > maxSubjectWords || pronounSubject.test(subject)) return undefined;
  return { opener, subject, verb };
}

/** The grammatical subject of a plain sentence ("The European Union" in "The European Union is also sending …"), if it can tell. */
export function clauseSubject(sentence: string, maxWords?: number): string | undefined {
  return clauseParts(sentence.trim(), maxWords)?.subject;
}

/**
 * Subject and main verb of a plain sentence ("The open-format negotiations between Putin and Kim"
 * / "ended" in "… have now ended"): the verb after its auxiliaries and adverbs, the subject up to
 * its first preposition or comma. What a claim is about and what it says happened, for the merge.
 */
export function clauseFrame(sentence: string): { subject: string; verb: string } | undefined {
  // "The talks between Putin and Kim, involving both delegations, have concluded": the subject is
  // what comes before an aside's comma.
  const parts = clauseParts(sentence.trim(), 14) ?? clauseParts(sentence.trim().replace(asideBeforeVerb, ' '), 14);
  if (!parts) return undefined;
  const text = sentence.trim();
  const after = text.slice(text.indexOf(parts.verb[0], text.indexOf(parts.subject) + parts.subject.length)).split(/\s+/);
  let i = 0;
  while (i < after.length - 1 && (beforeMainVerb.test(after[i]) || /ly$/.test(after[i]))) i++;
  const verb = after[i].replace(/[^\p{L}-]/gu, '');
  const subject = parts.subject.split(/\s+(?:of|between|from|in|at|on|with|for|to|by|who|which|that|involving|including)\s+|,/)[0].replace(/\s+\p{Ll}+ly$/u, '');
  return verb && /^\p{Ll}/u.test(verb) ? { subject, verb } : undefined;
}

/**
 * The two sentences a sentence's coordinated claims make, or undefined when it states one claim (or
 * it cannot tell). `quoted`: the claims will stand in quotation marks as someone's words, so no word
 * is added or changed: what is left out between subject and second verb shows as "…", and the second
 * clause keeps its case.
 */
export function splitClauses(sentence: string, quoted = false): [string, string] | undefined {
  return splitSentence(sentence, quoted)?.claims;
}

/** `splitClauses`' two claims, with the two clauses as written (`written`: the words before the joining "and", and those after it). */
export function splitSentence(sentence: string, quoted = false): { claims: [string, string]; written: [string, string] } | undefined {
  let text = sentence.trim();
  // "…, according to the Associated Press.", "… as of September 13." hold for both claims.
  const source = / *(?:,\s+according to [^,]{3,60}|,?\s+as of [^,]{3,40})(?=[.!]$)/.exec(text)?.[0] ?? '';
  if (source) text = text.replace(source, '');
  // (Parentheses only around a name or an acronym, "a Disaster Assistance Response Team (DART)": a clause inside them would mislead.)
  if (wordCount(text) < 12 || /[“”"[\]]/.test(text) || /\([^)]*(?:,|\band\b)[^)]*\)/.test(text) || !/[.!]$/.test(text)) return undefined;
  const parts = clauseParts(text);
  if (!parts || reporting.test(text)) return undefined;
  const { opener, subject, verb } = parts;
  const rest = text.slice(verb.index);
  const withSource = (clause: string) => withStop((quoted ? clause : capitalised(clause)) + source);
  const written = (m: RegExpExecArray): [string, string] => [text.slice(0, verb.index + m.index), rest.slice(m.index + m[0].length)];
  // "…, followed by dozens of violent aftershocks": what came after is a claim of its own.
  const followed = /,\s+followed by\s+/.exec(rest);
  if (followed && !subordinator.test(rest.slice(0, followed.index)) && wordCount(rest.slice(followed.index)) >= 4) {
    const first = rest.slice(0, followed.index);
    const after = rest.slice(followed.index + followed[0].length).replace(/[.!]$/, '');
    const be = /^(?:is|are|has|have)$/i.test(verb[0]) ? 'is' : 'was';
    return {
      claims: [`${opener}${subject} ${first}`, quoted ? `${opener}${subject} … followed by ${after}` : `${opener}${subject} ${be} followed by ${after}`].map(withSource) as [string, string],
      written: [text.slice(0, verb.index + followed.index), rest.slice(followed.index + 2)],
    };
  }
  // The first "and" joining two clauses, or two verbs of one subject.
  const joint = /(,\s+and|;|,\s+but|\s+and)\s+/g;
  for (let m = joint.exec(rest); m; m = joint.exec(rest)) {
    const first = rest.slice(0, m.index);
    const second = rest.slice(m.index + m[0].length).replace(/[.!]$/, '');
    if (subordinator.test(first) || (/,\s/.test(first) && m[1].trim() === 'and')) continue;
    if (wordCount(first) < 4 || wordCount(second) < 4) continue;
    const ownVerb = finiteVerb.exec(second);
    // "…, and the two leaders held talks": a clause with its own subject.
    if (m[1].trim() !== 'and' && ownVerb && ownVerb.index > 0) {
      const ownSubject = second.slice(0, ownVerb.index).trim();
      if (wordCount(ownSubject) > 6 || ownSubject.includes(',') || pronounSubject.test(ownSubject) || subordinator.test(ownSubject)) continue;
      return { claims: [`${opener}${subject} ${first}`, `${opener}${quoted ? second : capitalised(second)}`].map(withSource) as [string, string], written: written(m) };
    }
    // "… and has one in Atlanta", "… and affected hundreds of thousands": the subject's second verb.
    if (ownVerb?.index !== 0) continue;
    const [secondVerb] = ownVerb;
    const afterVerb = second.slice(secondVerb.length).trim();
    const isAuxiliary = auxiliaryWord.test(secondVerb);
    if (!isAuxiliary && !objectStart.test(afterVerb)) continue;
    // "have resulted in … and affected …", "was adorned with … and thronged with …": the second verb shares the auxiliary.
    const shared = !isAuxiliary && /^(?:has|have|had|is|are|was|were)$/i.test(verb[0]) && /ed$/.test(secondVerb) ? `${verb[0]} ` : '';
    return {
      claims: [`${opener}${subject} ${first}`, quoted ? `${opener}${subject} … ${second}` : `${opener}${subject} ${shared}${second}`].map(withSource) as [string, string],
      written: written(m),
    };
  }
  return undefined;
}
