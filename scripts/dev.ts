/**
 * `npm run dev [-- --seeds DIR --cache DIR --port N --host]`: the desk's working loop. Extracts once, starts
 * the Astro dev server, and re-extracts whenever an article in `seeds/` is added, changed or
 * removed (incremental and cached: only that article is analysed again). The claimtrail
 * integration watches `content/` (src/integration.ts), so the new or changed claim pages are
 * served and the browser reloads. Edits to entries in `content/claims/` need no re-extraction:
 * the server picks them up directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    cache: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'boolean', default: false },
  },
});
const seeds = path.resolve(values.seeds!);
const root = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

const log = (line: string) => console.log(`[claimtrail] ${line}`);

/** One extraction at a time; a change during a run queues exactly one more. */
let running: Promise<void> | undefined;
let again = false;

function extract(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = new Promise<void>((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'scripts/extract.ts'), '--seeds', seeds, ...(values.cache ? ['--cache', values.cache] : []), '--quiet'], { cwd: process.cwd(), stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => {
      log(code === 0 ? `extracted in ${((performance.now() - started) / 1000).toFixed(1)} s` : `extraction reported problems (exit ${code}); the messages above name the files`);
      resolve();
    });
  }).then(() => {
    running = undefined;
    if (again) {
      again = false;
      return extract();
    }
  });
  return running;
}

// Editors' tools write temporary and backup files beside the article; those are not articles.
const ignored = (name: string) => /(?:^|[\\/])\.|~$|\.(?:swp|swx|tmp|part|crdownload)$/i.test(name);

let timer: NodeJS.Timeout | undefined;
function onSeedChange(_event: string, name: string | null) {
  if (name && ignored(name)) return;
  // A saved article arrives as several events (sidecar, then page); wait for them to settle.
  clearTimeout(timer);
  timer = setTimeout(() => {
    log(`articles changed${name ? ` (${name})` : ''}: extracting`);
    void extract();
  }, 150);
}

if (!fs.existsSync(seeds)) {
  console.error(`error: the articles folder ${seeds} does not exist; create it or pass --seeds DIR.`);
  process.exit(2);
}

await extract();
const watcher = fs.watch(seeds, { recursive: true }, onSeedChange);
log(`watching ${path.relative(process.cwd(), seeds) || '.'} for articles`);

const astroArgs = ['dev', ...(values.port ? ['--port', values.port] : []), ...(values.host ? ['--host'] : [])];
const astro: ChildProcess = spawn(process.execPath, [astroBin, ...astroArgs], { cwd: process.cwd(), stdio: 'inherit' });

function stop() {
  watcher.close();
  clearTimeout(timer);
  astro.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
astro.on('exit', (code) => {
  watcher.close();
  clearTimeout(timer);
  process.exit(code ?? 0);
});
