/**
 * Describe, voices: who speaks for a document or a paragraph when its sentences do not say. A
 * statement by a person ("Statement by President Biden on …") is that person's word throughout,
 * under the full name of its byline where the byline is theirs; a transcript's speaker labels
 * ("MS. JEAN-PIERRE:") give the speaker of each paragraph up to the next label ("Q:" is a
 * reporter's question: nobody's claim).
 */
import { asciiFold } from '../../text.ts';
import { findPeople, nameKey, type PersonMention } from './people.ts';
import { documentSpeaker, plausibleSpeaker, speakerLabel } from './speakers.ts';

/** Fewer labelled paragraphs than this are datelines ("PYONGYANG: …"), not a transcript. */
const transcriptLabels = 3;

export function voicesOf<P extends { text: string; kind: string }>(
  title: string,
  byline: string | undefined,
  paragraphs: P[],
  known: Map<string, PersonMention>,
): { documentVoice?: string; labelSpeaker: Map<P, string | undefined> } {
  const fullName = (name: string) => known.get(nameKey(name))?.name ?? name;
  const headings = [title, ...paragraphs.filter((p) => p.kind === 'heading').slice(0, 3).map((p) => p.text)];
  const statedBy = documentSpeaker(headings);
  let documentVoice: string | undefined;
  if (statedBy) {
    const person = findPeople(statedBy, known)[0] ?? findPeople(`${statedBy} said`, known)[0];
    const name = person ? fullName(person.name) : plausibleSpeaker(statedBy.replace(/^(?:\p{Ll}+\s+)+/u, ''));
    // The byline gives the full name ("Joseph R. Biden Jr." for "Statement by President Biden").
    documentVoice = name && byline && asciiFold(byline).includes(asciiFold(name).split(' ').at(-1)!) ? byline : name;
  }
  const labelSpeaker = new Map<P, string | undefined>();
  if (paragraphs.filter((p) => speakerLabel(p.text)).length < transcriptLabels) return { documentVoice, labelSpeaker };
  let current: string | undefined;
  for (const p of paragraphs) {
    const label = speakerLabel(p.text);
    if (label) {
      const surname = asciiFold(label.surname);
      const named = [...known.values(), ...findPeople(title, known)].find((k) => asciiFold(k.name).endsWith(surname));
      current = label.label === 'Q' ? undefined : (named ? fullName(named.name) : label.label.replace(/\b(\p{Lu})(\p{Lu}+)/gu, (_m, a: string, b: string) => a + b.toLowerCase()));
    }
    labelSpeaker.set(p, current);
  }
  return { documentVoice, labelSpeaker };
}
