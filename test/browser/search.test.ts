import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import path from 'node:path';
import { claimDay } from '../../src/lib/chart-data';
import { categoryLabel, statusLabel } from '../../src/lib/format';
import { defaultRatingScale } from '../../src/lib/rating';
import { notRated, standingOf } from '../../src/lib/standing';
import { launchChromium, watchedPage } from './support/browser';
import { projectRoot } from './support/build-site';
import { delegationMembers, lavrovClaim, publishedClaims, withdrawnEntries, type PublishedClaim } from './support/site-data';

let browser: Browser;
let claims: PublishedClaim[];

beforeAll(async () => {
  browser = await launchChromium();
  claims = await publishedClaims(inject('distDir'));
});
afterAll(() => browser?.close());

/** Results shown at a time (src/scripts/search.ts). */
const PAGE_SIZE = 20;

/** A filter's checkbox; its accessible name also carries the count, so find it by value. */
const filterBox = (page: import('playwright-core').Page, key: string, value: string) => page.locator(`#search-filters input[name="${key}"][value="${value}"]`);

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

    // Result links carry the searched words (?highlight=…) for the claim page to mark.
    const result = page.locator('#search-results > li', { has: page.locator(`a[href^="${new URL(target.url).pathname}?"]`) });
    await expect.poll(() => result.count()).toBe(1);
    // The rating leads when the desk gave one; otherwise the sourcing, marked as not rated.
    const standing = standingOf(target, defaultRatingScale);
    expect(await result.locator('.rating, .status').first().textContent()).toBe(standing.kind === 'rating' ? `Rated: ${standing.label}` : `Not rated; sourcing: ${standing.label}`);
    expect(await page.locator('#search-query').inputValue()).toBe('Lavrov');

    await result.locator('a').first().click();
    await page.waitForURL(`${target.url.replace(/^https?:\/\/[^/]+/, inject('siteUrl').replace(/\/$/, ''))}?highlight=Lavrov`);
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

    await filterBox(page, 'category', categoryLabel(biggest.category)).check();
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBe(Math.min(PAGE_SIZE, biggest.claims.length));
    expect(page.url()).toContain(`category=${encodeURIComponent(categoryLabel(biggest.category))}`);
    // Results come 20 at a time; the rest are a click away.
    for (let expected = Math.min(PAGE_SIZE, biggest.claims.length); expected < biggest.claims.length; ) {
      await page.getByRole('button', { name: 'Show more results' }).click();
      expected = Math.min(expected + PAGE_SIZE, biggest.claims.length);
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(expected);
    }
    expect(await page.getByRole('button', { name: 'Show more results' }).count()).toBe(0);
    const byCategory = await resultCount(page);

    // Adding a status filter keeps only the claims in both.
    const statusCounts = new Map<string, number>();
    for (const c of biggest.claims) statusCounts.set(c.status, (statusCounts.get(c.status) ?? 0) + 1);
    const [status, expected] = [...statusCounts].sort((a, b) => a[1] - b[1])[0]!;
    await filterBox(page, 'status', statusLabel(status as PublishedClaim['status'])).check();
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(Math.min(PAGE_SIZE, expected));
    expect(expected).toBeLessThanOrEqual(byCategory);
    const shown = await page.locator('#search-results .status').allTextContents();
    expect(new Set(shown)).toEqual(new Set([`Not rated; sourcing: ${statusLabel(status as PublishedClaim['status'])}`]));
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
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBe(Math.min(PAGE_SIZE, expected));
    expect(await page.locator('#search-filters input:checked').count()).toBe(2);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('under a non-root base, search finds the claim and links inside the base', async () => {
    const target = lavrovClaim(claims);
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context, inject('subSiteUrl'));
    await page.goto(`${inject('subSiteUrl')}search/?q=Lavrov`);
    const link = page.locator(`#search-results a[href^="${inject('subBase')}claims/${target.id}/?"]`);
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    await link.click();
    await page.waitForURL(`${inject('subSiteUrl')}claims/${target.id}/?highlight=Lavrov`);
    expect(await page.locator('h1').textContent()).toBe(target.title);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});

