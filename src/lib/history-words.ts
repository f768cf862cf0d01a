/**
 * An entry's history as sentences a reader understands: outlet names instead of article
 * slugs, entry titles instead of ids, and "source removed" lines that do not contradict a
 * page still listing that outlet (a sentence was dropped, the outlet still reports it).
 */
import type { HistoryItem } from '../schema';
import { listing, statusLabel, t, verdictLabel } from './format';
import { statuses, type Status } from '../schema';

export interface HistoryContext {
  /** Outlets the entry cites now. */
  outletsNow: readonly string[];
  /** Outlet of an article slug (older details name the article when it had no outlet). */
  outletOfArticle: (slug: string) => string | undefined;
  /** Title of a current entry by id or alias, if there is one. */
  titleOf: (id: string) => string | undefined;
}

/**
 * The detail of a source change is a comma-separated list of outlets. An outlet name may itself
 * contain a comma only inside brackets ("X (via A, B)"), so split outside brackets only.
 */
function names(detail: string | undefined, context: HistoryContext): string[] {
  if (!detail) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of detail) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter(Boolean).map((name) => context.outletOfArticle(name) ?? name);
}

const statusWord = (key: string) => ((statuses as readonly string[]).includes(key) ? statusLabel(key as Status) : key);

export function historySentence(item: HistoryItem, context: HistoryContext): string {
  const detail = item.detail?.trim();
  const h = t.history;
  switch (item.change) {
    case 'created':
      return h.created;
    case 'source added': {
      const added = names(detail, context);
      if (!added.length) return h.sourceAdded;
      return added.length === 1 ? h.reportAdded(added[0]!) : h.reportsAdded(listing(added));
    }
    case 'source removed': {
      const removed = names(detail, context);
      if (!removed.length) return h.sourceRemoved;
      const still = removed.filter((name) => context.outletsNow.includes(name));
      const gone = removed.filter((name) => !context.outletsNow.includes(name));
      const sentences: string[] = [];
      if (gone.length) sentences.push(gone.length === 1 ? h.reportRemoved(gone[0]!) : h.reportsRemoved(listing(gone)));
      if (still.length) sentences.push(h.stillCounts(listing(still), still.length > 1));
      return sentences.join(' ');
    }
    case 'wording changed':
      return h.reworded(detail?.replace(/^was:\s*/, '') || undefined);
    case 'status changed': {
      const [from, to] = (detail ?? '').split('→').map((part) => part.trim());
      return from && to ? h.statusChanged(statusWord(from), statusWord(to)) : h.statusChangedUnknown;
    }
    case 'merged': {
      const other = detail?.replace(/^merged with\s*/, '');
      const title = other ? context.titleOf(other) : undefined;
      return title ? h.mergedWith(title) : h.mergedEarlier;
    }
    case 'verdict set':
      return detail ? h.ratedAs(verdictLabel(detail)) : h.rated;
    case 'verdict changed':
      return h.ratingChanged(detail || undefined);
    case 'edited by editor':
      return h.corrected(detail || undefined);
    case 'hidden':
      return h.withdrawn(detail || undefined);
    case 'shown again':
      return h.shownAgain;
  }
}

/** The context a claim's history lines are told in, from the indexed corpus. */
export function historyContextFor(
  claim: { outlets: readonly string[] },
  corpus: { articleBySlug: Map<string, { outlet?: string }>; claimById: Map<string, { title: string; hidden?: boolean }>; aliasTargets: Map<string, string> },
): HistoryContext {
  return {
    outletsNow: claim.outlets,
    outletOfArticle: (slug) => corpus.articleBySlug.get(slug)?.outlet,
    titleOf: (id) => {
      const other = corpus.claimById.get(corpus.aliasTargets.get(id) ?? id);
      return other && !other.hidden ? other.title : undefined;
    },
  };
}
