/**
 * The pipeline's layering (issue 10), read from the imports of scripts/pipeline/**:
 * article/ (per-article stages) and corpus/ (cross-article stages) never import each other;
 * both may use the shared layer (model, keys, lexicon, text) and src/schema.ts (with the rating
 * scale, src/lib/rating.ts, which the site shares too); run/ sits on
 * top and nothing below imports it; the shared layer imports only itself; no import cycles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localImports } from '../../scripts/pipeline/run/cache/sources.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pipeline = path.join(root, 'scripts/pipeline');
const schema = [path.join(root, 'src/schema.ts'), path.join(root, 'src/lib/rating.ts')];
/** Shared with the site like the schema, and without zod (worker threads load it). */
const slugRule = path.join(root, 'src/lib/slug.ts');

const files = (fs.readdirSync(pipeline, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(pipeline, f))
  .sort();

type Layer = 'shared' | 'article' | 'corpus' | 'run' | 'schema' | 'outside';
function layerOf(file: string): Layer {
  if (schema.includes(file) || file === slugRule) return 'schema';
  const rel = path.relative(pipeline, file);
  if (rel.startsWith('..')) return 'outside';
  const top = rel.split(path.sep)[0];
  if (top === 'article' || top === 'corpus' || top === 'run') return top;
  return 'shared';
}

/** Which layers each layer may import. */
const allowed: Record<Exclude<Layer, 'schema' | 'outside'>, Layer[]> = {
  shared: ['shared', 'schema'],
  article: ['article', 'shared', 'schema'],
  corpus: ['corpus', 'shared', 'schema'],
  run: ['run', 'article', 'corpus', 'shared', 'schema'],
};

const imports = new Map(files.map((f) => [f, localImports(f)]));
const rel = (f: string) => path.relative(root, f);

describe('pipeline architecture', () => {
  it('finds the layers it checks (the import reader works)', () => {
    const layers = new Set(files.map(layerOf));
    expect([...layers].sort()).toEqual(['article', 'corpus', 'run', 'shared']);
    expect(imports.get(path.join(pipeline, 'article/analyse.ts'))).toContain(path.join(pipeline, 'article/detect.ts'));
    expect(imports.get(path.join(pipeline, 'run/run.ts'))).toContain(path.join(pipeline, 'corpus/merge.ts'));
  });

  it('has no forbidden arrow between layers', () => {
    const forbidden: string[] = [];
    for (const [file, targets] of imports) {
      const from = layerOf(file) as keyof typeof allowed;
      for (const target of targets) if (!allowed[from].includes(layerOf(target))) forbidden.push(`${rel(file)} → ${rel(target)} (${from} may import ${allowed[from].join(', ')})`);
    }
    expect(forbidden).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of imports.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps word lists in lexicon/: no reporting verb, month name or news agency listed in a stage', () => {
    // How lists are written in code: quoted words, or alternatives of a pattern. Comments may mention them.
    const listed = /['"|(](?:said|says|told|stated|january|february|monday|reuters|xinhua)['"|)]|\b(?:said|january|monday|reuters) (?:says|february|tuesday|afp)\b/i;
    const offenders = files
      .filter((f) => !f.includes(`${path.sep}lexicon${path.sep}`))
      .flatMap((f) =>
        fs
          .readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line: line.replace(/^\s*(?:\/\/|\/?\*).*$/, '').replace(/\/\/.*$/, ''), at: `${rel(f)}:${i + 1}` }))
          .filter(({ line }) => listed.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
