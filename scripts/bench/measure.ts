/**
 * Run a command as a child process and measure it: wall time (here), CPU time and peak RSS of the
 * process tree's largest process (GNU time's "User time" + "System time" and "Maximum resident
 * set size"; worker threads live in the same process, so their memory counts). On a shared
 * machine the CPU time moves much less with the load than the wall time does.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const gnuTime = '/usr/bin/time';

export interface Measured {
  seconds: number;
  /** Peak resident set size in MB, or undefined when GNU time is not installed. */
  peakRssMB?: number;
  /** User + system CPU seconds of the command and its children, when GNU time is installed. */
  cpuSeconds?: number;
  output: string;
}

/** `limitSeconds`: stop the command after this long (coreutils timeout) and fail, saying so. */
export async function measure(command: string, args: string[], options: { env?: Record<string, string>; cwd?: string; limitSeconds?: number } = {}): Promise<Measured> {
  const haveTime = fs.existsSync(gnuTime);
  let [file, argv] = haveTime ? [gnuTime, ['-v', command, ...args]] : [command, args];
  if (options.limitSeconds) [file, argv] = ['timeout', ['--kill-after=10', String(options.limitSeconds), file, ...argv]];
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(file, argv, {
      cwd: options.cwd ?? projectRoot,
      env: {
        ...process.env,
        ...options.env,
        PATH: `${path.join(projectRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit ?? 1, output: text }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (code === 124 && options.limitSeconds) throw new Error(`${command} ${args.join(' ')} did not finish within ${options.limitSeconds} s`);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}); its output ends:\n${output.slice(-4000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  const user = /User time \(seconds\): ([\d.]+)/.exec(output);
  const system = /System time \(seconds\): ([\d.]+)/.exec(output);
  return { seconds, ...(rss ? { peakRssMB: Number(rss[1]) / 1024 } : {}), ...(user && system ? { cpuSeconds: Number(user[1]) + Number(system[1]) } : {}), output };
}

/** Total size in bytes of the files under `dir` (optionally only those whose name passes `filter`). */
export function directoryBytes(dir: string, filter: (name: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !filter(entry.name)) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
