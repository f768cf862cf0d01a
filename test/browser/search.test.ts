import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { categoryLabel, statusLabel } from '../../src/lib/format';
import { launchChromium, watchedPage } from './support/browser';
import { lavrovClaim, publishedClaims, type PublishedClaim } from './support/site-data';

let browser: Browser;
let claims: PublishedClaim[];

beforeAll(async () => {
  browser = await launchChromium();
  claims = await publishedClaims(inject('distDir'));
});
afterAll(() => browser?.close());

async function resultCount(page: import('playwright-core').Page): Promise<number> {
  await page.waitForFunction(() => /match/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.locator('#search-results > li').count();
}

describe('search', () => {
  test('a linked query (?q=Lavrov) runs on load, lists his delegation claim with its status, and it opens', async () => {
    const target = lavrovClaim(claims);
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context, inject('siteUrl'));
    await page.goto(`${inject('siteUrl')}search/?q=Lavrov`);
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const result = page.locator('#search-results > li', { has: page.locator(`a[href="${new URL(target.url).pathname}"]`) });
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.locator('.status').textContent()).toBe(statusLabel(target.status));
    expect(await page.locator('#search-query').inputValue()).toBe('Lavrov');

    await result.locator('a').first().click();
    await page.waitForURL(target.url.replace(/^https?:\/\/[^/]+/, inject('siteUrl').replace(/\/$/, '')));
    expect(await page.locator('h1').textContent()).toBe(target.title);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    await context.close();
  });

  test('filters narrow the results, and the URL records them', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context, inject('siteUrl'));
    const biggest = [...new Set(claims.map((c) => c.category))]
      .map((category) => ({ category, claims: claims.filter((c) => c.category === category) }))
      .sort((a, b) => b.claims.length - a.claims.length)[0]!;
    await page.goto(`${inject('siteUrl')}search/`);

    await page.getByRole('checkbox', { name: categoryLabel(biggest.category), exact: true }).check();
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBe(Math.min(30, biggest.claims.length));
    expect(page.url()).toContain(`category=${encodeURIComponent(categoryLabel(biggest.category))}`);
    // Results come 30 at a time; the rest are a click away.
    for (let expected = Math.min(30, biggest.claims.length); expected < biggest.claims.length; ) {
      await page.getByRole('button', { name: 'Show more results' }).click();
      expected = Math.min(expected + 30, biggest.claims.length);
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(expected);
    }
    expect(await page.getByRole('button', { name: 'Show more results' }).count()).toBe(0);
    const byCategory = await resultCount(page);

    // Adding a status filter keeps only the claims in both.
    const statusCounts = new Map<string, number>();
    for (const c of biggest.claims) statusCounts.set(c.status, (statusCounts.get(c.status) ?? 0) + 1);
    const [status, expected] = [...statusCounts].sort((a, b) => a[1] - b[1])[0]!;
    await page.getByRole('checkbox', { name: statusLabel(status as PublishedClaim['status']), exact: true }).check();
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(Math.min(30, expected));
    expect(expected).toBeLessThanOrEqual(byCategory);
    const shown = await page.locator('#search-results .status').allTextContents();
    expect(new Set(shown)).toEqual(new Set([statusLabel(status as PublishedClaim['status'])]));
    await context.close();
  });

  test('a count on the home page links to the filtered search that lists exactly those claims', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context, inject('siteUrl'));
    await page.goto(inject('siteUrl'));
    const link = page.locator('#counts-heading + .table-scroll tbody a[href*="/search/?"]').first();
    const expected = Number(await link.textContent());
    expect(expected).toBeGreaterThan(0);
    await link.click();
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBe(Math.min(30, expected));
    expect(await page.locator('#search-filters input:checked').count()).toBe(2);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('under a non-root base, search finds the claim and links inside the base', async () => {
    const target = lavrovClaim(claims);
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context, inject('subSiteUrl'));
    await page.goto(`${inject('subSiteUrl')}search/?q=Lavrov`);
    const link = page.locator(`#search-results a[href="${inject('subBase')}claims/${target.id}/"]`);
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    await link.click();
    await page.waitForURL(`${inject('subSiteUrl')}claims/${target.id}/`);
    expect(await page.locator('h1').textContent()).toBe(target.title);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});
