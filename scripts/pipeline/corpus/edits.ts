/**
 * Editors' decisions about what belongs together, applied to the merged groups before drafting:
 * a source an editor removed from an entry leaves that entry's group (the freed sentence forms
 * its own group, so it may become its own entry), and the groups holding the sources of entries
 * an editor joined (`joined:`) are drafted as one, on every run, so the merge never undoes a join.
 */
import type { Candidate } from '../model.ts';
import { nameKey } from '../text.ts';
import { identityKeys, sourceKey } from './ids.ts';
import { machineView, removalKey, removedSources, type ExistingEntry } from './existing.ts';

/** A candidate's identity, as `identityKeys` gives an entry's sources (a delegation member is part of it). */
const candidateKey = (c: Candidate) => sourceKey(c) + (c.member ? `\u0000${c.member.key}` : '');

/** The member an entry is about, for a delegation entry: removing a delegation sentence from one member's entry leaves the others'. */
function memberOf(entry: ExistingEntry): string {
  const data = machineView(entry).data;
  return data.category === 'delegation' && data.people?.[0] ? nameKey(data.people[0].name) : '';
}

/**
 * Split off the sentences editors removed from entries. Only from a group that continues such an
 * entry (holds one of its remaining sources): another sentence of the same paragraph, in another
 * entry's group, stays where it is.
 */
function splitRemoved(groups: Candidate[][], existing: Map<string, ExistingEntry>): Candidate[][] {
  // For each remaining source of an entry with removals: the removals, with the member they concern.
  const removalsBySource = new Map<string, { keys: Set<string>; member: string }[]>();
  for (const entry of existing.values()) {
    if (entry.frozen === 'broken' || entry.data.locked) continue;
    const removed = removedSources(entry);
    if (!removed.length) continue;
    const removal = { keys: new Set(removed), member: memberOf(entry) };
    for (const key of identityKeys(machineView(entry).data)) (removalsBySource.get(key) ?? removalsBySource.set(key, []).get(key)!).push(removal);
  }
  if (!removalsBySource.size) return groups;
  const out: Candidate[][] = [];
  for (const group of groups) {
    const removals = group.flatMap((c) => removalsBySource.get(candidateKey(c)) ?? []);
    const isRemoved = (c: Candidate) =>
      removals.some((r) => r.keys.has(removalKey(c)) && (r.member ? c.member?.key === r.member : !c.member));
    const freed = removals.length ? group.filter(isRemoved) : [];
    if (!freed.length || freed.length === group.length) {
      out.push(group);
      continue;
    }
    out.push(group.filter((c) => !isRemoved(c)), freed);
  }
  return out;
}

/** Draft as one the groups that hold the sources of an entry and of the entries an editor joined into it. */
function holdJoined(groups: Candidate[][], existing: Map<string, ExistingEntry>): Candidate[][] {
  const joins = [...existing.values()].filter((e) => e.frozen !== 'broken' && !e.data.locked && e.data.joined?.length);
  if (!joins.length) return groups;
  const groupOf = new Map<string, number>();
  groups.forEach((group, i) => {
    for (const c of group) if (!groupOf.has(candidateKey(c))) groupOf.set(candidateKey(c), i);
  });
  // Each group points to the group it is drafted with (the lowest index of a join).
  const into = groups.map((_, i) => i);
  const root = (i: number): number => (into[i] === i ? i : (into[i] = root(into[i])));
  for (const entry of joins) {
    const members = [entry, ...entry.data.joined!.map((id) => existing.get(id)).filter((e): e is ExistingEntry => Boolean(e))];
    const indices = [...new Set(members.flatMap((e) => identityKeys(machineView(e).data)).map((key) => groupOf.get(key)).filter((i): i is number => i !== undefined))].map(root);
    const first = Math.min(...indices);
    for (const i of indices) into[root(i)] = first;
  }
  const combined = new Map<number, Candidate[]>();
  groups.forEach((group, i) => {
    const r = root(i);
    combined.set(r, [...(combined.get(r) ?? []), ...group]);
  });
  return [...combined.values()];
}

/** The merged groups with the editors' removals and joins applied. */
export function applyEditorsToGroups(groups: Candidate[][], existing: Map<string, ExistingEntry>): Candidate[][] {
  return holdJoined(splitRemoved(groups, existing), existing);
}
