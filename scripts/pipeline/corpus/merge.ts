/**
 * Stage 6, merge: the same claim reported by several outlets (or twice by one live blog)
 * becomes one group. Candidates meet through an index of their matching keys (blocking), and
 * a key shared by more than `commonLimit` sentences is stock wording, so the work grows with
 * the corpus, not with its square:
 * - delegation members merge on the person (names folded across spellings);
 * - copies of one sentence merge outright;
 * - other claims link when they share two distinctive three-word phrases, a figure (value and
 *   unit) and a word about it, or rare words that dominate both; links between sentences that
 *   name different people or places are dropped, and the strongest links join first;
 * - a cluster holds two sentences of one article only if they look alike themselves, which
 *   stops chains; a long sentence refused that way joins the other entry as an extra source;
 * - two sentences whose speakers differ, or whose subjects name different bodies or places, never link.
 */
import type { Candidate } from '../model.ts';
import { keyList, keySignature, packKeys, type KeyList, type PackedKeys } from '../keys.ts';
import { isMedium } from '../lexicon/media.ts';
import { nameKey } from '../text.ts';

/** Number of values two sorted key lists share, not counting those in `except` (sorted too). */
function shared(x: Int32Array, y: Int32Array, except?: Int32Array, alsoExcept?: Int32Array): number {
  let count = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else {
      if (!except?.includes(x[i]) && !alsoExcept?.includes(x[i])) count++;
      i++;
      j++;
    }
  }
  return count;
}

/**
 * Clusters in which two sentences of one article sit together only if they look alike
 * themselves (a lede paraphrasing the quote below it). That stops chains: A–B and B–C
 * matching loosely must not put two unrelated sentences of A's article into one entry.
 */
