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

/** With this many labelled paragraphs, every label is a speaker's (a transcript). */
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
  // A label is a speaker's when it is titled ("MS. JEAN-PIERRE:"), names a person of the title or
  // the text, or when many paragraphs are labelled; a lone "PYONGYANG:" is a dateline.
  const people = [...known.values(), ...findPeople(title, known)];
  const personOf = (surname: string) => people.find((k) => asciiFold(k.name).endsWith(asciiFold(surname)));
  const labels = paragraphs.map((p) => speakerLabel(p.text));
  const transcript = labels.filter(Boolean).length >= transcriptLabels;
  let current: string | undefined;
  paragraphs.forEach((p, i) => {
    const label = labels[i];
    if (label && (label.label === 'Q' || label.titled || transcript || personOf(label.surname))) {
      const named = personOf(label.surname);
      current = label.label === 'Q' ? undefined : (named ? fullName(named.name) : label.label.replace(/\b(\p{Lu})(\p{Lu}+)/gu, (_m, a: string, b: string) => a + b.toLowerCase()));
    }
    labelSpeaker.set(p, current);
  });
  return { documentVoice, labelSpeaker };
}
