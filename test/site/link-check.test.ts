import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../browser/support/link-check';

async function site(pages: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimtrail-links-'));
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  return dir;
}

describe('the link checker itself', () => {
  test('passes a site whose links and anchors resolve under its base', async () => {
    const dir = await site({
      'index.html': '<a href="/sub/claims/a/">a</a><a href="claims/a/#p-1">b</a><a href="https://elsewhere.example/">c</a>',
      'claims/a/index.html': '<p id="p-1">x</p><a href="../../">home</a><link rel="stylesheet" href="/sub/style.css">',
      'style.css': '',
    });
    expect(await checkLinks(dir, '/sub/')).toEqual({ pages: 2, links: 4, broken: [] });
  });

  test('reports a missing page, a missing anchor and a link that forgets the base', async () => {
    const dir = await site({
      'index.html': '<a href="/sub/claims/missing/">a</a><a href="/sub/claims/a/#p-9">b</a><a href="/claims/a/">c</a>',
      'claims/a/index.html': '<p id="p-1">x</p>',
    });
    const { broken } = await checkLinks(dir, '/sub/');
    expect(broken.map((b) => b.reason)).toEqual(['no file claims/missing/index.html', 'no id "p-9" in claims/a/index.html', 'outside the base /sub/']);
  });
});