class ArticleClusters {
  private parent: number[];
  /** Members by article, for clusters of more than one candidate (most stay single). */
  private grouped = new Map<number, Map<string, number[]>>();
  private candidates: Candidate[];
  constructor(candidates: Candidate[]) {
    this.candidates = candidates;
    this.parent = candidates.map((_, i) => i);
  }
  private membersOf(root: number): Map<string, number[]> {
    return this.grouped.get(root) ?? new Map([[this.candidates[root].article, [root]]]);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  has(root: number, article: string): boolean {
    return this.membersOf(root).has(article);
  }
  /** Every candidate of the cluster whose root is `root`. */
  members(root: number): number[] {
    return [...this.membersOf(root).values()].flat();
  }
  /** Join the clusters of a and b unless `alike` rejects a pair of their sentences from one article. */
  union(a: number, b: number, alike?: (i: number, j: number) => boolean): boolean {
    let [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return true;
    let [ma, mb] = [this.membersOf(ra), this.membersOf(rb)];
    if (alike) {
      const [small, large] = ma.size <= mb.size ? [ma, mb] : [mb, ma];
      for (const [article, mine] of small) {
        const theirs = large.get(article);
        if (theirs && !mine.every((i) => theirs.every((j) => alike(i, j)))) return false;
      }
    }
    if (ra > rb) {
      [ra, rb] = [rb, ra];
      [ma, mb] = [mb, ma];
    }
    this.parent[rb] = ra;
    for (const [article, list] of mb) {
      const into = ma.get(article);
      if (into) into.push(...list);
      else ma.set(article, list);
    }
    this.grouped.set(ra, ma);
    this.grouped.delete(rb);
    return true;
  }
}

/** A sentence that states two claims ("On his first trip in 24 years, the leaders signed ...")
 * also supports, as an extra source, up to this many entries besides its own. */
const extraEntries = 2;

/**
 * Phrases shared by more candidates than this say nothing distinctive ("said on Wednesday").
 * A fixed bound, not a share of the corpus: pairs per list grow with its square, so the bound
 * keeps merging linear in the corpus, and a phrase in a dozen sentences is stock wording.
 */
export const commonLimit = 12;

const wordsOfItem = (item: string) => item.toLowerCase().split(/[\s,]+/).filter(Boolean);
/**
 * Whether two list items name one thing: the same words, or one's words all in the other's
 * with the same head noun ("toddler kits" and "infant and toddler kits", one outlet's shorter
 * list of the same supplies).
 */
export function sameItem(x: string, y: string): boolean {
  const [a, b] = [wordsOfItem(x), wordsOfItem(y)];
  if (a.join(' ') === b.join(' ')) return true;
  if (a.at(-1) !== b.at(-1)) return false;
  const [short, long] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return short.every((w) => long.has(w));
}

/** Pair key for two candidate indexes, a < b: a number, so millions of pairs stay cheap. */
const pairKey = (a: number, b: number) => a * 0x800000 + b;
const pairOf = (key: number) => [Math.floor(key / 0x800000), key % 0x800000] as const;

/** The list kept under `key` in `map`, made on first use. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  return map.get(key) ?? map.set(key, []).get(key)!;
}

/** Every pair of a list, in order (its first member before its second). */
function* pairsIn<T>(list: readonly T[]): Generator<[T, T]> {
  for (let p = 0; p < list.length; p++) for (let q = p + 1; q < list.length; q++) yield [list[p], list[q]];
}

/**
 * The candidates sharing each key (30-bit) of one list, for keys shared by 2 to `limit` of them,
 * ascending. Sorting (key, candidate) numbers in one typed array needs a tenth of the memory
 * of a map of arrays: on a 10,000-article archive, some 100 MB instead of 600.
 */
function* sharingKey(keys: (PackedKeys | undefined)[], list: KeyList, limit: number): Generator<number[]> {
  if (keys.length > 0x800000) throw new Error(`merge: ${keys.length} candidates is more than the ${0x800000} the index holds; extract the archive in parts`);
  let total = 0;
  for (const k of keys) if (k) total += keyList(k, list).length;
  const entries = new Float64Array(total);
  let n = 0;
  keys.forEach((k, i) => {
    if (k) for (const key of keyList(k, list)) entries[n++] = key * 0x800000 + i;
  });
  entries.sort();
  for (let start = 0; start < n; ) {
    const key = Math.floor(entries[start] / 0x800000);
    let end = start + 1;
    while (end < n && Math.floor(entries[end] / 0x800000) === key) end++;
    if (end - start >= 2 && end - start <= limit) yield Array.from(entries.subarray(start, end), (e) => e % 0x800000);
    start = end;
  }
}

/** For each pair of candidates in one list (kept by `keep`), the number of lists they share; pairs ascending. */
function* countPairs(lists: Iterable<number[]>, keep: (a: number, b: number) => boolean): Generator<[pair: number, count: number]> {
  // Millions of pairs on a large archive: a typed buffer, doubled as needed, sorted in place.
  // It starts small: this runs once per fortnight of the archive, and most hold a few pairs.
  let pairs = new Float64Array(1 << 10);
  let n = 0;
  for (const list of lists)
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        if (!keep(list[x], list[y])) continue;
        if (n === pairs.length) {
          const grown = new Float64Array(n * 2);
          grown.set(pairs);
          pairs = grown;
        }
        pairs[n++] = pairKey(list[x], list[y]);
      }
  const sorted = pairs.subarray(0, n).sort();
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    yield [sorted[start], end - start];
    start = end;
  }
}

const meet = (x: Int32Array, y: Int32Array) => !x.length || !y.length || shared(x, y) > 0;

/**
 * Whether two sentences name one person: as people of both, or as a person of one and a bare name
 * in the other ("Putin" in a one-line wire item where no full name says who he is).
 */
const namesSamePerson = (x: PackedKeys, y: PackedKeys) =>
  shared(keyList(x, 'people'), keyList(y, 'people')) + shared(keyList(x, 'people'), keyList(y, 'names')) + shared(keyList(x, 'names'), keyList(y, 'people')) > 0;

/** A sentence that names no one and nothing: alike in any story ("They lasted an hour and a half", "50 people were killed"). */
const isGeneric = (k: PackedKeys) => !keyList(k, 'people').length && !keyList(k, 'names').length;

