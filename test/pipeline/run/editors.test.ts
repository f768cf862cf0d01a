/**
 * Editors correct the machine (issue 13) and nothing of theirs is lost (issue 14, points 1-3):
 * on the entries extracted from the seed articles, edited as a desk would edit them, across
 * later runs with new articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { runExtraction } from '../../../scripts/pipeline/run/run.ts';
import { defaultRatingScale } from '../../../src/lib/rating.ts';
import { extractedCopy, load, snapshot } from '../helpers.ts';

const date = '2024-06-20';
// Each test runs the extractor three or four times over the seeds: seconds each on a busy machine.
const slow = { timeout: 60_000 };
type Entries = ReturnType<typeof load>;

const entryFile = (out: string, id: string) => path.join(out, 'claims', `${id}.md`);
/** Edit an entry's front matter (and body) as an editor would, in the file. */
function edit(out: string, id: string, change: (data: Record<string, unknown>) => void, file = entryFile(out, id)): void {
  const parsed = matter(fs.readFileSync(file, 'utf8'), {});
  change(parsed.data);
  fs.writeFileSync(file, matter.stringify(parsed.content, parsed.data));
}
const byQuote = (entries: Entries, re: RegExp) => [...entries].filter(([, e]) => e.data.sources.some((s) => re.test(s.quote)));
const changes = (entries: Entries, id: string, change: string) => entries.get(id)!.data.history.filter((h) => h.change === change);

/** A short wire report quoting one sentence of the seeds word for word. */
function addWire(seeds: string, n: number, sentence: string): void {
  fs.writeFileSync(path.join(seeds, `10${n}_wire.txt`), `Wire report ${n}\n\n${sentence}\n`);
  fs.writeFileSync(path.join(seeds, `10${n}_wire.yml`), `outlet: Example Wire ${n}\npublished: 2024-06-2${n}\n`);
}

const chaSentence =
  'The Center for Strategic and International Studies\' Korea Chair, Victor Cha, has said nuclear missiles and submarines handed out by Putin "would allow Kim to target the entirety of the United States with a nuclear force that Washington would have difficulty taking out in a preemptive first strike".';
const firstVisit = /^Putin and Kim have now begun their official talks/;

