import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { apa } from '../../src/lib/citation';
import { categoryLabel } from '../../src/lib/format';
import { defaultRatingScale } from '../../src/lib/rating';
import { standingOf } from '../../src/lib/standing';
import { pathSlug } from '../../src/lib/index-corpus';
import { axeViolations, launchChromium, watchedPage } from './support/browser';
import { projectRoot } from './support/build-site';
import { claimPath, lavrovClaim, publishedClaims, withdrawnEntries, type PublishedClaim } from './support/site-data';

let browser: Browser;
let claims: PublishedClaim[];
let siteUrl: string;

beforeAll(async () => {
  browser = await launchChromium();
  claims = await publishedClaims(inject('distDir'));
  siteUrl = inject('siteUrl');
});
afterAll(() => browser?.close());

/** One page of each kind a reader meets, picked from the built corpus. */
function readerPages() {
  const claim = lavrovClaim(claims);
  const withAlias = claims.find((c) => c.aliases.length > 0);
  const person = claim.people?.[0];
  return {
    home: '',
    claim: claimPath(claim.id),
    article: `sources/${claim.sources[0]!.article}/`,
    search: 'search/?q=Lavrov',
    category: `categories/${claim.category}/`,
    categories: 'categories/',
    claims: 'claims/',
    sources: 'sources/',
    people: 'people/',
    ...(person ? { person: `people/${pathSlug(person.slug)}/` } : {}),
    outlets: 'outlets/',
    outlet: `outlets/${pathSlug(claim.outlets.at(-1)!)}/`,
    methodology: 'methodology/',
    changes: 'changes/',
    ...(withAlias ? { alias: claimPath(withAlias.aliases[0]!) } : {}),
  };
}

