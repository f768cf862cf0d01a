/**
 * Run a command as a child process and measure it: wall time (here), CPU time (GNU time's "User
 * time" + "System time", children included) and peak memory: the larger of GNU time's "Maximum
 * resident set size" (exact, but of the tree's largest process only) and the process tree's total
 * resident memory sampled every 100 ms (the extraction's analysis runs in child processes, whose
 * memory adds up). On a shared machine the CPU time moves much less with the load than the wall time does.
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
  let peakTreeBytes = 0;
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
    const sampler = setInterval(() => {
      if (child.pid) peakTreeBytes = Math.max(peakTreeBytes, treeResidentBytes(child.pid));
    }, 100);
    child.on('close', () => clearInterval(sampler));
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
  const peakRssMB = Math.max(rss ? Number(rss[1]) / 1024 : 0, peakTreeBytes / 2 ** 20);
  return { seconds, ...(peakRssMB ? { peakRssMB } : {}), ...(user && system ? { cpuSeconds: Number(user[1]) + Number(system[1]) } : {}), output };
}

/** Resident memory of a process and all its descendants, now (Linux /proc; 0 elsewhere). */
function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ")".
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(pid));
      children.set(ppid, list);
    } catch {
      // Ended meanwhile.
    }
  }
  let bytes = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      bytes += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // Ended meanwhile.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return bytes;
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