/** Two sentences that each name people, or places and bodies, but none in common tell of different things. */
const sameSubjects = (x: PackedKeys, y: PackedKeys) => meet(keyList(x, 'people'), keyList(y, 'people')) && meetNames(keyList(x, 'names'), keyList(y, 'names'));
/** Names meet when they share one, or two when each sentence names several (one shared word of six is a coincidence). */
const meetNames = (x: Int32Array, y: Int32Array) => !x.length || !y.length || shared(x, y) >= (Math.min(x.length, y.length) >= 5 ? 2 : 1);

/**
 * Candidates by fortnight of their article's date, in two overlapping sets (fortnights starting a
 * week apart), so two articles at most a week apart always share one; undated ones together.
 */
function timeBuckets(days: Float64Array): number[][] {
  const buckets = new Map<string, number[]>();
  days.forEach((day, i) => {
    const names = Number.isNaN(day) ? ['u'] : [`a${Math.floor(day / 14)}`, `b${Math.floor((day + 7) / 14)}`];
    for (const name of names) listIn(buckets, name).push(i);
  });
  return [...buckets.keys()].sort().map((name) => buckets.get(name)!);
}

/** Group candidates that state the same claim. Groups come out in a stable order. */
/**
 * Articles published further apart than this many days tell of different events, unless they
 * carry the very same sentence. One event's coverage comes within days, while an archive spans
 * years of look-alike sentences ("At the meeting, the two leaders vowed ...") that would
 * otherwise chain into one entry.
 */
export const sameEventDays = 7;

/** A follow-up (same speaker, same figure, same words about it) joins its entry within this many days: a story's later reports, not next year's look-alike. */
export const followUpDays = 45;

