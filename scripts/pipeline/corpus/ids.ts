/**
 * Stage 7, assign ids: a readable slug per entry that never changes once published. A group
 * that shares a source sentence with an existing entry takes that entry's id; if it now covers
 * several existing entries, the others become its aliases (their permalinks redirect here),
 * unless an editor has worked on them, in which case they are left alone.
 */
import type { ClaimEntry } from '../../../src/schema.ts';
import { wordingKey, type DraftEntry } from './draft.ts';
import { machineView, type ExistingEntry } from './existing.ts';
import { compareCodeUnits, foldTypography, idFromTitle, nameKey, slugify } from '../text.ts';

export interface IdAssignment {
  id: string;
  draft: DraftEntry;
  /** The existing entry this draft continues, if any. */
  previous?: ExistingEntry;
  /** Existing ids folded into this one (they become aliases). */
  absorbed: string[];
  /** The id this entry had before it moved to one made from its headline (kept as an alias). */
  renamedFrom?: string;
}

/** A source's identity: its article and its sentence, typography folded (an editor may retype quotes). */
export const sourceKey = (s: { article: string; quote: string; item?: string }) =>
  `${s.article}\u0000${foldTypography(s.quote)}${s.item ? `\u0000${foldTypography(s.item)}` : ''}`;

/** One delegation sentence supports an entry per member: the member is part of the source's identity. */
export function identityKeys(entry: Pick<ClaimEntry, 'sources' | 'category' | 'people'>): string[] {
  const member = entry.category === 'delegation' && entry.people?.[0] ? `\u0000${nameKey(entry.people[0].name)}` : '';
  return entry.sources.map((s) => sourceKey(s) + member);
}

export function hasEditorWork(entry: ExistingEntry): boolean {
  const d = entry.data;
  return Boolean(d.locked || d.verdict || d.note || d.hidden || d.claimant || d.reviewed_by || d.joined?.length || d.removed_sources?.length || entry.body.trim());
}

