/**
 * Stage 5b, people: one person, one spelling across outlets. Articles transliterate names their
 * own way ("Yury Ushakov", "Yuri Ushakov"; "Andrey"/"Andrei Belousov"): mentions whose folded
 * names agree (`nameKey`) take the spelling most mentions use, so the person has one page and
 * one slug. Ties go to the spelling first in code-unit order, so the result does not depend on
 * the order of articles.
 */
import type { Candidate } from '../model.ts';
import { compareCodeUnits, nameKey } from '../text.ts';

/** The candidates with each person's name and slug made the same across articles (new objects where changed). */
export function unifyPeople(candidates: Candidate[]): Candidate[] {
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
