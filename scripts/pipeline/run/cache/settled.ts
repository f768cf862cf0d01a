/**
 * "Settled" groups: with a cache, a merged group made of the same analysed sentences as an
 * untouched entry is that entry already, so only the groups an added or edited article changed
 * are drafted and written again.
 */
import { createHash } from 'node:crypto';
import type { Candidate } from '../../model.ts';
import type { EntryCacheState } from './entries.ts';

/**
 * What a merged group is made from: each sentence's article (by the content hash of its analysis)
 * and place in it, and the version of the code that turns a group into a file. A group whose
 * signature matches an untouched entry's is that entry already: it need not be drafted or written.
 */
export function groupSignature(group: Candidate[], analysisKey: (article: string) => string, codeVersion: string): string {
  const hash = createHash('sha256').update(codeVersion);
  // A delegation member, a list item or a clause is one of several entries from one sentence: part of the identity.
  // People's names are unified across articles (corpus/people.ts): another article can change them.
  for (const c of group) hash.update(`\u0000${analysisKey(c.article)}:${c.order}:${c.member?.key ?? ''}:${c.item ?? ''}:${c.clause ?? ''}:${c.people.map((p) => p.slug).join(',')}`);
  return hash.digest('base64url');
}

export interface SettledGroups {
  /** Ids of existing entries whose group is unchanged: they stay as they are. */
  settled: Set<string>;
  /** Signature of each entry's group (settled ones now; `record` adds the others once they have ids). */
  signatures: Map<string, string>;
  /** The groups to draft, each with its signature (if a cache is in use). */
  open: { group: Candidate[]; signature?: string }[];
}

/**
 * Sort groups into settled and open. `analysisKey` gives an article's analysis cache key by
 * slug; without one (no cache) every group is open.
 */
export function settleGroups(groups: Candidate[][], state: Map<string, EntryCacheState>, analysisKey: ((slug: string) => string) | undefined, codeVersion: string): SettledGroups {
  const idBySignature = new Map<string, string>();
  for (const [id, entry] of state) if (entry.signature) idBySignature.set(entry.signature, id);
  const settled = new Set<string>();
  const signatures = new Map<string, string>();
  const open: SettledGroups['open'] = [];
  for (const group of groups) {
    const signature = analysisKey ? groupSignature(group, analysisKey, codeVersion) : undefined;
    const id = signature && idBySignature.get(signature);
    if (id && !settled.has(id)) {
      settled.add(id);
      signatures.set(id, signature);
    } else open.push({ group, signature });
  }
  return { settled, signatures, open };
}
