/**
 * Deterministic benchmark corpora built from the seed articles' real text.
 *
 * A corpus is a sequence of *stories*. Each story takes one seed article as its spine (a
 * subset of its paragraphs in order, topped up from another seed to about the seeds' average
 * length) and rewrites it so it reports a different event: every proper noun becomes a
 * generated name or place, every figure a different figure, dates move, and a share of the
 * ordinary content words is swapped for other words of the same kind from the seeds'
 * vocabulary (otherwise 4,000 stories would all share the seeds' phrases and merge into one).
 * Each story is then published by 1–4 outlets, each with light wording changes (dropped
 * paragraphs, synonyms news uses interchangeably, its own headline and byline), which is what
 * the pipeline should merge across outlets.
 *
 * Everything derives from a hash of (seed, story, token), so corpus N is a prefix of corpus
 * N+1: "add one article" is article N of the N+1 corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stopwords } from '../pipeline/text.ts';

export interface BenchArticle {
  /** File stem, e.g. `a00042`. */
  name: string;
  story: number;
  text: string;
  meta: { title: string; outlet: string; author: string; published: string };
}

interface SeedArticle {
  blocks: string[];
  title: string;
}

/** cyrb53: a fast, well-mixed 53-bit string hash; the generator's only source of randomness. */
function hash(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A uniform number in [0, 1) fixed by its key. */
const unit = (key: string, seed: number) => hash(key, seed) / 2 ** 53;
const pick = <T>(list: readonly T[], key: string, seed: number): T => list[Math.floor(unit(key, seed) * list.length)];

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Syllables for names that read like people and places from many languages without being real ones.
const onsets = ['b', 'br', 'd', 'dr', 'f', 'g', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'v', 'z', 'sh', 'ch', 'j', 'w', 'y'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia', 'ea'];
const codas = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'v', 'sk', 'nd', 'rt'];
const placeEndings = ['grad', 'burg', 'ville', 'stan', 'ia', 'ford', 'port', 'haven', 'dal', 'mere', 'ova', 'pur'];
const outletNouns = ['Herald', 'Times', 'Post', 'Gazette', 'Chronicle', 'Tribune', 'Observer', 'Courier', 'Ledger', 'Monitor', 'Record', 'Sentinel', 'Dispatch', 'Express', 'Journal', 'News'];

function coinWord(key: string, seed: number, syllables: number): string {
  let word = '';
  for (let s = 0; s < syllables; s++)
    word += pick(onsets, `${key}/o${s}`, seed) + pick(vowels, `${key}/v${s}`, seed) + (s === syllables - 1 ? pick(codas, `${key}/c`, seed) : '');
  return word[0].toUpperCase() + word.slice(1);
}

const personName = (key: string, seed: number) => `${coinWord(`${key}/first`, seed, 2)} ${coinWord(`${key}/last`, seed, 2 + Math.floor(unit(`${key}/n`, seed) * 2))}`;
const placeName = (key: string, seed: number) => coinWord(key, seed, 1 + Math.floor(unit(`${key}/n`, seed) * 2)) + pick(placeEndings, `${key}/e`, seed);

/** Words the pipeline's rules key on (attribution, roles, fact verbs): kept so articles still read as news. */
const keepWords = new Set(
  ('said says told added stressed insisted noted wrote stated announced claimed revealed explained warned declared confirmed denied ' +
    'reported reports according quoted highlighted recalled argued admitted signed visit visited visits trip talks meeting met held ' +
    'delegation president minister deputy leader leaders prime foreign defence defense ambassador spokesperson spokesman spokeswoman ' +
    'mayor governor chancellor secretary state head general chief official officials agency media news premier king queen ' +
    'treaty agreement accord pact gave gifted presented received arrived launched fired killed injured attack attacks drone drones ' +
    'missile missiles percent cent million billion thousand hundred years year months month weeks week days hours minutes ' +
    'first second third time times people country countries government army military war').split(' '),
);

/** The shape of a word, so a replacement keeps the sentence's grammar (-ing for -ing, plural for plural). */
function wordClass(word: string): string {
  for (const suffix of ['ing', 'tion', 'sion', 'ed', 'ly', 'ness', 'ment', 'al', 'ive', 'ous', 'es', 's', 'er']) if (word.endsWith(suffix)) return suffix;
  return 'base';
}

export interface CorpusSource {
  seeds: SeedArticle[];
  /** Capitalised words that name someone or somewhere (never seen in lower case mid-sentence). */
  properNouns: Set<string>;
  /** Seed vocabulary by word class, for content-word swaps. */
  vocabulary: Map<string, string[]>;
}

export function loadSource(seedsDir: string): CorpusSource {
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  if (!files.length) throw new Error(`${seedsDir}: no .txt seed articles. The corpus generator builds on them; run from the project root.`);
  const seeds: SeedArticle[] = files.map((f) => {
    const text = fs.readFileSync(path.join(seedsDir, f), 'utf8').replace(/\r\n?/g, '\n');
    const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    const sidecar = path.join(seedsDir, f.replace(/\.txt$/, '.yml'));
    const title = fs.existsSync(sidecar) ? (/^title:\s*"?(.*?)"?\s*$/m.exec(fs.readFileSync(sidecar, 'utf8'))?.[1] ?? blocks[0]) : blocks[0];
    return { blocks, title };
  });
  const all = seeds.flatMap((s) => s.blocks).join('\n');
  const lower = new Set<string>();
  const capitalisedMid = new Set<string>();
  for (const m of all.matchAll(/(^|[\s"“‘(])([\p{L}][\p{L}]*)/gmu)) {
    const word = m[2];
    if (/^\p{Ll}/u.test(word)) lower.add(word);
  }
  // Mid-sentence capitals: preceded on the same line by anything but a sentence's end.
  for (const m of all.matchAll(/(?<=[^\s.!?:"“‘] +)([\p{Lu}][\p{L}]+)/gu)) capitalisedMid.add(m[1]);
  const properNouns = new Set([...capitalisedMid].filter((w) => !lower.has(w.toLowerCase()) && !months.includes(w) && !weekdays.includes(w)));
  const vocabulary = new Map<string, string[]>();
  for (const w of [...lower].sort()) {
    if (w.length < 4 || keepWords.has(w) || stopwords.has(w)) continue;
    const c = wordClass(w);
    (vocabulary.get(c) ?? vocabulary.set(c, []).get(c)!).push(w);
  }
  return { seeds, properNouns, vocabulary };
}

/** Share of a story's ordinary content words that are swapped (per word, consistently within the story). */
const contentSwapShare = 0.6;
/** A few words outlets use interchangeably (the pipeline's merge knows these too). */
const outletSynonyms: Record<string, string[]> = {
  visit: ['visit', 'trip'],
  talks: ['talks', 'negotiations'],
  agreement: ['agreement', 'accord', 'pact'],
  gave: ['gave', 'presented'],
  said: ['said', 'said', 'stated'],
};

interface Story {
  index: number;
  date: Date;
  blocks: string[];
  title: string;
}

function rewrite(text: string, story: number, date: Date, source: CorpusSource, seed: number): string {
  const key = (t: string) => `s${story}/${t}`;
  const year = date.getUTCFullYear();
  const day = (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  return text.replace(/\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}:\d\d|\d[\d,.]*\d|\d|[\p{L}][\p{L}]*/gu, (token, offset: number) => {
    if (token.includes('/')) return day(date);
    if (token.includes(':')) {
      const minutes = Math.floor(unit(key(`t${token}`), seed) * 1440);
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    }
    if (/^\d\d?$/.test(token) && (new RegExp(`^(?:st|nd|rd|th)? (?:${months.join('|')})`).test(text.slice(offset + token.length)) || new RegExp(`(?:${months.join('|')}) $`).test(text.slice(Math.max(0, offset - 10), offset))))
      return String(1 + Math.floor(unit(key(`d${token}`), seed) * 28));
    if (/^\d/.test(token)) {
      if (/^(?:19|20)\d\d$/.test(token)) return String(year - Math.floor(unit(key(`y${token}`), seed) * (Number(token) >= 2020 ? 2 : 30)));
      // Same number of digits, same separators: magnitudes stay newsy, figures differ per story.
      let n = 0;
      return token.replace(/\d/g, (d) => {
        const r = Math.floor(unit(key(`${token}#${n++}`), seed) * 10);
        return n === 1 && token.length > 1 ? String(1 + (r % 9)) : String(r);
      });
    }
    const monthIndex = months.indexOf(token);
    if (monthIndex >= 0) return months[(monthIndex + date.getUTCMonth() + 6) % 12];
    const dayIndex = weekdays.indexOf(token);
    if (dayIndex >= 0) return weekdays[(dayIndex + date.getUTCDay()) % 7];
    // Shouted headings ("MORE ON PUTIN'S RUSSIA") use the same names, in capitals.
    const capitalised = token.length > 1 && token === token.toUpperCase() ? token[0] + token.slice(1).toLowerCase() : undefined;
    if (capitalised && source.properNouns.has(capitalised)) return rewrite(capitalised, story, date, source, seed).toUpperCase();
    if (source.properNouns.has(token)) {
      // Names followed by another capitalised word are people's first names; others alternate person/place.
      const next = text.slice(offset + token.length, offset + token.length + 2);
      return /^ \p{Lu}/u.test(next) || unit(key(`kind/${token}`), seed) < 0.5 ? personName(key(token), seed).split(' ')[/^ \p{Lu}/u.test(next) ? 0 : 1] : placeName(key(token), seed);
    }
    const lower = token.toLowerCase();
    if (lower.length < 4 || keepWords.has(lower) || stopwords.has(lower) || unit(key(`swap/${lower}`), seed) >= contentSwapShare) return token;
    const pool = source.vocabulary.get(wordClass(lower));
    if (!pool?.length) return token;
    const replacement = pick(pool, key(`with/${lower}`), seed);
    return token[0] === token[0].toUpperCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
  });
}

function makeStory(index: number, source: CorpusSource, seed: number, targetBytes: number): Story {
  const spine = source.seeds[hash(`spine${index}`, seed) % source.seeds.length];
  const extra = source.seeds[hash(`extra${index}`, seed) % source.seeds.length];
  const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(unit(`date${index}`, seed) * 3650) * 86400000);
  // Story length varies around the seeds' average, like real articles.
  const target = targetBytes * (0.6 + 0.8 * unit(`len${index}`, seed));
  const chosen: string[] = [];
  let size = 0;
  const take = (blocks: string[], share: number, tag: string) => {
    for (let b = 0; b < blocks.length && size < target; b++)
      if (unit(`${tag}${index}/${b}`, seed) < share) {
        chosen.push(blocks[b]);
        size += blocks[b].length + 2;
      }
  };
  const spineSize = spine.blocks.reduce((s, b) => s + b.length + 2, 0);
  take(spine.blocks, Math.min(1, target / spineSize + 0.1), 'keep');
  if (size < target) take(extra.blocks, 1, 'top');
  const blocks = chosen.map((b) => rewrite(b, index, date, source, seed));
  return { index, date, blocks, title: rewrite(spine.title, index, date, source, seed) };
}

/** How many outlets carry a story: most are carried by one or two, some by three or four. */
function outletCount(story: number, seed: number): number {
  const r = unit(`outlets${story}`, seed);
  return r < 0.4 ? 1 : r < 0.7 ? 2 : r < 0.9 ? 3 : 4;
}

function outletName(n: number, seed: number): string {
  return `The ${placeName(`outlet${n}`, seed)} ${pick(outletNouns, `outletnoun${n}`, seed)}`;
}

function render(story: Story, version: number, seed: number): { text: string; meta: BenchArticle['meta'] } {
  const key = `s${story.index}v${version}`;
  const outlet = outletName(hash(key, seed) % 300, seed);
  const author = personName(`author/${key}`, seed);
  const published = new Date(story.date.getTime() + (version > 0 && unit(`${key}/late`, seed) < 0.3 ? 86400000 : 0)).toISOString().slice(0, 10);
  // Later outlets drop some paragraphs and use their own synonyms; the first prints the story whole.
  const blocks = story.blocks
    .filter((_, b) => version === 0 || b === 0 || unit(`${key}/drop${b}`, seed) >= 0.15)
    .map((block, b) =>
      version === 0
        ? block
        : block.replace(/\b(visit|talks|agreement|gave|said)\b/g, (w, _m, at: number) => pick(outletSynonyms[w], `${key}/${b}/${at}`, seed)),
    );
  const title = version === 0 ? story.title : `${pick(['', 'Live: ', 'Analysis: ', 'Update: '], `${key}/tp`, seed)}${story.title}`;
  const text = [title, `By ${author}`, `Published: ${published}`, ...blocks.slice(1)].join('\n\n') + '\n';
  return { text, meta: { title, outlet, author, published } };
}

/** The first `count` articles of the benchmark corpus for `seed`. */
export function* generateArticles(source: CorpusSource, count: number, seed = 1, targetBytes = 8500): Generator<BenchArticle> {
  let produced = 0;
  for (let story = 0; produced < count; story++) {
    const s = makeStory(story, source, seed, targetBytes);
    for (let v = 0; v < outletCount(story, seed) && produced < count; v++) {
      const { text, meta } = render(s, v, seed);
      yield { name: `a${String(produced).padStart(5, '0')}`, story, text, meta };
      produced++;
    }
  }
}

export function writeBenchArticle(dir: string, article: BenchArticle): void {
  fs.writeFileSync(path.join(dir, `${article.name}.txt`), article.text);
  // JSON strings are valid YAML scalars: no quoting surprises in generated titles.
  const m = article.meta;
  fs.writeFileSync(
    path.join(dir, `${article.name}.yml`),
    `title: ${JSON.stringify(m.title)}\noutlet: ${JSON.stringify(m.outlet)}\nauthor: ${JSON.stringify(m.author)}\npublished: ${m.published}\n`,
  );
}

export interface CorpusSummary {
  articles: number;
  stories: number;
  bytes: number;
  /** Article slug (file stem) → the story it tells: the ground truth for merging. */
  storyOf: Map<string, number>;
}

/** Writes the first `count` articles into `dir` (emptied first); returns what it wrote. */
export function writeCorpus(dir: string, source: CorpusSource, count: number, seed = 1): CorpusSummary {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const storyOf = new Map<string, number>();
  let bytes = 0;
  for (const article of generateArticles(source, count, seed)) {
    writeBenchArticle(dir, article);
    storyOf.set(article.name, article.story);
    bytes += Buffer.byteLength(article.text);
  }
  return { articles: count, stories: new Set(storyOf.values()).size, bytes, storyOf };
}

export interface MergeAudit {
  /** Entries whose sources come from more than one article. */
  multiArticle: number;
  /** Of those, entries whose articles tell different stories: merges the corpus says are wrong. */
  crossStory: number;
  /** Sources in the largest entry. */
  largestEntrySources: number;
}

/** Checks the entries in `claimsDir` against the corpus's stories (reads the `- article:` lines). */
export function auditMerges(claimsDir: string, storyOf: Map<string, number>): MergeAudit {
  const audit: MergeAudit = { multiArticle: 0, crossStory: 0, largestEntrySources: 0 };
  for (const file of fs.readdirSync(claimsDir)) {
    const articles = [...fs.readFileSync(path.join(claimsDir, file), 'utf8').matchAll(/^ {2}- article: '?([\w-]+)'?$/gm)].map((m) => m[1]);
    audit.largestEntrySources = Math.max(audit.largestEntrySources, articles.length);
    if (new Set(articles).size < 2) continue;
    audit.multiArticle++;
    if (new Set(articles.map((a) => storyOf.get(a))).size > 1) audit.crossStory++;
  }
  return audit;
}

/** Article `count` of the corpus: the one an editor adds to a corpus of `count` articles. */
export function nextArticle(source: CorpusSource, count: number, seed = 1): BenchArticle {
  let last: BenchArticle | undefined;
  for (const a of generateArticles(source, count + 1, seed)) last = a;
  return last!;
}
