/**
 * Splits an article paragraph into plain and highlighted runs, one highlight per claim
 * sentence, so the article page can link each sentence to the claims that cite it.
 */
export interface Mark {
  quote: string;
  claimId: string;
}

export interface Segment {
  text: string;
  /** Claims citing this run of text; absent for plain text. */
  claimIds?: string[];
}

export interface Highlighted {
  segments: Segment[];
  /** Claims whose quote could not be located in the paragraph text. */
  unplaced: string[];
}

export function highlightParagraph(text: string, marks: readonly Mark[]): Highlighted {
  const ranges: { start: number; end: number; claimIds: string[] }[] = [];
  const unplaced: string[] = [];
  for (const { quote, claimId } of marks) {
    const needle = quote.trim();
    const start = needle ? text.indexOf(needle) : -1;
    if (start < 0) {
      if (!unplaced.includes(claimId)) unplaced.push(claimId);
      continue;
    }
    ranges.push({ start, end: start + needle.length, claimIds: [claimId] });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);

  // Overlapping quotes (two claims from one sentence) merge into one highlight.
  const merged: typeof ranges = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      for (const id of range.claimIds) if (!last.claimIds.includes(id)) last.claimIds.push(id);
    } else {
      merged.push({ ...range, claimIds: [...range.claimIds] });
    }
  }

  const segments: Segment[] = [];
  let cursor = 0;
  for (const { start, end, claimIds } of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), claimIds });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return { segments, unplaced };
}