/** `published`: each article's publication date (ISO), by slug; articles without one are never kept apart by time. */
export function mergeAcrossOutlets(candidates: Candidate[], published: ReadonlyMap<string, string> = new Map()): Candidate[][] {
  const clusters = new ArticleClusters(candidates);
  const days = Float64Array.from(candidates, (c) => {
    const date = published.get(c.article);
    return date ? Date.parse(date) / 86_400_000 : NaN;
  });
  // (NaN, an unknown date, compares false: never too far.)
  const sameTime = (a: number, b: number) => !(Math.abs(days[a] - days[b]) > sameEventDays);
  const byMember = new Map<string, number[]>();
  const genericCopies: [number, number][] = [];
  const bySignature = new Map<number, number>();
  const keys = candidates.map((c, i) => {
    // One person on one delegation is one claim, however many articles list them (within the
    // days of one event: the same minister on next year's delegation is another claim).
    if (c.member) {
      const firsts = listIn(byMember, c.member.key);
      const first = firsts.find((f) => sameTime(f, i));
      if (first === undefined) firsts.push(i);
      else clusters.union(first, i);
      return undefined;
    }
    if (!c.keys) throw new Error(`${c.article}: candidate "${c.quote.slice(0, 60)}" has no matching keys; analyse it with analyseArticle`);
    const packed = packKeys(c.keys);
    // The same sentence in several articles (wire copy) is one claim, however common its phrases;
    // a sentence that names nothing ("The negotiations lasted for an hour and a half") is one claim
    // only between articles that tell the same story (see `generic` below).
    const signature = keySignature(packed);
    if (signature && !c.item) {
      const first = bySignature.get(signature);
      if (first === undefined) bySignature.set(signature, i);
      else if (isGeneric(packed)) genericCopies.push([first, i]);
      else clusters.union(first, i);
    }
    return packed;
  });
  const keysOf = (i: number) => keys[i]!;
  /** Content words two sentences share, leaving out the words of their figures ("years", "drones"). */
  const figureAgreement = (a: number, b: number) =>
    shared(keyList(keysOf(a), 'plainTerms'), keyList(keysOf(b), 'plainTerms'), keyList(keysOf(a), 'figureWords'), keyList(keysOf(b), 'figureWords'));
  /** Whether `agreeing` shared words are two or more and half of the shorter sentence's plain words. */
  const mostWordsAgree = (agreeing: number, a: number, b: number) =>
    agreeing >= 2 && agreeing >= Math.min(keyList(keysOf(a), 'plainTerms').length, keyList(keysOf(b), 'plainTerms').length) * 0.5;
  /** For one speaker's two statements: the content words they share when most agree, else 0. */
  const sameStatement = (a: number, b: number) => {
    const agreeing = figureAgreement(a, b);
    return mostWordsAgree(agreeing, a, b) ? agreeing : 0;
  };
  const sameArticle = (a: number, b: number) => candidates[a].article === candidates[b].article;
  /** Two sentences share most of their plain words (what they say, not the names in them). */
  const sameSaying = (a: number, b: number) => mostWordsAgree(shared(keyList(keysOf(a), 'plainTerms'), keyList(keysOf(b), 'plainTerms')), a, b);
  // Two items of one list, or items of two lists that differ, are different claims.
  // One item of a list and a sentence that does not name it are different claims too ("flooding
  // across Benghazi" is not "Storm Daniel made landfall over northeastern Libya").
  // So are the claims of one sentence split in two ("… resulted in 5,000 deaths and displaced 34,000 people").
  const otherItems = (a: number, b: number) => {
    if (sameArticle(a, b) && candidates[a].quote === candidates[b].quote) return true;
    const [x, y] = [candidates[a].item, candidates[b].item];
    if (x === undefined && y === undefined) return false;
    if (x !== undefined && y !== undefined) return !sameItem(x, y);
    const [item, other] = x !== undefined ? [x, candidates[b].quote] : [y!, candidates[a].quote];
    return !other.toLowerCase().includes(item.toLowerCase());
  };

  // A description the article did not resolve to a name ("The Russian president") is no speaker to
  // tell apart from a named one: it may well be the same person.
  const speakerKey = candidates.map((c) => (c.attribution?.speaker && !isMedium(c.attribution.speaker) && !/^(?:the|a|an)\s/i.test(c.attribution.speaker) ? nameKey(c.attribution.speaker) : ''));
  // One subject, two things that happened to it: "The negotiations between Putin and Kim have now
  // ended" / "… lasted more than an hour and a half". Their shared phrases name the subject only;
  // such a link still shows the two articles tell one story (below), but joins nothing.
  const otherEvents = (a: number, b: number) =>
    shared(keyList(keysOf(a), 'heads'), keyList(keysOf(b), 'heads')) > 0 && keyList(keysOf(a), 'frames').length > 0 && keyList(keysOf(b), 'frames').length > 0 && !shared(keyList(keysOf(a), 'frames'), keyList(keysOf(b), 'frames'));
  // Links, each with a strength (shared distinctive phrases or words); the strongest join first,
  // so a sentence's true counterpart in another article takes that article's place in the cluster
  // before a looser match can.
  const found = new Map<number, number>();
  const link = (a: number, b: number, strength: number) => {
    const key = a < b ? pairKey(a, b) : pairKey(b, a);
    if ((found.get(key) ?? 0) < strength) found.set(key, strength);
  };
  const alikeInArticle = new Set<number>();
  // How common a key is, is counted among the articles of the same fortnight (two overlapping
  // sets of fortnights, so any two articles a week apart share one): articles about other times
  // never decide which pair of this event's sentences merges. Undated articles form their own set.
  for (const members of timeBuckets(days)) {
    const local = members.map((i) => keys[i]);
    const at = (j: number) => members[j];
    for (const [key, count] of countPairs(sharingKey(local, 'shingles', commonLimit), () => true)) {
      const [a, b] = pairOf(key).map(at);
      if (otherItems(a, b)) continue;
      // Within one article only near-repeats merge (a live blog restating a quote): most of the
      // shorter sentence's phrases, not just a long name both use ("Treaty on Comprehensive
      // Strategic Partnership between Moscow and Pyongyang" alone is five phrases).
      if (sameArticle(a, b)) {
        // …and what they say agrees, not only whom they name ("Russian President Vladimir Putin
        // and North Korean leader Kim Jong-un have signed …" / "… have laid flowers …").
        // (A lede and the quote it paraphrases, both the same named speaker's, agree on less: two
        // words in five, "hailed … consistent and unwavering support" / "We highly appreciate your
        // consistent and unwavering support".)
        const sameVoice = speakerKey[a] !== '' && speakerKey[a] === speakerKey[b];
        const plain = shared(keyList(keysOf(a), 'plainTerms'), keyList(keysOf(b), 'plainTerms'));
        if (!sameSaying(a, b) && !(sameVoice && plain >= 3 && plain >= Math.min(keyList(keysOf(a), 'plainTerms').length, keyList(keysOf(b), 'plainTerms').length) * 0.4)) continue;
        const shorter = Math.min(keyList(keysOf(a), 'shingles').length, keyList(keysOf(b), 'shingles').length);
        if (count >= 4 && count >= shorter * 0.5) clusters.union(a, b);
        else if (count >= 2) alikeInArticle.add(a < b ? pairKey(a, b) : pairKey(b, a));
      } else if (count >= 3 || (count === 2 && shared(keyList(keysOf(a), 'plainTerms'), keyList(keysOf(b), 'plainTerms')) >= 2)) link(a, b, count);
    }
    for (const localList of sharingKey(local, 'figures', commonLimit)) {
      for (const [a, b] of pairsIn(localList.map(at))) {
        if (sameArticle(a, b) || otherItems(a, b)) continue;
        // The figure's own words ("years", "drones") do not count as agreement on what it measures.
        const agreeing = figureAgreement(a, b);
        if (agreeing) link(a, b, 1 + agreeing);
      }
    }
    // Two outlets telling one event with the same subject and verb ("The talks … have concluded",
    // "The negotiations … have now ended"), naming the same people or things besides.
    for (const localList of sharingKey(local, 'frames', commonLimit)) {
      for (const [a, b] of pairsIn(localList.map(at))) {
        if (sameArticle(a, b) || otherItems(a, b)) continue;
        // …and never two counts: "fired at least 12 missiles" is not "fired at least 22 missiles".
        const [fa, fb] = [keyList(keysOf(a), 'figures'), keyList(keysOf(b), 'figures')];
        if (fa.length && fb.length && !shared(fa, fb)) continue;
        if (shared(keyList(keysOf(a), 'terms'), keyList(keysOf(b), 'terms')) >= 3) link(a, b, 2);
      }
    }
    // Two outlets telling the same event in their own words share its rare words ("Aurus",
    // "gifted"/"gave", "February") rather than phrases: merge when those dominate both sentences.
    for (const [key, count] of countPairs(sharingKey(local, 'terms', 4), (a, b) => !sameArticle(at(a), at(b)) && !otherItems(at(a), at(b)))) {
      if (count < 2) continue;
      const [a, b] = pairOf(key).map(at);
      const [x, y] = [keyList(keysOf(a), 'terms'), keyList(keysOf(b), 'terms')];
      // Words alone never join two sentences whose figures all differ ("an initial $1 million" /
      // "has provided $12 million"): those are two amounts, unless the phrasing itself agrees.
      const [fa, fb] = [keyList(keysOf(a), 'figures'), keyList(keysOf(b), 'figures')];
      if (fa.length && fb.length && !shared(fa, fb)) continue;
      if (shared(x, y) / Math.min(x.length, y.length) >= 0.4) link(a, b, count);
    }
  }
  const alike = (i: number, j: number) => i === j || clusters.find(i) === clusters.find(j) || alikeInArticle.has(i < j ? pairKey(i, j) : pairKey(j, i));
  // One speaker telling the same thing to several outlets in their own words ("I hope the next one
  // will be held in Moscow" / "he hopes Kim will visit Moscow for their next meeting"): the same
  // person's statements within the days of one event that share what they are about (two content words, half of the shorter).
  // Each candidate's speaker, folded ('' for none or a news medium): what joins these links and
  // keeps two speakers' statements apart below.
  const bySpeaker = new Map<string, number[]>();
  speakerKey.forEach((key, i) => {
    if (keys[i] && key) listIn(bySpeaker, key).push(i);
  });
  for (const list of bySpeaker.values()) {
    // By day, so each statement is compared only with those of the same days (a bound set by time, not corpus size).
    const byDay = [...list].sort((a, b) => (days[a] || 0) - (days[b] || 0) || a - b);
    for (let p = 0; p < byDay.length; p++)
      for (let q = p + 1; q < byDay.length && !((days[byDay[q]] || 0) - (days[byDay[p]] || 0) > sameEventDays); q++) {
        const [a, b] = [byDay[p], byDay[q]];
        if (sameArticle(a, b) || otherItems(a, b)) continue;
        const agreeing = sameStatement(a, b);
        if (agreeing) link(a, b, agreeing);
      }
  }
  // One item of one list reported by two outlets ("Additional meals are in transit" in two FEMA
  // releases): the same item, in sentences that say the same of it. Short item claims share too
  // few phrases for the links above, and an item is usually named by few sentences.
  const byItem = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (c.item && keys[i]) {
      // Grouped by the item's head noun, so that "toddler kits" meets "infant and toddler kits".
      listIn(byItem, wordsOfItem(c.item).at(-1)!).push(i);
    }
  });
  for (const list of byItem.values()) {
    if (list.length > commonLimit) continue;
    for (const [a, b] of pairsIn(list)) {
      if (sameArticle(a, b) || !sameTime(a, b) || !sameItem(candidates[a].item!, candidates[b].item!)) continue;
      const [x, y] = [keyList(keysOf(a), 'terms'), keyList(keysOf(b), 'terms')];
      if (shared(x, y) / Math.min(x.length, y.length) >= 0.6) link(a, b, 2);
    }
  }
  // A follow-up weeks later (the air force's "19 out of 21 drones" quoted again in a later report):
  // the same speaker with the same figure saying the same of it joins the entry within
  // `followUpDays`; the week's limit is for look-alike sentences, not for these.
  const followUps = new Set<number>();
  const bySpeakerFigure = new Map<string, number[]>();
  speakerKey.forEach((speaker, i) => {
    if (!speaker || !keys[i]) return;
    for (const figure of keyList(keys[i], 'figures')) listIn(bySpeakerFigure, `${speaker}\u0000${figure}`).push(i);
  });
  for (const list of bySpeakerFigure.values()) {
    if (list.length > commonLimit) continue;
    for (const [a, b] of pairsIn(list)) {
      if (sameArticle(a, b) || otherItems(a, b) || sameTime(a, b) || Math.abs(days[a] - days[b]) > followUpDays) continue;
      const agreeing = sameStatement(a, b);
      if (agreeing) {
        link(a, b, agreeing + 1);
        followUps.add(pairKey(a, b));
      }
    }
  }
  const links: { a: number; b: number; strength: number }[] = [...found].map(([key, strength]) => {
    const [a, b] = pairOf(key);
    return { a, b, strength };
  });
  // Copies of a generic sentence join like the strongest links, under the same-story condition below.
  for (const [a, b] of genericCopies) if (!sameArticle(a, b)) links.push({ a: Math.min(a, b), b: Math.max(a, b), strength: Number.MAX_SAFE_INTEGER });
  links.sort((l, m) => m.strength - l.strength || l.a - m.a || l.b - m.b);
  // Which pairs of articles tell the same story: they share a link between sentences that name the
  // same person. A generic sentence ("The negotiations lasted for an hour and a half") joins another
  // article's only across such a pair: said of two summits the same week, it is two claims.
  const generic = keys.map((k) => k !== undefined && isGeneric(k));
  const articlePair = (a: number, b: number) => {
    const [x, y] = [candidates[a].article, candidates[b].article];
    return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
  };
  const storyLinks = new Set<string>();
  const storyNeighbours = new Map<string, Set<string>>();
  for (const { a, b } of links)
    if (!generic[a] && !generic[b] && !sameArticle(a, b) && sameTime(a, b) && sameSubjects(keysOf(a), keysOf(b)) && namesSamePerson(keysOf(a), keysOf(b))) {
      storyLinks.add(articlePair(a, b));
      for (const [x, y] of [[a, b], [b, a]]) (storyNeighbours.get(candidates[x].article) ?? storyNeighbours.set(candidates[x].article, new Set()).get(candidates[x].article)!).add(candidates[y].article);
    }
  // Directly, or through a third article both tell the story with (two outlets that each match a wire report).
  const sameStory = (a: number, b: number) => {
    if (storyLinks.has(articlePair(a, b))) return true;
    const [x, y] = [storyNeighbours.get(candidates[a].article), storyNeighbours.get(candidates[b].article)];
    return Boolean(x && y && [...x].some((z) => y.has(z)));
  };
  // Two statements by different speakers are different claims (a governor's "all five drones" is
  // not the air force's "19 out of 21"); wire copies of one sentence were joined above.
  const otherSpeakers = (a: number, b: number) => speakerKey[a] !== '' && speakerKey[b] !== '' && speakerKey[a] !== speakerKey[b];
  // Likewise two sentences whose subjects name different bodies or places: "The European Union is
  // sending search and rescue teams" is not "U.S. search and rescue teams are on the ground".
  const otherSubjects = (a: number, b: number) => {
    const [x, y] = [keyList(keysOf(a), 'subjects'), keyList(keysOf(b), 'subjects')];
    return x.length > 0 && y.length > 0 && !shared(x, y);
  };
  const rejected: typeof links = [];
  for (const { a, b } of links) {
    const followUp = followUps.has(pairKey(a, b));
    if (!sameSubjects(keysOf(a), keysOf(b)) || !(followUp || sameTime(a, b)) || otherSpeakers(a, b) || otherSubjects(a, b) || otherEvents(a, b)) continue;
    if ((generic[a] || generic[b]) && !sameStory(a, b)) continue;
    // An entry stays about the people, places and days of its first sentence (its cluster's
    // root): loose links must not walk a chain of look-alike sentences over to other events.
    const [ra, rb] = [clusters.find(a), clusters.find(b)];
    if (ra !== rb && !(sameSubjects(keysOf(a), keysOf(rb)) && sameSubjects(keysOf(b), keysOf(ra)) && !otherSubjects(a, rb) && !otherSubjects(b, ra) && (followUp || (sameTime(a, rb) && sameTime(b, ra))))) continue;
    if (!clusters.union(a, b, alike)) rejected.push({ a, b, strength: 0 });
  }

  // A link refused because both clusters hold other sentences of one article may still show a
  // sentence backing a second claim: it joins the other entry as an extra source, without
  // joining the clusters (so nothing chains through it).
  const extras = new Map<number, Set<number>>();
  const extraCount = new Map<number, number>();
  const addExtra = (i: number, into: number) => {
    const root = clusters.find(into);
    if (clusters.has(root, candidates[i].article) || (extraCount.get(i) ?? 0) >= extraEntries) return;
    // It must say something of the entry's claim (three words, or its figure), not only name its people ("Russian President
    // Vladimir Putin and North Korean leader Kim Jong-un held a summit …" backs no claim of theirs).
    const says = (m: number) => shared(keyList(keysOf(i), 'plainTerms'), keyList(keysOf(m), 'plainTerms')) >= 3 || shared(keyList(keysOf(i), 'figures'), keyList(keysOf(m), 'figures')) > 0;
    if (!clusters.members(root).some((m) => keys[m] !== undefined && says(m))) return;
    const set = extras.get(root) ?? extras.set(root, new Set()).get(root)!;
    if (set.has(i)) return;
    set.add(i);
    extraCount.set(i, (extraCount.get(i) ?? 0) + 1);
  };
  // Of the two, the longer sentence is the one that can state both claims.
  for (const { a, b } of rejected) {
    const [ta, tb] = [keyList(keysOf(a), 'terms').length, keyList(keysOf(b), 'terms').length];
    if (ta > tb) addExtra(a, b);
    else if (tb > ta) addExtra(b, a);
  }

  const groups = new Map<number, number[]>();
  candidates.forEach((_, i) => {
    const root = clusters.find(i);
    listIn(groups, root).push(i);
  });
  return [...groups].map(([root, members]) => {
    const extra = extras.get(root);
    return (extra ? [...members, ...extra].sort((x, y) => x - y) : members).map((i) => candidates[i]);
  });
}