describe('corrections that stick (three-way merge)', slow, () => {
  it('keeps an edited speaker through three runs with new articles, while new sources still arrive', async () => {
    const { seeds, out } = await extractedCopy(date);
    const [[id]] = byQuote(load(out), /Korea Chair, Victor/);
    edit(out, id, (d) => (d.attribution = { kind: 'quote', via: [], ...(d.attribution as object), speaker: 'Victor Cha (CSIS)' }));
    for (const n of [1, 2, 3]) {
      addWire(seeds, n, chaSentence);
      await runExtraction({ seeds, out, date: `2024-06-2${n}` });
      const entry = load(out).get(id)!;
      expect(entry.data.attribution?.speaker).toBe('Victor Cha (CSIS)');
      expect(entry.data.sources.map((s) => s.outlet)).toContain(`Example Wire ${n}`);
      expect(entry.data.sources).toHaveLength(1 + n);
    }
    const entries = load(out);
    // The correction is on the record once, each new outlet too.
    expect(changes(entries, id, 'edited by editor')).toEqual([{ date: '2024-06-21', change: 'edited by editor', detail: 'speaker: Victor Cha (CSIS)' }]);
    expect(changes(entries, id, 'source added').map((h) => h.detail)).toEqual(['Example Wire 1', 'Example Wire 2', 'Example Wire 3']);
  });

  it('keeps an entry hidden with its reason, and records hiding and showing again once each', async () => {
    const { seeds, out } = await extractedCopy(date);
    const [[id]] = byQuote(load(out), /Korea Chair, Victor/);
    edit(out, id, (d) => Object.assign(d, { hidden: true, hidden_reason: 'Opinion, not a checkable claim.' }));
    addWire(seeds, 1, chaSentence);
    await runExtraction({ seeds, out, date: '2024-06-21' });
    await runExtraction({ seeds, out, date: '2024-06-22' });
    let entries = load(out);
    expect(entries.get(id)!.data).toMatchObject({ hidden: true, hidden_reason: 'Opinion, not a checkable claim.' });
    expect(entries.get(id)!.data.sources).toHaveLength(2);
    expect(changes(entries, id, 'hidden')).toEqual([{ date: '2024-06-21', change: 'hidden', detail: 'Opinion, not a checkable claim.' }]);
    edit(out, id, (d) => {
      delete d.hidden;
      delete d.hidden_reason;
    });
    await runExtraction({ seeds, out, date: '2024-06-23' });
    entries = load(out);
    expect(entries.get(id)!.data.hidden).toBeUndefined();
    expect(changes(entries, id, 'shown again')).toEqual([{ date: '2024-06-23', change: 'shown again' }]);
  });

  it('keeps a removed source out, and the freed sentence becomes its own entry', async () => {
    const { seeds, out } = await extractedCopy(date);
    const [[id, before]] = byQuote(load(out), firstVisit);
    const wrong = before.data.sources.find((s) => firstVisit.test(s.quote))!;
    const key = `${wrong.article}#${wrong.paragraph}`;
    edit(out, id, (d) => (d.sources = (d.sources as { quote: string }[]).filter((s) => !firstVisit.test(s.quote))));
    const others = snapshot(out);
    await runExtraction({ seeds, out, date: '2024-06-21' });
    // Only this entry and the freed sentence's changed (no other sentence of that paragraph moved).
    const now = snapshot(out);
    const changed = Object.keys(now).filter((f) => f.endsWith('.md') && now[f] !== others[f]);
    expect(changed).toHaveLength(2);
    expect(changed).toContain(`claims/${id}.md`);
    addWire(seeds, 1, 'Putin made his first visit to North Korea in 24 years, the Kremlin said on Thursday.');
    await runExtraction({ seeds, out, date: '2024-06-22' });
    const entries = load(out);
    const entry = entries.get(id)!.data;
    expect(entry.sources.some((s) => firstVisit.test(s.quote))).toBe(false);
    expect(entry.sources.length).toBe(before.data.sources.length - 1);
    expect(entry.removed_sources).toEqual([key]);
    expect(changes(entries, id, 'source removed')).toEqual([{ date: '2024-06-21', change: 'source removed', detail: `by editor: ${key}` }]);
    // The freed sentence stands on its own, under a new id.
    const freed = byQuote(entries, firstVisit);
    expect(freed).toHaveLength(1);
    expect(freed[0][0]).not.toBe(id);
    expect(freed[0][1].data.sources).toHaveLength(1);
  });

  it('keeps a joined pair joined: the other id becomes an alias and later runs never split them', async () => {
    const { seeds, out } = await extractedCopy(date);
    const entries = load(out);
    const [[keep]] = byQuote(entries, /^They lasted more than an hour and a half/);
    const [[other, otherEntry]] = byQuote(entries, /negotiations between Putin and Kim have now ended/);
    edit(out, keep, (d) => (d.joined = [other]));
    await runExtraction({ seeds, out, date: '2024-06-21' });
    for (const run of ['2024-06-22', '2024-06-23']) {
      const after = load(out);
      expect(after.has(other)).toBe(false);
      const joined = after.get(keep)!.data;
      expect(joined.aliases).toContain(other);
      for (const s of otherEntry.data.sources) expect(joined.sources.map((x) => x.quote)).toContain(s.quote);
      expect(joined.history.filter((h) => h.change === 'merged')).toEqual([{ date: '2024-06-21', change: 'merged', detail: `merged with ${other}` }]);
      await runExtraction({ seeds, out, date: run });
    }
    // Even without the extractor's records (a fresh clone of an old archive), `joined` holds them together.
    fs.rmSync(path.join(out, 'claims', '.machine'), { recursive: true });
    await runExtraction({ seeds, out, date: '2024-06-24' });
    expect(load(out).has(other)).toBe(false);
  });
});