describe('search finds claims, by what they say and who they name', () => {
  test("a delegation member's surname lists that member's claims first, not every claim about their country", async () => {
    const members = delegationMembers(claims).filter((m) => m.claimIds.length > 0).slice(0, 4);
    expect(members.length).toBeGreaterThan(1);
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const member of members) {
      await page.goto(`${inject('siteUrl')}search/?q=${encodeURIComponent(member.surname)}`);
      const count = await resultCount(page);
      const firstIds = (await page.locator('#search-results > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
        .slice(0, member.claimIds.length)
        .map((pathname) => pathname.split('/')[2]);
      expect({ surname: member.surname, first: new Set(firstIds) }).toEqual({ surname: member.surname, first: new Set(member.claimIds) });
      // Claims about the member's country that do not name them stay out.
      const aboutCountry = claims.filter((c) => (c.people ?? []).some((p) => p.country === member.country) || c.claim.includes(member.country));
      expect(count, member.surname).toBeLessThan(aboutCountry.length);
    }
    await context.close();
  });

  test('a rating filter and a date order work, and the URL records both', async () => {
    const rated = claims.filter((c) => c.verdict);
    expect(rated.length).toBeGreaterThan(0);
    const label = standingOf(rated[0]!, defaultRatingScale).label;
    const withLabel = claims.filter((c) => c.verdict && standingOf(c, defaultRatingScale).label === label);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('siteUrl')}search/`);
    await filterBox(page, 'rating', label).check();
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBe(withLabel.length);
    expect(new Set(await page.locator('#search-results .rating').allTextContents())).toEqual(new Set([`Rated: ${label}`]));
    expect(new URL(page.url()).searchParams.getAll('rating')).toEqual([label]);
    // Counts beside the filters: another rating is an alternative to the ticked one, so it counts
    // all its claims; a sourcing status counts the rated claims it would leave.
    const countOf = (key: string, value: string) => page.locator(`#search-filters [data-count="${key}:${value}"]`).textContent();
    await expect.poll(() => countOf('rating', notRated)).toBe(`(${claims.filter((c) => !c.verdict).length})`);
    const status = withLabel[0]!.status;
    expect(await countOf('status', statusLabel(status))).toBe(`(${withLabel.filter((c) => c.status === status).length})`);

    // The unrated claims, newest first, then oldest first: dates come in order and the URL keeps the choice.
    await filterBox(page, 'rating', label).uncheck();
    await filterBox(page, 'rating', notRated).check();
    const days = claims.filter((c) => !c.verdict).map(claimDay).sort();
    for (const [order, first] of [['newest', days.at(-1)], ['oldest', days[0]]] as const) {
      await page.locator('#search-sort').selectOption(order);
      await expect.poll(() => page.locator('#search-results > li time').first().getAttribute('datetime'), { timeout: 15_000 }).toBe(first);
      const shown = await page.locator('#search-results > li time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
      expect(shown).toEqual([...shown].sort((a, b) => (order === 'newest' ? b.localeCompare(a) : a.localeCompare(b))));
      const params = new URL(page.url()).searchParams;
      expect({ sort: params.get('sort'), rating: params.getAll('rating') }).toEqual({ sort: order, rating: [notRated] });
    }
    // The same URL, opened afresh, restores the form and the same first result.
    const url = page.url();
    const firstHref = await page.locator('#search-results > li > a').first().getAttribute('href');
    const fresh = await context.newPage();
    await fresh.goto(url);
    await expect.poll(() => fresh.locator('#search-results > li > a').first().getAttribute('href'), { timeout: 15_000 }).toBe(firstHref);
    expect(await fresh.locator('#search-sort').inputValue()).toBe('oldest');
    expect(await filterBox(fresh, 'rating', notRated).isChecked()).toBe(true);
    await context.close();
  });

  test('the claim page opened from a result marks the searched words', async () => {
    const member = delegationMembers(claims).find((m) => m.claimIds.length > 0)!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('siteUrl')}search/?q=${encodeURIComponent(member.surname)}`);
    await resultCount(page);
    await page.locator('#search-results > li > a').first().click();
    await page.waitForURL(/\/claims\/[^/]+\/\?highlight=/);
    const marks = page.locator('article mark.search-hit');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toContain(member.surname.toLowerCase());
    // Only the claim and its evidence are marked, never the citation boxes or navigation.
    expect(await page.locator('[data-pagefind-ignore] mark.search-hit, .site-header mark.search-hit, .citations mark.search-hit').count()).toBe(0);
    await context.close();
  });

  test('a withdrawn entry is not found', async () => {
    const withdrawn = await withdrawnEntries(path.join(projectRoot, 'content'));
    expect(withdrawn.length).toBeGreaterThan(0);
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const entry of withdrawn) {
      // Its own title, word for word, finds other claims but not it.
      await page.goto(`${inject('siteUrl')}search/?q=${encodeURIComponent(entry.title.replace(/…$/, ''))}`);
      await resultCount(page);
      expect(await page.locator(`#search-results a[href^="/claims/${entry.id}/"]`).count()).toBe(0);
    }
    await context.close();
  });
});
