/**
 * Describe, referents: the people an article names (met by full name first, then counted with
 * their short mentions) and what its role phrases stand for ("the Russian president" → the
 * most-mentioned Russian leader), so that claims can name them.
 */
import { asciiFold, compareCodeUnits } from '../../text.ts';
import { demonyms } from '../../lexicon/places.ts';
import { leaderOffice } from '../../lexicon/roles.ts';
import { findPeople, nameKey, resolveKnown, type PersonMention } from './people.ts';
import type { Referents } from './wording.ts';

const demonymEntries = Object.entries(demonyms);


export function collectPeople(sentences: { text: string }[]): Map<string, PersonMention & { count: number }> {
  const known = new Map<string, PersonMention & { count: number }>();
  // Two passes: the first meets people by their full names, the second counts short mentions too.
  for (const pass of [0, 1]) {
    for (const s of sentences) {
      for (const p of findPeople(s.text, known)) {
        const key = nameKey(p.name);
        const existing = known.get(key) ?? resolveKnown(p.name, known);
        if (existing) {
          const full = known.get(nameKey(existing.name))!;
          if (pass === 1) full.count++;
          if (!full.role && p.role) full.role = p.role;
          if (!full.country && p.country) full.country = p.country;
          if (p.name.length > full.name.length && p.name.split(' ').length <= 4 && nameKey(p.name).endsWith(nameKey(full.name).split(' ').at(-1)!))
            full.name = p.name;
        } else if (pass === 0 && p.name.includes(' ')) known.set(key, { ...p, count: 0 });
      }
    }
  }
  return known;
}

export function referentsOf(known: Map<string, PersonMention & { count: number }>): Referents {
  const roles = new Map<string, string>();
  const ranked = [...known.values()].sort((a, b) => b.count - a.count || compareCodeUnits(a.name, b.name));
  for (const p of ranked) {
    if (!p.role) continue;
    const role = asciiFold(p.role);
    // Only titles that name one office ("russian president"), not long descriptions.
    if (role.split(' ').length <= 3 && !roles.has(role)) roles.set(role, p.name);
  }
  // "the Russian leader", "the North Korean head of state": the most-mentioned leader of that side.
  for (const p of ranked) {
    if (!p.country || !leaderOffice.test(p.role ?? '')) continue;
    for (const [adjective, country] of demonymEntries) {
      if (country !== p.country) continue;
      for (const office of ['leader', 'president', 'head of state'])
        if (!roles.has(`${adjective} ${office}`)) roles.set(`${adjective} ${office}`, p.name);
    }
  }
  const pair = ranked.length >= 2 && ranked[1].count >= 2 ? ([ranked[0].name, ranked[1].name] as [string, string]) : undefined;
  return { roles, pair };
}