describe('reviews on the record', slow, () => {
  it('publishes a verdict on the configured scale quietly, warns about one off the scale, and dates the history from the review', async () => {
    const { seeds, out } = await extractedCopy(date);
    const [[id]] = byQuote(load(out), /Korea Chair, Victor/);
    edit(out, id, (d) => Object.assign(d, { verdict: 'Accurate', reviewed_by: 'A. Editor', reviewed: '2024-06-25', note: 'Quoted correctly.' }));
    const desk = { ...defaultRatingScale, labels: [...defaultRatingScale.labels, { label: 'Accurate', value: 5, colour: '#1a7f37', meaning: 'Right.' }] };
    const onScale = await runExtraction({ seeds, out, date: '2024-06-26', ratingScale: desk });
    expect(onScale.warnings).toEqual([]);
    const offScale = await runExtraction({ seeds, out, date: '2024-06-27' });
    expect(offScale.warnings).toEqual([expect.stringMatching(new RegExp(`${id}\\.md: verdict "Accurate" is not on the rating scale \\(True, Mostly true, Misleading, Mostly false, False, Unproven\\)`))]);
    expect(offScale.errors).toEqual([]);
    let entries = load(out);
    expect(entries.get(id)!.data).toMatchObject({ verdict: 'Accurate', reviewed_by: 'A. Editor', reviewed: '2024-06-25' });
    expect(changes(entries, id, 'verdict set')).toEqual([{ date: '2024-06-25', change: 'verdict set', detail: 'Accurate (A. Editor)' }]);
    edit(out, id, (d) => Object.assign(d, { verdict: 'Mostly true', reviewed: '2024-06-28' }));
    await runExtraction({ seeds, out, date: '2024-06-29' });
    entries = load(out);
    expect(changes(entries, id, 'verdict changed')).toEqual([{ date: '2024-06-28', change: 'verdict changed', detail: 'Accurate → Mostly true (A. Editor)' }]);
    expect(changes(entries, id, 'verdict set')).toHaveLength(1);
  });
});