describe('pages in Chromium', () => {
  test('a permalink of each category opens its claim', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const categories = [...new Set(claims.map((c) => c.category))];
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) {
      const claim = claims.find((c) => c.category === category)!;
      const response = await page.goto(`${siteUrl}${claimPath(claim.id)}`);
      expect(response?.status(), claim.id).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(claim.title);
      expect(await page.locator('.eyebrow a').first().textContent()).toBe(categoryLabel(category));
    }
    await context.close();
  });

  test('pages load with no console errors, failed requests or requests leaving the site', async () => {
    const context = await browser.newContext();
    for (const [kind, pagePath] of Object.entries(readerPages())) {
      const { page, problems } = await watchedPage(context, siteUrl);
      await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
      expect({ kind, ...problems }).toEqual({ kind, consoleErrors: [], pageErrors: [], externalRequests: [], failedRequests: [] });
      await page.close();
    }
    await context.close();
  });

  test('an alias forwards to the current permalink', async () => {
    // The corpus may have no aliases yet; the hostile-content build always has one.
    const withAlias = claims.find((c) => c.aliases.length > 0);
    const [base, alias, id] = withAlias
      ? [siteUrl, withAlias.aliases[0]!, withAlias.id]
      : [inject('hostileSiteUrl'), 'old-hostile-claim', 'hostile-claim'];
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${claimPath(alias)}`);
    await page.waitForURL(`${base}${claimPath(id)}`);
    expect(await page.locator('article h1').count()).toBe(1);
    await context.close();
  });

  test('copy buttons put the citation on the clipboard', async () => {
    const claim = lavrovClaim(claims);
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${claimPath(claim.id)}`);
    await page.getByRole('button', { name: 'Copy APA' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('APA copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // A rated claim's citation carries its rating.
    const rating = claim.verdict ? standingOf(claim, defaultRatingScale).label : undefined;
    expect(copied).toBe(apa({ id: claim.id, title: claim.title, updated: claim.updated, permalink: claim.url, publisher: 'claimtrail', site: 'claimtrail', rating }));
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^@misc\\{claimtrail:${claim.id},`));
    await context.close();
  });

  test('without JavaScript, claim pages still show the citations and the search page says what to do', async () => {
    const claim = lavrovClaim(claims);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${claimPath(claim.id)}`);
    for (const label of ['Permalink', 'APA', 'MLA', 'Chicago', 'BibTeX']) {
      await expect.poll(() => page.locator('.citations dt', { hasText: label }).isVisible()).toBe(true);
    }
    expect(await page.locator('#cite-permalink').textContent()).toBe(claim.url);
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    await page.goto(`${siteUrl}search/`);
    expect(await page.getByText('Search runs in your browser and needs JavaScript').isVisible()).toBe(true);
    await context.close();
  });

  test('axe-core finds no WCAG 2.2 AA violation on home, claim, article, search and the other page kinds, light and dark', async () => {
    const withdrawn = (await withdrawnEntries(path.join(projectRoot, 'content')))[0];
    const pages = { ...readerPages(), searchFiltered: 'search/?q=delegation&rating=Not+rated&sort=newest', ...(withdrawn ? { withdrawn: claimPath(withdrawn.id) } : {}) };
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const kinds = ['home', 'claim', 'article', 'search', 'searchFiltered', 'category', 'people', 'person', 'outlets', 'methodology', 'changes', 'claims', 'sources', 'outlet', 'withdrawn'] as const;
      for (const kind of kinds) {
        const pagePath = pages[kind];
        if (pagePath === undefined) continue;
        await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
        if (kind.startsWith('search')) await page.locator('#search-results > li').first().waitFor();
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect({ kind, colorScheme, violations: await axeViolations(page) }).toEqual({ kind, colorScheme, violations: [] });
      }
      await context.close();
    }
  }, 180_000); // sixteen page kinds, light and dark

  test('from a 320px phone to a desktop, nothing scrolls sideways and no table cell is clipped; screenshots are kept for review', async () => {
    const pages = { ...readerPages(), searchFiltered: `search/?q=delegation&status=Single+source&sort=newest` };
    const shots = path.join(projectRoot, 'test-results', 'screenshots');
    await mkdir(shots, { recursive: true });
    for (const width of [320, 390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const kind of ['home', 'claim', 'article', 'search', 'searchFiltered', 'outlets', 'person', 'category'] as const) {
        const pagePath = pages[kind];
        if (pagePath === undefined) continue;
        await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
        if (kind.startsWith('search')) await page.locator('#search-results > li').first().waitFor();
        // Open every table's details, so tables folded away are measured too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        // Wide tables scroll inside their own box, never the page.
        expect({ kind, width, overflow }).toEqual({ kind, width, overflow: 0 });
        // A cell whose content is wider than the cell is cut off (or spills over its neighbour).
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll('th, td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent?.trim().slice(0, 40)),
        );
        expect({ kind, width, clipped }).toEqual({ kind, width, clipped: [] });
        if (width !== 320) await page.screenshot({ path: path.join(shots, `${kind}-${width}.png`), fullPage: true });
      }
      await context.close();
    }
  }, 180_000); // eight page kinds at three widths

  test('at 390 px a wide table scrolls in its box with its first column kept in view', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}outlets/`);
    const box = page.locator('.table-scroll:has(table.matrix)');
    const scrollable = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrollable).toBe(true);
    const firstCell = box.locator('tbody tr:has(th[scope="row"]) th[scope="row"]').first();
    const before = await firstCell.boundingBox();
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const after = await firstCell.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    await context.close();
  });

  test('a withdrawn entry keeps its permalink, saying it was withdrawn, when and why', async () => {
    const withdrawn = await withdrawnEntries(path.join(projectRoot, 'content'));
    expect(withdrawn.length).toBeGreaterThan(0);
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const entry of withdrawn) {
      const response = await page.goto(`${siteUrl}${claimPath(entry.id)}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(`Withdrawn: ${entry.title}`);
      const when = [...entry.history].reverse().find((item) => item.change === 'hidden')?.date;
      if (when) expect(await page.locator(`time[datetime="${when}"]`).count()).toBe(1);
      if (entry.hidden_reason) expect(await page.locator('main').textContent()).toContain(entry.hidden_reason);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    }
    await context.close();
  });

  test('the print stylesheet drops navigation and keeps the claim and its sources', async () => {
    const claim = lavrovClaim(claims);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}${claimPath(claim.id)}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('#sources-heading').isVisible()).toBe(true);
    expect(await page.locator('.citations').isVisible()).toBe(true);
    await context.close();
  });
});
