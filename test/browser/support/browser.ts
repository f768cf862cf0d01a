import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any host but the local test server: the site must make none. */
  externalRequests: string[];
  failedRequests: string[];
}

/** Opens a page that records console errors, uncaught exceptions and off-site requests. */
export async function watchedPage(context: BrowserContext, siteUrl: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], externalRequests: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.externalRequests.push(url);
  });
  page.on('requestfailed', (request) => {
    // A redirect page navigates away at once, cancelling its own pending requests: not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.failedRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return { page, problems };
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA (including 2.2) violations on the current page. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  await page.addScriptTag({ content: await axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
