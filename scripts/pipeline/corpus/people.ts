/**
 * Stage 5b, people: one person, one spelling across outlets. Articles transliterate names their
 * own way ("Yury Ushakov", "Yuri Ushakov"; "Andrey"/"Andrei Belousov"): mentions whose folded
 * names agree (`nameKey`) take the spelling most mentions use, so the person has one page and
 * one slug. Ties go to the spelling first in code-unit order, so the result does not depend on
 * the order of articles.
 */
import type { Candidate } from '../model.ts';
import { compareCodeUnits, nameKey } from '../text.ts';
import { sameEventDays } from './merge.ts';

/** The candidates with each person's name and slug made the same across articles (new objects where changed). */
export function unifyPeople(candidates: Candidate[], published: ReadonlyMap<string, string> = new Map()): Candidate[] {
  return fullSpeakers(samePeopleSpellings(candidates), published);
}

function samePeopleSpellings(candidates: Candidate[]): Candidate[] {
  const counts = new Map<string, Map<string, { uses: number; slug: string }>>();
  for (const c of candidates)
    for (const p of c.people) {
      const key = nameKey(p.name);
      const spellings = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
      const s = spellings.get(p.name) ?? spellings.set(p.name, { uses: 0, slug: p.slug }).get(p.name)!;
      s.uses++;
    }
  const canonical = new Map<string, { name: string; slug: string }>();
  for (const [key, spellings] of counts) {
    if (spellings.size < 2) continue;
    const [name, { slug }] = [...spellings].sort((a, b) => b[1].uses - a[1].uses || compareCodeUnits(a[0], b[0]))[0];
    canonical.set(key, { name, slug });
  }
  if (!canonical.size) return candidates;
  return candidates.map((c) => {
    if (!c.people.some((p) => canonical.has(nameKey(p.name)) && canonical.get(nameKey(p.name))!.name !== p.name)) return c;
    const seen = new Set<string>();
    const people = c.people
      .map((p) => {
        const to = canonical.get(nameKey(p.name));
        return to && to.name !== p.name ? { ...p, name: to.name, slug: to.slug } : p;
      })
      .filter((p) => !seen.has(p.slug) && seen.add(p.slug));
    return { ...c, people };
  });
}

/** Name parts that follow a surname and say nothing of who it is. */
const suffix = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const nameParts = (name: string) => name.replace(/,/g, '').split(/\s+/).filter((w) => w && !suffix.test(w));
/** A name of one person: capitalised words, one to five, no body word. */
const personName = /^(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*,?(?:\s+(?:Jr|Sr)\.?)?$/u;
const bodyWord = /\b(?:House|Department|Ministry|Agency|Office|Government|Council|Administration|Service|News|Press|Times|Post|Forces?|Command|Guard|Corps|Organi[sz]ation|Nations|Union|Committee|Commission|States)\b/;

/**
 * Speakers named the short way take the person's full name where the week's news gives exactly
 * one: "Biden" and "Joe Biden" beside a statement signed "Joseph R. Biden Jr." are that person,
 * so the entry says the name the author signed. A surname that several full names share ("Kim":
 * Kim Jong-un, Kim Tok-hun) stays as it is; only names within `sameEventDays` count.
 */
function fullSpeakers(candidates: Candidate[], published: ReadonlyMap<string, string>): Candidate[] {
  const day = (c: Candidate) => {
    const date = published.get(c.article);
    return date ? Date.parse(date) / 86_400_000 : NaN;
  };
  // Full names (two or more parts) by folded surname, with the days they were used.
  const bySurname = new Map<string, Map<string, { name: string; days: number[]; uses: number }>>();
  const note = (name: string, when: number) => {
    if (!personName.test(name) || bodyWord.test(name)) return;
    const parts = nameParts(name);
    if (parts.length < 2) return;
    const [surname, key] = [nameKey(parts.at(-1)!), nameKey(name)];
    const names = bySurname.get(surname) ?? bySurname.set(surname, new Map()).get(surname)!;
    const entry = names.get(key) ?? names.set(key, { name, days: [], uses: 0 }).get(key)!;
    entry.days.push(when);
    entry.uses++;
  };
  for (const c of candidates) {
    for (const p of c.people) note(p.name, day(c));
    if (c.attribution?.speaker) note(c.attribution.speaker, day(c));
  }
  const full = (speaker: string, when: number): string | undefined => {
    if (!personName.test(speaker) || bodyWord.test(speaker)) return undefined;
    const parts = nameParts(speaker);
    const near = [...(bySurname.get(nameKey(parts.at(-1)!))?.values() ?? [])].filter((n) => n.days.some((d) => !(Math.abs(d - when) > sameEventDays)));
    // The one person of that surname; a first name must agree by its initial ("Joe", "Joseph").
    const people = new Set(near.map((n) => nameKey(nameParts(n.name)[0])[0] + nameKey(nameParts(n.name).at(-1)!)));
    if (people.size !== 1) return undefined;
    if (parts.length > 1 && nameKey(parts[0])[0] !== [...people][0][0]) return undefined;
    // The fullest spelling, then the most used, then code-unit order.
    const best = near.sort((a, b) => nameParts(b.name).length - nameParts(a.name).length || b.name.length - a.name.length || b.uses - a.uses || compareCodeUnits(a.name, b.name))[0];
    return best && best.name !== speaker && nameParts(best.name).length >= parts.length ? best.name : undefined;
  };
  const memo = new Map<string, string | undefined>();
  return candidates.map((c) => {
    const speaker = c.attribution?.speaker;
    if (!speaker) return c;
    const when = day(c);
    const key = `${speaker}\u0000${when}`;
    const to = memo.has(key) ? memo.get(key) : memo.set(key, full(speaker, when)).get(key);
    return to ? { ...c, attribution: { ...c.attribution!, speaker: to } } : c;
  });
}
