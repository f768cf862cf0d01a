/**
 * Issue 14, point 6 and the build: a 301-character outlet name (written by an editor in a
 * sidecar) builds, its page under a bounded folder name; a build that fails leaves the last good
 * site in place, whole, with its search index, and no temporary folder behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxSlugLength } from '../../src/schema';
import { copySeeds } from '../pipeline/helpers';
import { run } from './support/build-site';

const files = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();

describe('npm run build', () => {
  it('builds a 301-character outlet, and a failed build keeps the last good site', async () => {
    const work = copySeeds();
    const seeds = path.join(work, 'seeds');
    const content = path.join(work, 'content');
    const dist = path.join(work, 'dist');
    const outlet = `The ${'Very '.repeat(57)}Long Gazette`;
    expect(outlet).toHaveLength(301);
    const sidecar = fs.readdirSync(seeds).find((f) => f.endsWith('.yml'))!;
    fs.writeFileSync(path.join(seeds, sidecar), fs.readFileSync(path.join(seeds, sidecar), 'utf8').replace(/^outlet:.*$/m, `outlet: ${outlet}`));
    const extract = await run(process.execPath, ['scripts/extract.ts', '--seeds', seeds, '--out', content, '--no-cache', '--quiet']);
    expect(extract.code, extract.output).toBe(0);

    const env = { CLAIMTRAIL_CONTENT: content };
    const built = await run(process.execPath, ['scripts/build-site.ts', '--dist', dist, '--force'], env);
    expect(built.code, built.output).toBe(0);
    const outletPages = fs.readdirSync(path.join(dist, 'outlets'));
    const long = outletPages.find((name) => name.startsWith('the-very-very'));
    expect(long).toBeDefined();
    expect(long!.length).toBeLessThanOrEqual(maxSlugLength);
    expect(fs.readFileSync(path.join(dist, 'outlets', long!, 'index.html'), 'utf8')).toContain(outlet);
    const good = files(dist);
    expect(good).toContain(path.join('pagefind', 'pagefind.js'));
    const home = fs.readFileSync(path.join(dist, 'index.html'));

    // An entry the schema refuses: the Astro build fails.
    fs.writeFileSync(path.join(content, 'claims', 'broken.md'), '---\nid: Not A Slug!\ntitle: Broken\n---\n');
    const failed = await run(process.execPath, ['scripts/build-site.ts', '--dist', dist, '--force'], env);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/astro build failed .*left as it was/);
    expect(files(dist)).toEqual(good);
    expect(fs.readFileSync(path.join(dist, 'index.html'))).toEqual(home);
    expect(fs.readdirSync(work).filter((name) => name.startsWith('.claimtrail-'))).toEqual([]);
  }, 240_000);
});

