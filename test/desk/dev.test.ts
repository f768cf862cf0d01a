/**
 * `npm run dev`, the desk's working loop: with the dev server running on four seed articles,
 * the fifth is added (with `npm run add`, as a desk would); its claim pages must be served
 * within 5 s of the article landing in the articles folder (the acceptance of issue 16).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addArticle } from '../../scripts/add.ts';
import { projectRoot } from '../browser/support/build-site';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-dev-'));
const seeds = path.join(work, 'seeds');
const content = path.join(work, 'content');
const seedFiles = fs.readdirSync(path.join(projectRoot, 'seeds')).sort();
let dev: ChildProcess;
let output = '';
let origin: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `check` every 100 ms until it holds or `ms` have passed; says whether it held. */
async function within(ms: number, check: () => Promise<boolean>): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const withoutTestRunner = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([key]) => !/^(?:VITEST|NODE_ENV$|TEST$)/.test(key)));

const status = (url: string) =>
  fetch(url)
    .then((response) => response.status)
    .catch(() => 0);
const claimIds = () => (fs.existsSync(path.join(content, 'claims')) ? fs.readdirSync(path.join(content, 'claims')).map((f) => f.replace(/\.md$/, '')) : []);

beforeAll(async () => {
  fs.mkdirSync(seeds);
  // Four of the five seeds to start with; the Korea Herald report (004) comes later.
  for (const file of seedFiles.filter((f) => !f.startsWith('004'))) fs.copyFileSync(path.join(projectRoot, 'seeds', file), path.join(seeds, file));
  const port = await freePort();
  // Astro listens on "localhost", which may be the IPv6 address only.
  origin = `http://localhost:${port}`;
  dev = spawn('npm', ['run', 'dev', '--', '--seeds', seeds, '--cache', path.join(work, 'cache'), '--port', String(port)], {
    cwd: projectRoot,
    // Without the test runner's own variables (VITEST, NODE_ENV=test), which change how Vite serves.
    env: { ...withoutTestRunner(process.env), CLAIMTRAIL_CONTENT: content, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  dev.stdout!.on('data', (chunk) => (output += chunk));
  dev.stderr!.on('data', (chunk) => (output += chunk));
  // Starting takes seconds on a quiet machine; Vite's first dependency scan took over 100 s with
  // the two cores at load 13, so the start gets room (the 5 s of the test are after it).
  const ready = await within(240_000, async () => (await status(`${origin}/`)) === 200);
  if (!ready) throw new Error(`npm run dev did not serve the home page within 240 s:\n${output}`);
});

afterAll(async () => {
  // The whole process group: npm, the dev script and the Astro server it started.
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
  test('an article added while it runs has its claim pages served within 5 s', async () => {
    const before = new Set(claimIds());
    expect(before.size).toBeGreaterThan(50);
    const heraldText = seedFiles.find((f) => f.startsWith('004') && f.endsWith('.txt'))!;
    const herald = path.join(work, heraldText);
    fs.copyFileSync(path.join(projectRoot, 'seeds', heraldText), herald);
    fs.copyFileSync(path.join(projectRoot, 'seeds', heraldText.replace(/\.txt$/, '.yml')), path.join(seeds, heraldText.replace(/\.txt$/, '.yml')));

    await addArticle(herald, { seedsDir: seeds });
    const added = Date.now();
    let served: string | undefined;
    const seen = await within(5_000, async () => {
      for (const id of claimIds().filter((id) => !before.has(id))) {
        if ((await status(`${origin}/claims/${id}/`)) === 200) {
          served = id;
          return true;
        }
      }
      return false;
    });
    expect(seen, `no new claim page within 5 s of adding the article; dev output:\n${output}`).toBe(true);
    const page = await (await fetch(`${origin}/claims/${served}/`)).text();
    expect(page).toContain('The Korea Herald');
    console.log(`claim page ${served} served ${Date.now() - added} ms after the article was added`);
    // The edit came through the incremental extraction, not a restart.
    expect(output).toMatch(/articles changed \(.*004_.*\): extracting/);
  });
});
