import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runExtraction } from '../../../scripts/pipeline/run/run.ts';
import { foldTypography } from '../../../scripts/pipeline/text.ts';
import { copySeeds, extractedCopy as extractedCopyOn, load, seedText, snapshot, tempDir } from '../helpers.ts';

// Each test runs the extraction two or three times, each with its analysis in a worker process
// (the per-article time limit needs one): 1-4 s on a shared runner, near Vitest's default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const date = '2024-06-20';
const extractedCopy = (withCache = false) => extractedCopyOn(date, withCache);

const find = (entries: ReturnType<typeof load>, re: RegExp, category?: string) =>
  [...entries.values()].filter((e) => re.test([e.data.claim, ...e.data.sources.map((s) => s.quote)].join(' ')) && (!category || e.data.category === category));

describe('extraction over the seed articles', () => {
  let work: string;
  let out: string;
  let entries: ReturnType<typeof load>;
  beforeAll(async () => {
    work = copySeeds();
    out = path.join(work, 'content');
    await runExtraction({ seeds: path.join(work, 'seeds'), out, date });
    entries = load(out);
  });

  it('writes schema-valid entries whose quotes stand verbatim in their article', () => {
    expect(entries.size).toBeGreaterThan(80);
    const texts = new Map(['000', '001', '002', '003', '004'].map((p) => [p, foldTypography(seedText(p))]));
    for (const { data } of entries.values()) {
      expect(data.title.length).toBeLessThanOrEqual(75);
      for (const s of data.sources) expect(texts.get(s.article.slice(0, 3))).toContain(foldTypography(s.quote));
    }
  });

  it('never makes a claim of boilerplate', () => {
    const junk = /^\s*Share\s*$|Updated at|Photograph:|See also|Next In Aseanplus|Ohtani|Leave a Reply|WhatsApp|Connect with us/i;
    for (const { data } of entries.values()) for (const s of data.sources) expect(s.quote).not.toMatch(junk);
  });

  it('gives each delegation member an entry, merged across outlets and spellings', () => {
    const member = (name: RegExp) => [...entries.values()].filter((e) => e.data.category === 'delegation' && name.test(e.data.people?.[0]?.name ?? ''));
    const lavrov = member(/Lavrov/);
    expect(lavrov).toHaveLength(1);
    expect(new Set(lavrov[0].data.sources.map((s) => s.article.slice(0, 3)))).toEqual(new Set(['001', '004']));
    expect(lavrov[0].data.people?.[0]).toMatchObject({ name: 'Sergey Lavrov', country: 'Russia' });
    const belousov = member(/Belousov/);
    expect(belousov).toHaveLength(1);
    expect(belousov[0].data.sources).toHaveLength(2);
    expect(member(/Choe Son-hui/)[0].data.people?.[0].country).toBe('North Korea');
  });

  it('merges one claim reported by several outlets into one entry with its variance', () => {
    // Four outlets report the first visit in 24 years; one entry carries all four.
    const outletsOf = (e: ReturnType<typeof load> extends Map<string, infer E> ? E : never) => new Set(e.data.sources.map((s) => s.outlet));
    const reporting = ['RT', 'GB News', 'CNN', 'The Korea Herald (via The Star/ANN)'];
    const firstVisit = find(entries, /first (?:visit|trip) to Pyongyang in 24 years/).filter((e) => reporting.every((o) => outletsOf(e).has(o)));
    expect(firstVisit).toHaveLength(1);
    expect(firstVisit[0].data.status).toBe('corroborated');

    const talks = find(entries, /hour and a half/);
    expect(talks).toHaveLength(1);
    expect(talks[0].data.variance?.[0]).toMatchObject({ aspect: 'qualifier' });
    expect(talks[0].data.variance?.[0].detail).toMatch(/more than an hour and a half.*vs.*an hour and a half/);

    // Putin's thanks for North Korea's support: the three outlets quoting "unwavering support" (and
    // 001's "expressed gratitude … for supporting Russia", the same statement) in one entry.
    const support = find(entries, /unwavering/).filter((e) => e.data.sources.length > 1);
    const articles = new Set(support[0].data.sources.map((s) => s.article.slice(0, 3)));
    for (const a of ['000', '002', '004']) expect(articles).toContain(a);
    for (const s of support[0].data.sources) expect(s.quote).toMatch(/support|gratitude|appreciat/);
  });

  it('structures munitions figures and keeps the attribution apart', () => {
    const [containers] = find(entries, /10,000 shipping containers/, 'munitions');
    expect(containers.data.quantities?.[0]).toMatchObject({ value: 10000, unit: 'container', qualifier: 'more than' });
    expect(containers.data.attribution?.speaker).toMatch(/United States statement/);
    const [drones] = find(entries, /19 out of 21 drones/);
    expect(drones.data.category).toBe('munitions');
    expect(drones.data.attribution?.speaker).toMatch(/air force/);
  });

  it('files treaty terms under treaty, one entry per term', () => {
    expect(find(entries, /aggression/, 'treaty')).toHaveLength(1);
    expect(find(entries, /1961 and 2000/, 'treaty')).toHaveLength(1);
    expect(find(entries, /not directed against/, 'treaty')).toHaveLength(1);
  });

  it('is deterministic: the same inputs give byte-identical output, and a re-run changes nothing', async () => {
    const second = path.join(tempDir(), 'content');
    await runExtraction({ seeds: path.join(work, 'seeds'), out: second, date });
    expect(snapshot(second)).toEqual(snapshot(out));
    const rerun = await runExtraction({ seeds: path.join(work, 'seeds'), out, date: '2030-01-01' });
    expect(rerun.entries).toMatchObject({ created: 0, updated: 0, merged: 0 });
    expect(snapshot(out)).toEqual(snapshot(second));
  });
});

