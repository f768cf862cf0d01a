/** `astro check`: the type checker over the whole project (pages, components, lib, scripts, tests) finds no error and no warning. */
import { describe, expect, test } from 'vitest';
import { run } from '../browser/support/build-site';

describe('astro check', () => {
  test('reports 0 errors and 0 warnings', async () => {
    const { code, output } = await run('astro', ['check']);
    expect(output).toMatch(/- 0 errors\n- 0 warnings/);
    expect(code, output).toBe(0);
  });
});
