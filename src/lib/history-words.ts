/**
 * An entry's history as sentences a reader understands: outlet names instead of article
 * slugs, entry titles instead of ids, and "source removed" lines that do not contradict a
 * page still listing that outlet (a sentence was dropped, the outlet still reports it).
 */
import type { HistoryItem } from '../schema';
import { statusLabel, verdictLabel } from './format';
import { statuses, type Status } from '../schema';

export interface HistoryContext {
  /** Outlets the entry cites now. */
  outletsNow: readonly string[];
  /** Outlet of an article slug (older details name the article when it had no outlet). */
  outletOfArticle: (slug: string) => string | undefined;
  /** Title of a current entry by id or alias, if there is one. */
  titleOf: (id: string) => string | undefined;
}

/** `A, B and C`. */
const listing = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

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
  switch (item.change) {
    case 'created':
      return 'First recorded.';
    case 'source added': {
      const added = names(detail, context);
      if (!added.length) return 'A source was added.';
      return added.length === 1 ? `A report by ${added[0]} was added as a source.` : `Reports by ${listing(added)} were added as sources.`;
    }
    case 'source removed': {
      const removed = names(detail, context);
      if (!removed.length) return 'A source was removed.';
      const still = removed.filter((name) => context.outletsNow.includes(name));
      const gone = removed.filter((name) => !context.outletsNow.includes(name));
      const sentences: string[] = [];
      if (gone.length) sentences.push(gone.length === 1 ? `The report by ${gone[0]} was removed as a source.` : `The reports by ${listing(gone)} were removed as sources.`);
      if (still.length) sentences.push(`A sentence from ${listing(still)} no longer counts as a source; ${still.length === 1 ? 'that outlet’s other sentences still do' : 'their other sentences still do'}.`);
      return sentences.join(' ');
    }
    case 'wording changed': {
      const before = detail?.replace(/^was:\s*/, '');
      return before ? `The claim was reworded; it used to read “${before}”` + (/[.!?]$/.test(before) ? '' : '.') : 'The claim was reworded.';
    }
    case 'status changed': {
      const [from, to] = (detail ?? '').split('→').map((part) => part.trim());
      return from && to ? `Status changed from ${statusWord(from)} to ${statusWord(to)}.` : 'The sourcing status changed.';
    }
    case 'merged': {
      const other = detail?.replace(/^merged with\s*/, '');
      const title = other ? context.titleOf(other) : undefined;
      return title ? `Merged with the entry “${title}”.` : 'Merged with an earlier entry for the same claim; its old address now leads here.';
    }
    case 'verdict set':
      return detail ? `Rated ${verdictLabel(detail)} by the desk.` : 'Rated by the desk.';
    case 'verdict changed':
      return detail ? `The desk changed its rating: ${detail}.` : 'The desk changed its rating.';
    case 'edited by editor':
      return detail ? `Corrected by an editor: ${detail}.` : 'Corrected by an editor.';
    case 'hidden':
      return detail ? `Withdrawn: ${detail}` + (/[.!?]$/.test(detail) ? '' : '.') : 'Withdrawn.';
    case 'shown again':
      return 'Published again.';
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
