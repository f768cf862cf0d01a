/**
 * Stage 6, merge: the same claim reported by several outlets (or twice by one live blog)
 * becomes one group. Candidates meet through an index of distinctive phrases and figures
 * (blocking), so the work grows with the corpus, not with its square:
 * - delegation members merge on the person (names folded across spellings);
 * - other claims merge when they share a figure (value and unit) and a content word, or at
 *   least two distinctive three-word phrases that are not just names.
 */
import type { Candidate } from './analyse.ts';
import { quantityKey } from './describe/quantities.ts';
import { asciiFold, stem, stopwords } from './text.ts';

/** Words news uses interchangeably for one thing. */
const synonyms: Record<string, string> = {
  trip: 'visit', visited: 'visit', visits: 'visit', negotiations: 'talk', negotiation: 'talk', talks: 'talk',
  discussions: 'talk', discussion: 'talk', agreement: 'treaty', accord: 'treaty', pact: 'treaty',
  gave: 'give', gifted: 'give', gift: 'give', gifts: 'give', presented: 'give', handed: 'give',
};

function termOf(word: string): string {
  const lower = word.toLowerCase();
  return synonyms[lower] ?? stem(lower);
}

interface Indexed {
  candidate: Candidate;
  shingles: string[];
  terms: Set<string>;
  /** Terms from lowercase words: what a sentence says, not whom it names. */
  plainTerms: Set<string>;
  figures: string[];
}

/** Phrases about the reporting itself ("Tass news agency reports") say nothing about the claim. */
const reportingWords = new Set(['news', 'agency', 'agencies', 'media', 'wire', 'wires', 'state-run', 'reported', 'reporting', 'reportedly', 'statement', 'outlet', 'outlets']);

/** Three-word phrases with at least two content words, skipping phrases made only of names. */
function shinglesOf(quote: string): string[] {
  const tokens = [...quote.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
  const out = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const tri = tokens.slice(i, i + 3);
    const content = tri.filter((t) => !stopwords.has(t.toLowerCase()));
    if (content.length < 2) continue;
    if (content.every((t) => /^\p{Lu}/u.test(t))) continue;
    if (tri.some((t) => reportingWords.has(t.toLowerCase()))) continue;
    out.add(tri.map((t) => termOf(asciiFold(t))).join(' '));
  }
  return [...out];
}

function index(candidate: Candidate): Indexed {
  const words = [...asciiFold(candidate.quote).matchAll(/[a-z0-9]+/g)].map((m) => m[0]);
  const keep = (w: string) => w.length > 2 && !stopwords.has(w) && !/^\d+$/.test(w);
  const lowercase = [...candidate.quote.normalize('NFKC').matchAll(/(?<![\p{L}])\p{Ll}+/gu)].map((m) => asciiFold(m[0]));
  return {
    candidate,
    shingles: shinglesOf(candidate.quote),
    terms: new Set(words.filter(keep).map(termOf)),
    plainTerms: new Set(lowercase.filter(keep).map(termOf)),
    figures: candidate.quantities.filter((q) => q.unit !== 'count' || q.value >= 10).map(quantityKey),
  };
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Phrases shared by more than this many candidates say nothing distinctive ("said on Wednesday"). */
function commonLimit(n: number): number {
  return Math.max(6, Math.ceil(n * 0.01));
}

/** Group candidates that state the same claim. Groups come out in a stable order. */
export function mergeAcrossOutlets(candidates: Candidate[]): Candidate[][] {
  const uf = new UnionFind(candidates.length);
  const byMember = new Map<string, number>();
  const byShingle = new Map<string, number[]>();
  const byFigure = new Map<string, number[]>();
  const indexed = candidates.map((c, i) => {
    if (c.member) {
      const first = byMember.get(c.member.key);
      if (first === undefined) byMember.set(c.member.key, i);
      else uf.union(first, i);
      return undefined;
    }
    const entry = index(c);
    for (const s of entry.shingles) (byShingle.get(s) ?? byShingle.set(s, []).get(s)!).push(i);
    for (const f of entry.figures) (byFigure.get(f) ?? byFigure.set(f, []).get(f)!).push(i);
    return entry;
  });

  const limit = commonLimit(candidates.length);
  const shared = new Map<string, number>();
  for (const list of byShingle.values()) {
    if (list.length < 2 || list.length > limit) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = `${list[a]} ${list[b]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  for (const [key, count] of shared) {
    const [a, b] = key.split(' ').map(Number);
    // Within one article only near-repeats merge (a live blog restating a quote).
    if (count >= (candidates[a].article === candidates[b].article ? 4 : 2)) uf.union(a, b);
  }
  for (const list of byFigure.values()) {
    if (list.length < 2 || list.length > limit) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const [x, y] = [indexed[list[a]]!, indexed[list[b]]!];
        if (x.candidate.article === y.candidate.article) continue;
        // The figure's own words ("years", "drones") do not count as agreement on what it measures.
        const own = new Set([...x.candidate.quantities, ...y.candidate.quantities].flatMap((q) => [q.unit, ...(q.counts ?? '').split(' ')].map((w) => termOf(asciiFold(w)))));
        if ([...x.plainTerms].some((t) => y.plainTerms.has(t) && !own.has(t))) uf.union(list[a], list[b]);
      }
  }

  // Two outlets telling the same event in their own words share its rare words ("Aurus",
  // "gifted"/"gave", "February") rather than phrases: merge when those dominate both sentences.
  const byTerm = new Map<string, number[]>();
  indexed.forEach((entry, i) => entry && entry.terms.forEach((t) => (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(i)));
  const rareShared = new Map<string, number>();
  for (const list of byTerm.values()) {
    if (list.length < 2 || list.length > 4) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        if (candidates[list[a]].article === candidates[list[b]].article) continue;
        const key = `${list[a]} ${list[b]}`;
        rareShared.set(key, (rareShared.get(key) ?? 0) + 1);
      }
  }
  for (const [key, count] of rareShared) {
    if (count < 2) continue;
    const [a, b] = key.split(' ').map(Number);
    const [x, y] = [indexed[a]!.terms, indexed[b]!.terms];
    const common = [...x].filter((t) => y.has(t)).length;
    if (common / Math.min(x.size, y.size) >= 0.4) uf.union(a, b);
  }

  const groups = new Map<number, Candidate[]>();
  candidates.forEach((c, i) => {
    const root = uf.find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(c);
  });
  return [...groups.values()];
}
