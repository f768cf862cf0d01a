import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../scripts/pipeline/article/analyse.ts';
import type { Candidate } from '../../../scripts/pipeline/model.ts';
import { mergeAcrossOutlets } from '../../../scripts/pipeline/corpus/merge.ts';
import { unifyPeople } from '../../../scripts/pipeline/corpus/people.ts';
import { mergeDates } from '../../../scripts/pipeline/run/run.ts';
import { seedCandidates as candidatesOf, seedFiles, seedsDir } from '../helpers.ts';
import { toMarkdown } from '../../../scripts/eval/news-dev-article.ts';

const seedCandidates: Candidate[] = seedFiles.flatMap((name) => candidatesOf(name.slice(0, 3)));
const groupWith = (groups: Candidate[][], quote: RegExp) => groups.filter((g) => g.some((c) => quote.test(c.quote)));

/** One article's candidates, as if another outlet had published the article under `slug`. */
const republished = (slug: string, from: Candidate[]) => from.map((c) => ({ ...c, article: slug }));

describe('mergeAcrossOutlets', () => {
  const groups = mergeAcrossOutlets(seedCandidates);

  it('does not chain loosely related sentences into one entry', () => {
    // "Admired Pyongyang's transformation over the past 24 years" is not the first visit in 24 years.
    const [firstVisit] = groupWith(groups, /first visit to Pyongyang in 24 years/);
    expect(firstVisit.some((c) => /admired/.test(c.quote))).toBe(false);
    // No entry collects unrelated sentences: the largest holds at most one sentence per outlet and a few restatements.
    expect(Math.max(...groups.map((g) => g.length))).toBeLessThanOrEqual(8);
  });

  it('keeps look-alike reports of events months apart in separate entries, and merges them within days', () => {
    // Another report retelling article 002 sentence by sentence: look-alike, never identical.
    const name = seedFiles.find((f) => f.startsWith('002'))!;
    const retold = fs
      .readFileSync(path.join(seedsDir, name), 'utf8')
      .split('\n')
      .map((line) => (line.length > 80 ? `Officials recalled that ${line[0].toLowerCase()}${line.slice(1)}` : line))
      .join('\n');
    const original = seedCandidates.filter((c) => c.article.startsWith('002'));
    const lookalike = analyseArticle('seeds/retold.txt', Buffer.from(retold)).candidates;
    // Entries with sentences from both that are not word for word the same (a copy is one claim whenever it ran).
    const sharedEntries = (laterDate: string) =>
      mergeAcrossOutlets([...original, ...lookalike], new Map([[original[0].article, '2024-06-19'], [lookalike[0].article, laterDate]])).filter(
        (g) => new Set(g.map((c) => c.article)).size > 1 && new Set(g.map((c) => c.quote)).size > 1,
      ).length;
    expect(sharedEntries('2024-06-21')).toBeGreaterThan(5);
    expect(sharedEntries('2025-03-10')).toBe(0);
  });

  it('keeps apart one article’s sentences that only name the same two leaders (seed 001)', () => {
    // "Russian President Vladimir Putin and North Korean leader Kim Jong-un have laid flowers …" and
    // "… have signed a Treaty …" share a long name, not a claim; a summit sentence of 004 naming
    // both leaders must not glue them into one entry either.
    const [treaty] = groupWith(groups, /sealed back in 1961 and 2000/);
    expect(treaty.some((c) => /laid flowers/.test(c.quote))).toBe(false);
    expect(treaty.some((c) => /return visit to Moscow/.test(c.quote))).toBe(false);
    expect(treaty.filter((c) => c.article.startsWith('001'))).toHaveLength(1);
  });

  it('lets a sentence that states two claims support both entries', () => {
    const twoClaims = /On Putin's first trip to the state in 24 years, the two leaders/;
    expect(groupWith(groups, twoClaims).length).toBe(2);
  });

  it('merges wire copy carried by many outlets: stock phrases shared by all of them join nothing that one outlet keeps apart', () => {
    const wire = seedCandidates.filter((c) => c.article.startsWith('004'));
    const carried = Array.from({ length: 40 }, (_, i) => republished(`wire-${i}`, wire)).flat();
    const merged = mergeAcrossOutlets(carried);
    // Each claim (a sentence, or a delegation member) becomes one entry with all forty outlets,
    // holding the very sentences it holds when one outlet carries the copy.
    const sentences = (groups: Candidate[][]) => groups.map((g) => [...new Set(g.map((c) => c.order))].join(',')).sort();
    expect(sentences(merged)).toEqual(sentences(mergeAcrossOutlets(wire)));
    for (const group of merged) {
      expect(new Set(group.map((c) => c.article)).size).toBe(40);
      expect(group.length % 40).toBe(0);
    }
  });

  it('joins two outlets telling one event with the same subject and verb in their own words (seeds 000, 001)', () => {
    const [ended] = groupWith(groups, /negotiations between Putin and Kim have now ended/);
    expect(ended.some((c) => /have concluded in Pyongyang/.test(c.quote))).toBe(true);
  });

  it('puts a lede and the quote it paraphrases, both one speaker’s, in one entry (seed 002)', () => {
    const [hailed] = groupWith(groups, /Vladimir Putin has hailed North Korea's "consistent and unwavering/);
    expect(hailed.some((c) => /We highly appreciate your consistent and unwavering support/.test(c.quote))).toBe(true);
  });

  it('does not join two sentences on one shared phrase naming the story ("Putin’s trip to Pyongyang", seeds 000, 004)', () => {
    const [welcomed] = groupWith(groups, /has welcomed Putin’s trip to Pyongyang/);
    expect(welcomed.some((c) => /Blinken/.test(c.quote))).toBe(false);
    const [delegation] = groupWith(groups, /delegation includes high-ranking officials from a broader range/);
    expect(delegation.every((c) => /delegation/.test(c.quote))).toBe(true);
  });

  it('gives the same groups on every run', () => {
    const again = mergeAcrossOutlets([...seedCandidates]);
    expect(again.map((g) => g.map((c) => `${c.article}:${c.order}`))).toEqual(groups.map((g) => g.map((c) => `${c.article}:${c.order}`)));
  });
});

describe('follow-ups', () => {
  it('join the entry when the same speaker gives the same figure weeks later, and not months later', () => {
    // Article 000's air-force figure, reported again in a round-up ten days on.
    const original = seedCandidates.filter((c) => c.article.startsWith('000'));
    const figure = original.find((c) => /19 out of 21 drones/.test(c.quote))!;
    const later = analyseArticle(
      'seeds/roundup.txt',
      Buffer.from('Drone attacks over the past fortnight\n\nUkraine’s air defence systems destroyed 19 out of 21 drones that Russia launched overnight on June 19, Ukraine’s air force said in its weekly summary.\n'),
    ).candidates;
    const entryOf = (laterDate: string) =>
      groupWith(mergeAcrossOutlets([...original, ...later], new Map([[figure.article, '2024-06-19'], [later[0].article, laterDate]])), /19 out of 21 drones/);
    expect(entryOf('2024-06-29')).toHaveLength(1);
    expect(entryOf('2024-06-29')[0].map((c) => c.article).sort()).toEqual([figure.article, later[0].article].sort());
    expect(entryOf('2025-01-10')).toHaveLength(2);
  });
});

describe('generic sentences', () => {
  // "The negotiations lasted for an hour and a half." names no one and counts nothing countable:
  // the same words in a report of another summit that week are another claim.
  const name = seedFiles.find((f) => f.startsWith('001'))!;
  const text = fs.readFileSync(path.join(seedsDir, name), 'utf8');
  const original = seedCandidates.filter((c) => c.article.startsWith('001'));
  const generic = /^The negotiations lasted for an hour and a half\.$/;
  const dates = (other: string) => new Map([[original[0].article, '2024-06-19'], [other, '2024-06-21']]);
  const articlesOf = (groups: Candidate[][]) => groups.filter((g) => g.some((c) => generic.test(c.quote))).map((g) => new Set(g.map((c) => c.article)).size);

  it('join across outlets of the same story', () => {
    const copy = analyseArticle('seeds/other-outlet.txt', Buffer.from(text)).candidates;
    expect(articlesOf(mergeAcrossOutlets([...original, ...copy], dates(copy[0].article)))).toEqual([2]);
  });

  it('stay apart across stories, even in the same week', () => {
    const swaps: [RegExp, string][] = [
      [/Vladimir Putin/g, 'Alexander Lukashenko'], [/Putin/g, 'Lukashenko'], [/Kim Jong[- ]un/g, 'Xi Jinping'], [/Kim Tok[- ]hun/g, 'Li Qiang'], [/Choe Son[- ]hui/g, 'Wang Yi'], [/\bKim\b/g, 'Xi'],
      [/Sergey Ryabkov/g, 'Sergei Aleinik'], [/Dmitry Peskov/g, 'Natalia Eismont'], [/Peskov/g, 'Eismont'], [/Yu(?:ry|ri) Ushakov/g, 'Viktor Sheiman'], [/Ushakov/g, 'Sheiman'],
      [/Sergey Lavrov/g, 'Maxim Ryzhenkov'], [/Lavrov/g, 'Ryzhenkov'], [/Andrey Belousov/g, 'Viktor Khrenin'], [/Belousov/g, 'Khrenin'], [/Aleksandr Matsegora/g, 'Yuri Senko'], [/Matsegora/g, 'Senko'],
      [/Korean Central News Agency|KCNA/g, 'Xinhua'], [/Pyongyang/g, 'Beijing'], [/North Korean/g, 'Chinese'], [/North Korea|DPRK/g, 'China'], [/Russian/g, 'Belarusian'], [/Russia/g, 'Belarus'], [/Moscow/g, 'Minsk'], [/Korean/g, 'Chinese'], [/Korea/g, 'China'],
    ];
    const otherSummit = analyseArticle('seeds/other-summit.txt', Buffer.from(swaps.reduce((t, [from, to]) => t.replace(from, to), text))).candidates;
    expect(otherSummit.some((c) => generic.test(c.quote))).toBe(true);
    expect(articlesOf(mergeAcrossOutlets([...original, ...otherSummit], dates(otherSummit[0].article)))).toEqual([1, 1]);
  });
});

const newsDev = path.resolve(import.meta.dirname, '../../../../shared/eval/news-dev');
/** A news-dev text by its prefix, analysed as the Markdown article `npm run score:news-dev` makes of it. */
const newsDevAnalysis = (prefix: string) => {
  const name = fs.readdirSync(newsDev).find((n) => n.startsWith(prefix))!;
  return analyseArticle(`seeds/${name.replace(/\.txt$/, '.md')}`, Buffer.from(toMarkdown(fs.readFileSync(path.join(newsDev, name), 'utf8'))));
};
const newsDevCandidates = (prefix: string) => newsDevAnalysis(prefix).candidates;
/** News-dev texts merged as a run merges them: with their publication dates, people's names made one. */
const newsDevGroups = (prefixes: string[]) => {
  const analyses = prefixes.map(newsDevAnalysis);
  const published = new Map(analyses.map((a) => [a.article.slug, a.article.published!]));
  return mergeAcrossOutlets(unifyPeople(analyses.flatMap((a) => a.candidates), published), published);
};

describe.skipIf(!fs.existsSync(newsDev))('list items', () => {
  // news-dev 305 and 306: two FEMA releases a day apart list the supplies on their way, one of them shorter.
  const groups = fs.existsSync(newsDev) ? mergeAcrossOutlets([...newsDevCandidates('305'), ...newsDevCandidates('306')]) : [];
  const itemGroups = groups.filter((g) => g.some((c) => /in transit/.test(c.claim) && c.item));

  it('join when one outlet names the same thing more fully ("toddler kits", "infant and toddler kits")', () => {
    const kits = itemGroups.filter((g) => g.some((c) => /toddler kits/.test(c.item!)));
    expect(kits).toHaveLength(1);
    expect(new Set(kits[0].map((c) => c.article)).size).toBe(2);
  });

  it('stay apart from the other items of the list', () => {
    expect(itemGroups).toHaveLength(4);
    for (const g of itemGroups) expect(new Set(g.map((c) => c.item!.split(' ').at(-1))).size).toBe(1);
  });
});

describe.skipIf(!fs.existsSync(newsDev))('speakers', () => {
  it('take the full name the statements of that week are signed with ("Biden" → "Joseph R. Biden Jr.", news-dev 311–313)', () => {
    const candidates = unifyPeople(
      ['311', '312', '313'].flatMap((p) => newsDevCandidates(p)),
      new Map([['311', '2023-09-25'], ['312', '2023-09-25'], ['313', '2023-09-25']].map(([p, d]) => [newsDevCandidates(p)[0].article, d])),
    );
    const slate = candidates.find((c) => /\$200 million/.test(c.quote))!;
    expect(slate.attribution?.speaker).toBe('Joseph R. Biden Jr.');
  });

  it('leave a surname several people share as it is ("Kim" in the seeds)', () => {
    const seeds = unifyPeople(seedCandidates);
    expect(seeds.filter((c) => c.attribution?.speaker === 'Kim').length).toBe(seedCandidates.filter((c) => c.attribution?.speaker === 'Kim').length);
  });
});

describe.skipIf(!fs.existsSync(newsDev))('figures', () => {
  it('keep two amounts apart when only words agree: "an initial $1 million" is not "has provided $12 million" (news-dev 309, 310)', () => {
    const groups = mergeAcrossOutlets([...newsDevCandidates('309'), ...newsDevCandidates('310')]);
    // (The sentence states two claims, the $1 million and the teams it activated: two entries.)
    const withInitial = groupWith(groups, /initial \$1 million/);
    const [initial] = withInitial.filter((g) => g.some((c) => /initial \$1 million/.test(c.claim)));
    expect(initial.some((c) => /\$12 million/.test(c.quote))).toBe(false);
    // …and the fact sheet's "based in Tunis, Tunisia, and a Response Management Team" is no list of three places.
    expect(withInitial).toHaveLength(2);
    expect(withInitial.flat().every((c) => c.item === undefined)).toBe(true);
  });
});

describe.skipIf(!fs.existsSync(newsDev))('undated articles', () => {
  it('meet the reports of the days they state: the country page’s landfall is the press release’s (news-dev 308, 309)', () => {
    const analyses = ['308', '309'].map(newsDevAnalysis);
    expect(analyses[1].article.published).toBeUndefined();
    const dates = mergeDates(analyses);
    expect(dates.get(analyses[1].article.slug)).toBe('2023-09-13');
    const groups = mergeAcrossOutlets(unifyPeople(analyses.flatMap((a) => a.candidates)), dates);
    const [landfall] = groupWith(groups, /Mediterranean Storm Daniel made landfall/);
    expect(landfall.some((c) => c.article === analyses[1].article.slug && /^Storm Daniel made landfall over Libya\.$/.test(c.claim))).toBe(true);
  });
});

describe.skipIf(!fs.existsSync(newsDev))('subjects', () => {
  it('keep apart what different bodies do, however alike the words: the EU’s teams are not the U.S. teams (news-dev 301–303)', () => {
    const groups = newsDevGroups(['300', '301', '302', '303']);
    const [european] = groupWith(groups, /European Union is also sending search and rescue teams/).filter((g) => g.some((c) => /sending/.test(c.claim)));
    expect(european.every((c) => /European Union/.test(c.quote))).toBe(true);
    // …while each outlet's copy of one sentence, split into its two claims, still merges claim by claim.
    const affected = groups.filter((g) => g.some((c) => /affected hundreds of thousands/.test(c.claim)));
    expect(affected).toHaveLength(1);
    expect(new Set(affected[0].map((c) => c.article)).size).toBeGreaterThanOrEqual(2);
  });
});