describe('a broken editor file', slow, () => {
  it('is named with its line, left untouched and not duplicated, while every other entry updates; the command fails at the end', async () => {
    const { seeds, out } = await extractedCopy(date);
    const entries = load(out);
    const [[brokenId, broken]] = byQuote(entries, /Korea Chair, Victor/);
    const [[invalidId, invalid]] = byQuote(entries, /^The open-format negotiations between Putin and Kim have now ended/);
    // An unclosed quote in the YAML, and a status that is not one of the four.
    const brokenRaw = broken.raw.replace(/^title: .*$/m, 'title: "Victor Cha on the missiles');
    const invalidRaw = invalid.raw.replace(/^status: .*$/m, 'status: probably');
    fs.writeFileSync(entryFile(out, brokenId), brokenRaw);
    fs.writeFileSync(entryFile(out, invalidId), invalidRaw);
    addWire(seeds, 1, chaSentence);
    addWire(seeds, 2, 'The open-format negotiations between Putin and Kim have now ended, Tass news agency reports.');
    addWire(seeds, 3, 'Putin made his first visit to North Korea in 24 years, the Kremlin said on Thursday.');
    const report = await runExtraction({ seeds, out, date: '2024-06-21' });
    expect(report.errors).toEqual([
      expect.stringMatching(new RegExp(`${brokenId}\\.md:\\d+: front matter is not valid YAML .*left exactly as it is`)),
      expect.stringMatching(new RegExp(`${invalidId}\\.md:${invalidRaw.split('\n').indexOf('status: probably') + 1}: field "status" .*left exactly as it is`)),
    ]);
    expect(report.errors.join('\n')).not.toMatch(/delete/i);
    expect(fs.readFileSync(entryFile(out, brokenId), 'utf8')).toBe(brokenRaw);
    expect(fs.readFileSync(entryFile(out, invalidId), 'utf8')).toBe(invalidRaw);
    const files = fs.readdirSync(path.join(out, 'claims')).filter((f) => f.endsWith('.md'));
    // Their sentences did not make new entries; every other entry is still there, and the third wire reached its entry.
    expect(files).toHaveLength(entries.size);
    const texts = files.map((f) => fs.readFileSync(path.join(out, 'claims', f), 'utf8'));
    expect(texts.filter((t) => t.includes('Example Wire 1') || t.includes('Example Wire 2'))).toEqual([]);
    expect(texts.filter((t) => t.includes('Example Wire 3'))).toHaveLength(1);
    expect(report.claims).toBe(entries.size - 2);

    // The command line: the list at the end, and a non-zero exit.
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, ['scripts/extract.ts', '--seeds', seeds, '--out', out, '--no-cache', '--quiet'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain(`error: ${path.join(out, 'claims', `${brokenId}.md`)}:`);
    expect(fs.readFileSync(entryFile(out, brokenId), 'utf8')).toBe(brokenRaw);
  });
});

describe('nothing an editor did is lost', slow, () => {
  it('treats a renamed file as that entry: warns, updates it in place, never writes a second file for its id', async () => {
    const { seeds, out } = await extractedCopy(date);
    const [[id]] = byQuote(load(out), /Korea Chair, Victor/);
    const renamed = path.join(out, 'claims', 'victor-cha.md');
    fs.renameSync(entryFile(out, id), renamed);
    addWire(seeds, 1, chaSentence);
    const report = await runExtraction({ seeds, out, date: '2024-06-21' });
    expect(report.warnings).toEqual([expect.stringContaining(`${renamed}: holds entry "${id}" under another file name`)]);
    expect(fs.existsSync(entryFile(out, id))).toBe(false);
    edit(out, id, (d) => Object.assign(d, { verdict: 'True', note: 'Checked with CSIS.' }), renamed);
    addWire(seeds, 2, chaSentence);
    await runExtraction({ seeds, out, date: '2024-06-22' });
    expect(fs.existsSync(entryFile(out, id))).toBe(false);
    const entry = matter(fs.readFileSync(renamed, 'utf8'), {}).data;
    expect(entry).toMatchObject({ id, verdict: 'True', note: 'Checked with CSIS.' });
    expect((entry.sources as { outlet: string }[]).map((s) => s.outlet)).toEqual(expect.arrayContaining(['Example Wire 1', 'Example Wire 2']));
  });

  it('keeps the old id as an alias when an editor changes an id by hand', async () => {
    const { seeds, out } = await extractedCopy(date);
    const [[id]] = byQuote(load(out), /Korea Chair, Victor/);
    edit(out, id, (d) => (d.id = 'victor-cha-on-missiles'));
    fs.renameSync(entryFile(out, id), entryFile(out, 'victor-cha-on-missiles'));
    await runExtraction({ seeds, out, date: '2024-06-21' });
    const entries = load(out);
    expect(entries.get('victor-cha-on-missiles')!.data.aliases).toEqual([id]);
    expect(entries.has(id)).toBe(false);
    expect(byQuote(entries, /Korea Chair, Victor/)).toHaveLength(1);
  });

  it('keeps a file an editor saves during the run, says so, and takes it in on the next run', async () => {
    const { seeds, out } = await extractedCopy(date);
    const [[id]] = byQuote(load(out), /Korea Chair, Victor/);
    addWire(seeds, 1, chaSentence);
    let saved = '';
    const report = await runExtraction({
      seeds,
      out,
      date: '2024-06-21',
      // The new article is analysed after the entries were read: the editor saves then.
      onProgress: () => {
        edit(out, id, (d) => Object.assign(d, { verdict: 'True', note: 'Saved mid-run.' }));
        saved = fs.readFileSync(entryFile(out, id), 'utf8');
      },
    });
    expect(saved).not.toBe('');
    expect(fs.readFileSync(entryFile(out, id), 'utf8')).toBe(saved);
    expect(report.warnings).toEqual([expect.stringContaining(`${id}.md: changed while the extractor ran`)]);
    await runExtraction({ seeds, out, date: '2024-06-22' });
    const entry = load(out).get(id)!.data;
    expect(entry).toMatchObject({ verdict: 'True', note: 'Saved mid-run.' });
    expect(entry.sources.map((s) => s.outlet)).toContain('Example Wire 1');
  });

  it('brings a deleted entry back under its old id, with its aliases and history', async () => {
    const { seeds, out } = await extractedCopy(date);
    // An editor joins two entries: the talks entry now has an alias and a longer history.
    const [[id]] = byQuote(load(out), /^They lasted more than an hour and a half/);
    const [[other]] = byQuote(load(out), /negotiations between Putin and Kim have now ended/);
    edit(out, id, (d) => (d.joined = [other]));
    await runExtraction({ seeds, out, date: '2024-06-21' });
    const before = load(out).get(id)!;
    expect(before.data.aliases).toEqual([other]);
    const all = snapshot(out);
    fs.rmSync(entryFile(out, id));
    await runExtraction({ seeds, out, date: '2024-06-22' });
    const after = load(out).get(id)!;
    expect(after.data.aliases).toEqual([other]);
    expect(after.data.history).toEqual(before.data.history);
    // The editor's own fields went with the file (git has them); the rest is as before.
    expect({ ...after.data, joined: undefined }).toEqual({ ...before.data, joined: undefined });
    expect(Object.keys(snapshot(out))).toEqual(Object.keys(all));
  });
});
