/**
 * Issue 14, point 9: an article the extractor may not read, or a content or cache folder it may not
 * write, is named with what to do, never a raw stack trace. The tests run as root, for whom
 * permissions do not block, so the CLI runs as the user `nobody` (util-linux's `setpriv`, on every
 * Debian) on a copy of the seeds; where that is not possible the tests are skipped, saying why.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { copySeeds, seedFiles } from '../helpers.ts';

// Each test runs the CLI two or three times: seconds on an idle runner, more on a shared one.
vi.setConfig({ testTimeout: 60_000 });
const projectRoot = path.resolve(import.meta.dirname, '../../..');
const asNobody = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'];

/** Why the tests cannot drop root here, or undefined if they can. */
function cannotDropRoot(): string | undefined {
  if (process.getuid?.() !== 0) return 'not run as root: permissions block this user already, but it may own the files';
  const probe = spawnSync(asNobody[0], [...asNobody.slice(1), 'true']);
  if (probe.error) return `${asNobody[0]} is not installed (util-linux)`;
  if (probe.status !== 0) return `${asNobody.join(' ')} failed: ${probe.stderr.toString().trim()}`;
  return undefined;
}
const skipReason = cannotDropRoot();

/** The CLI as user nobody; its exit code and what it printed on stderr. */
function extractAsNobody(args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(asNobody[0], [...asNobody.slice(1), process.execPath, 'scripts/extract.ts', ...args, '--quiet'], {
    cwd: projectRoot,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1718841600', NODE_COMPILE_CACHE: '' },
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return { status: run.status, stderr: run.stderr };
}

/** A copy of the seeds nobody may read, and a content folder nobody may write (or may, if `writable`). */
function workCopy(writable: boolean) {
  const work = copySeeds();
  const seeds = path.join(work, 'seeds');
  const out = path.join(work, 'content');
  const cache = path.join(work, 'cache');
  fs.mkdirSync(out);
  fs.mkdirSync(cache);
  for (const dir of [work, seeds]) fs.chmodSync(dir, 0o755);
  for (const file of fs.readdirSync(seeds)) fs.chmodSync(path.join(seeds, file), 0o644);
  if (writable) for (const dir of [out, cache]) fs.chownSync(dir, 65534, 65534);
  return { work, seeds, out, cache };
}

/** No line of a stack trace: the messages say what to do, not where in our code it failed. */
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .*\(?(?:file:|node:)/m);

describe.skipIf(skipReason)(`files the extractor may not read or write${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  it('names an unreadable article and sidecar with what to do, and processes the rest', () => {
    const paths = workCopy(true);
    const article = path.join(paths.seeds, seedFiles[1]);
    const sidecar = path.join(paths.seeds, seedFiles[2].replace(/\.txt$/, '.yml'));
    fs.chmodSync(article, 0o000);
    fs.chmodSync(sidecar, 0o000);
    const { status, stderr } = extractAsNobody(['--seeds', paths.seeds, '--out', paths.out, '--cache', paths.cache]);
    expect(status).toBe(1);
    noStack(stderr);
    expect(stderr).toContain(`error: ${article}: could not be read (EACCES). Permission denied: make it readable (chmod a+r) or run as its owner`);
    expect(stderr).toContain(`error: ${sidecar}: could not be read (EACCES)`);
    expect(stderr).not.toContain('Please report this');
    // The other three articles are extracted.
    expect(fs.readdirSync(path.join(paths.out, 'articles')).sort()).toHaveLength(3);
    const entries = fs.readdirSync(path.join(paths.out, 'claims')).filter((f) => f.endsWith('.md'));
    expect(entries.length).toBeGreaterThan(20);

    // An entry file it may not read is reported and left as it is, its id kept. (Without the cache:
    // with it, an entry unchanged since the last run is not read at all.)
    const entry = path.join(paths.out, 'claims', entries[0]);
    const text = fs.readFileSync(entry, 'utf8');
    fs.chmodSync(entry, 0o000);
    const again = extractAsNobody(['--seeds', paths.seeds, '--out', paths.out, '--no-cache']);
    expect(again.status).toBe(1);
    noStack(again.stderr);
    expect(again.stderr).toContain(`error: ${entry}: could not be read (EACCES). Permission denied: make it readable (chmod a+r) or run as its owner. Until then the entry is left exactly as it is and keeps its id.`);
    expect(fs.readFileSync(entry, 'utf8')).toBe(text);
    expect(fs.readdirSync(path.join(paths.out, 'claims')).filter((f) => f.endsWith('.md'))).toEqual(entries);
  });

  it('names a content folder or a cache folder it may not write, with what to do', () => {
    const paths = workCopy(false);
    const content = extractAsNobody(['--seeds', paths.seeds, '--out', paths.out, '--no-cache']);
    expect(content.status).toBe(1);
    noStack(content.stderr);
    expect(content.stderr).toMatch(new RegExp(`^error: ${paths.out}/(articles|claims): could not be written \\(EACCES\\)\\. Permission denied: make the folder writable \\(chmod u\\+w\\) or run as its owner`, 'm'));

    fs.chownSync(paths.out, 65534, 65534);
    const cache = extractAsNobody(['--seeds', paths.seeds, '--out', paths.out, '--cache', path.join(paths.cache, 'claimtrail')]);
    expect(cache.status).toBe(1);
    noStack(cache.stderr);
    expect(cache.stderr).toMatch(new RegExp(`^error: ${paths.cache}/claimtrail: could not be written \\(EACCES\\)\\. Permission denied`, 'm'));
  });
});
