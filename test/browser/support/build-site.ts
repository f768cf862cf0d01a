import { spawn } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** Runs a command in the project with node_modules/.bin first on PATH; resolves with its output. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: { ...process.env, ...env, PATH: `${path.join(projectRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export async function runOrThrow(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { code, output } = await run(command, args, env);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`);
  return output;
}

/** `astro build` into `outDir`, then the Pagefind index; `--force` so a different content dir is re-read. */
export async function buildSite({ outDir, contentDir, base = '/' }: { outDir: string; contentDir?: string; base?: string }): Promise<string> {
  const env: Record<string, string> = { BASE: base };
  if (contentDir) env.CLAIMTRAIL_CONTENT = contentDir;
  const astro = await runOrThrow('astro', ['build', '--force', '--outDir', outDir], env);
  const pagefind = await runOrThrow('pagefind', ['--site', outDir, '--glob', 'claims/*/index.html']);
  return astro + pagefind;
}