describe('permalinks and editors across re-runs', () => {
  it('keeps every id, the editor’s verdict, note, body and locked entries when an article is added', async () => {
    const { seeds, out } = await extractedCopy();
    const before = load(out);

    const [lavrovId] = [...before].find(([, e]) => e.data.category === 'delegation' && /Lavrov/.test(e.data.claim))!;
    const lavrovFile = path.join(out, 'claims', `${lavrovId}.md`);
    const edited = matter(fs.readFileSync(lavrovFile, 'utf8'));
    fs.writeFileSync(lavrovFile, matter.stringify('\nConfirmed by the Kremlin’s published list.\n', { ...edited.data, verdict: 'true', note: 'Checked against kremlin.ru.' }));
    const [lockedId, lockedEntry] = [...before].find(([, e]) => /24 years/.test(e.data.claim))!;
    const lockedFile = path.join(out, 'claims', `${lockedId}.md`);
    fs.writeFileSync(lockedFile, lockedEntry.raw.replace(/^status: .*$/m, '$&\nlocked: true').replace(/^title: .*$/m, 'title: An editor’s own title'));
    const lockedRaw = fs.readFileSync(lockedFile, 'utf8');

    fs.writeFileSync(
      path.join(seeds, '005_wire.md'),
      '---\ntitle: Putin ends North Korea visit\noutlet: Example Wire\npublished: 2024-06-20\n---\nRussian Foreign Minister Sergey Lavrov was part of the Russian delegation that travelled to Pyongyang, the Kremlin said.\n\nPutin made his first visit to North Korea in 24 years, the Kremlin said on Thursday.\n\nThe Russian leader flew on to Hanoi, where he was due to hold talks with 5 Vietnamese officials.\n',
    );
    const report = await runExtraction({ seeds, out, date: '2024-06-21' });
    const after = load(out);

    for (const id of before.keys()) expect(after.has(id) || [...after.values()].some((e) => e.data.aliases.includes(id))).toBe(true);
    const lavrov = after.get(lavrovId)!;
    expect(lavrov.data).toMatchObject({ verdict: 'true', note: 'Checked against kremlin.ru.' });
    expect(lavrov.body).toBe('Confirmed by the Kremlin’s published list.');
    expect(fs.readFileSync(lockedFile, 'utf8')).toBe(lockedRaw);
    expect(report.articles).toMatchObject({ total: 6, failed: 0 });
  });

  it('records real changes in the history, dated, and nothing when nothing changed', async () => {
    const { seeds, out } = await extractedCopy();
    fs.writeFileSync(
      path.join(seeds, '005_wire.txt'),
      'Talks end in Pyongyang\n\nThe open-format negotiations between Putin and Kim lasted more than an hour and a half, the Kremlin said.\n',
    );
    fs.writeFileSync(path.join(seeds, '005_wire.yml'), 'outlet: Example Wire\npublished: 2024-06-19\n');
    await runExtraction({ seeds, out, date: '2024-06-22' });
    const talks = [...load(out).values()].filter((e) => /hour and a half/.test(e.data.claim));
    expect(talks).toHaveLength(1);
    const history = talks[0].data.history;
    expect(history[0]).toEqual({ date, change: 'created' });
    expect(history.find((h) => h.change === 'source added')).toMatchObject({ date: '2024-06-22', detail: expect.stringContaining('Example Wire') });
    // An entry folded in by the new article lives on as an alias, and the fold is on record.
    for (const alias of talks[0].data.aliases) expect(history).toContainEqual({ date: '2024-06-22', change: 'merged', detail: `merged with ${alias}` });
    const again = snapshot(out);
    await runExtraction({ seeds, out, date: '2024-06-23' });
    expect(snapshot(out)).toEqual(again);
  });
});