function freshId(title: string, taken: Set<string>): string {
  const base = idFromTitle(title) || 'claim';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Whether an entry's id is its title's first nine words, as ids were made before headline titles. */
function isSentenceId(id: string, entry: ExistingEntry): boolean {
  const old = slugify(entry.data.title.replace(/…$/, ''), 9);
  // A headline id with a number for a clash ("event-2") is not one: it would move on every run.
  const headline = idFromTitle(entry.data.title);
  return Boolean(old) && (id === old || new RegExp(`^${old}-\\d+$`).test(id)) && id !== headline && !new RegExp(`^${headline}-\\d+$`).test(id);
}

/**
 * `settled`: existing entries that stay as they are (their group is unchanged); their ids and aliases are taken.
 * `reserved`: ids of entry files that do not read, so no new entry may take them.
 */
export function assignIds(drafts: DraftEntry[], existing: Map<string, ExistingEntry>, settled: Set<string> = new Set(), reserved: Set<string> = new Set()): IdAssignment[] {
  const idsBySource = new Map<string, string[]>();
  const taken = new Set<string>(reserved);
  // An entry an editor joined into another goes to that one, whatever the votes.
  const joinedInto = new Map<string, string>();
  /** Each matchable entry's claim as the extractor wrote it. */
  const machineClaim = new Map<string, string>();
  for (const [id, entry] of existing) {
    taken.add(id);
    for (const alias of entry.data.aliases ?? []) taken.add(alias);
    if (!entry.data.locked) for (const other of entry.data.joined ?? []) joinedInto.set(other, id);
    if (settled.has(id)) continue;
    // Matched as the extractor wrote it: an editor's corrections (or removed sources) do not move it.
    const machine = machineView(entry).data;
    machineClaim.set(id, machine.claim);
    for (const key of identityKeys(machine)) (idsBySource.get(key) ?? idsBySource.set(key, []).get(key)!).push(id);
  }
  // Which of several existing entries a draft continues: one that joined others, then a live entry
  // before a deleted one (whose permalink becomes an alias), then the most shared sources.
  const rank = (id: string) => (existing.get(id)!.data.joined?.length ? 0 : existing.get(id)!.frozen === 'tombstone' ? 2 : 1);
  // Drafts claim ids in a fixed order, so the same input always gives the same ids.
  const ordered = drafts.map((draft) => ({ draft, keys: identityKeys(draft) })).sort((a, b) => compareCodeUnits(a.keys[0], b.keys[0]));
  // A sentence may back two entries, so an existing id can share sources with several drafts:
  // it goes to the draft that shares the most with it (the first such, on a tie).
  const votes = ordered.map(({ draft, keys }) => {
    const count = new Map<string, number>();
    for (const key of keys) for (const id of idsBySource.get(key) ?? []) count.set(id, (count.get(id) ?? 0) + 1);
    // A sentence now read as two claims (or a list) continues the entry it made whole: its sources
    // without their item or clause match that entry's.
    if (!count.size && draft.sources.some((s) => s.item))
      for (const key of identityKeys({ ...draft, sources: draft.sources.map(({ item: _item, ...rest }) => rest) })) for (const id of idsBySource.get(key) ?? []) count.set(id, (count.get(id) ?? 0) + 1);
    return count;
  });
  // On a tie, the draft that is most nearly the old entry (fewest other sources) keeps its id:
  // when an entry splits, its permalink follows the part that is still the same claim.
  // First, though, the draft that still states the old entry's claim (its sentence is the
  // draft's wording): a permalink cited for "19 out of 21 drones" must not move to "all five".
  const home = new Map<string, { draft: number; votes: number; same: boolean; size: number }>();
  votes.forEach((count, draft) => {
    const size = ordered[draft].keys.length;
    for (const [id, n] of count) {
      const best = home.get(id);
      // (Or its first clause, when the old entry was a sentence now read as two claims.)
      const old = machineClaim.get(id)!;
      const same = (ordered[draft].draft.wordings ?? [wordingKey(ordered[draft].draft)]).some((w) => w.startsWith(`${old}\u0000`) || (w.length > 40 && old.startsWith(w.slice(0, w.indexOf('\u0000')).replace(/[.!]$/, ''))));
      if (!best || n > best.votes || (n === best.votes && (Number(same) > Number(best.same) || (same === best.same && size < best.size)))) home.set(id, { draft, votes: n, same, size });
    }
  });
  return ordered.map(({ draft }, i) => {
    const matches = [...votes[i]].filter(([id]) => home.get(id)!.draft === i).sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || compareCodeUnits(a[0], b[0]));
    if (!matches.length) return { id: freshId(draft.title, taken), draft, absorbed: [] };
    const [id] = matches[0];
    // Other entries that now fall within this one become its aliases, unless an editor worked on
    // them or this one is locked (its file is the editor's, aliases included).
    const absorbed = matches
      .slice(existing.get(id)!.data.locked || existing.get(id)!.frozen === 'broken' ? matches.length : 1)
      .map(([other]) => other)
      .filter((other) => {
        const entry = existing.get(other)!;
        // A broken file is left as it is; a deleted entry's or an editor-joined entry's id becomes an alias.
        if (entry.frozen === 'broken') return false;
        return entry.frozen === 'tombstone' || joinedInto.get(other) === id || !hasEditorWork(entry);
      });
    const previous = existing.get(id)!;
    // An id made by the old rule (the sentence's first nine words) moves once to one made from the
    // headline; the old id stays as an alias, so its permalink redirects. A broken file stays as it is.
    if (isSentenceId(id, previous) && !previous.data.locked && previous.frozen !== 'broken') {
      const fresh = freshId(draft.title, taken);
      if (fresh !== id) return { id: fresh, draft, previous, absorbed, renamedFrom: id };
    }
    return { id, draft, previous, absorbed };
  });
}