describe('the caches between runs', () => {
  it('re-analyses only a changed article, yet sees an editor’s change to any entry', async () => {
    const { seeds, out, cache } = await extractedCopy(true);
    const before = snapshot(out);

    // An editor gives a verdict; the file's size and time change, so the cached parse is not used.
    const [id, entry] = [...load(out)].find(([, e]) => /hour and a half/.test(e.data.claim))!;
    const file = path.join(out, 'claims', `${id}.md`);
    fs.writeFileSync(file, matter.stringify('\nChecked with the Kremlin readout.\n', { ...matter(entry.raw).data, verdict: 'true' }));
    const rerun = await runExtraction({ seeds, out, cache, date: '2030-01-01' });
    expect(rerun.articles).toMatchObject({ analysed: 0, cached: 5 });
    const after = load(out).get(id)!;
    expect(after.data.verdict).toBe('true');
    expect(after.body).toBe('Checked with the Kremlin readout.');

    // With the cache or without it, the output is the same.
    const uncached = path.join(tempDir(), 'content');
    fs.cpSync(out, uncached, { recursive: true });
    await runExtraction({ seeds, out: uncached, date: '2030-01-01' });
    expect(snapshot(uncached)).toEqual(snapshot(out));
    expect(Object.keys(snapshot(out))).toEqual(Object.keys(before));
  });
  it('redoes only the entries an added article joins, with the same result as a run without the cache', async () => {
    const { seeds, out, cache } = await extractedCopy(true);
    const uncached = path.join(tempDir(), 'content');
    fs.cpSync(out, uncached, { recursive: true, preserveTimestamps: true });
    fs.writeFileSync(
      path.join(seeds, '005_wire.txt'),
      'Talks end in Pyongyang\n\nThe open-format negotiations between Putin and Kim lasted more than an hour and a half, the Kremlin said.\n',
    );
    const report = await runExtraction({ seeds, out, cache, date: '2024-06-22' });
    expect(report.articles).toMatchObject({ analysed: 1, cached: 5 });
    // Entries whose sentences are all as before are taken from disk as they are.
    expect(report.entries.created + report.entries.updated).toBeGreaterThan(0);
    expect(report.entries.created + report.entries.updated).toBeLessThan(5);
    expect(report.entries.unchanged).toBeGreaterThan(report.claims - 5);
    await runExtraction({ seeds, out: uncached, date: '2024-06-22' });
    expect(snapshot(out)).toEqual(snapshot(uncached));
  });
});

describe('bad input', () => {
  it('names each bad file, processes the others and loses no existing entry', async () => {
    const { seeds, out } = await extractedCopy();
    const before = snapshot(out);
    fs.writeFileSync(path.join(seeds, 'empty.txt'), '\n \n');
    fs.writeFileSync(path.join(seeds, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(path.join(seeds, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    fs.writeFileSync(path.join(seeds, 'broken.md'), '---\ntitle: "unclosed\noutlet: X\n---\nText.\n');
    const report = await runExtraction({ seeds, out, date: '2024-06-22' });
    expect(report.articles).toMatchObject({ total: 9, failed: 4 });
    expect(report.errors.join('\n')).toMatch(/empty\.txt: file is empty/);
    expect(report.errors.join('\n')).toMatch(/image\.txt: file is binary/);
    expect(report.errors.join('\n')).toMatch(/latin1\.txt:1: text is not valid UTF-8/);
    expect(report.errors.join('\n')).toMatch(/broken\.md:\d+: front matter is not valid YAML/);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(path.join(out, 'claims')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});
