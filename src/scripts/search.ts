/**
 * Search page enhancement: runs Pagefind on the query and filters in the form, keeps the
 * URL in step (so `/search/?q=Lavrov&status=Disputed` can be shared) and runs on load.
 */
import { labelFromKey } from '../lib/labels';
import { searchFilterKeys } from '../lib/search-filters';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const statusRegion = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const PAGE_SIZE = 30;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(path: string, baseUrl: string): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.options({ baseUrl, excerptLength: 24 });
    return module;
  });
  return pagefind;
}

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const query = String(data.get('q') ?? '').trim();
  const filters: Record<string, string[]> = {};
  for (const key of searchFilterKeys) {
    const values = data.getAll(key).map(String);
    if (values.length) filters[key] = values;
  }
  return { query, filters };
}

/**
 * Pagefind's excerpt is HTML with <mark> around matched words. Rebuild it from text and
 * <mark> only (in an inert parsed document), so indexed text can never become markup.
 */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  const key = data.meta.status;
  if (key && /^[a-z-]+$/.test(key)) {
    const badge = document.createElement('span');
    badge.className = `status status-${key}`;
    badge.textContent = labelFromKey(key);
    item.append(' ', badge);
  }
  if (data.meta.claim && data.meta.claim.replace(/[.!?]$/, '') !== data.meta.title?.replace(/[.!?]$/, '')) {
    const claim = document.createElement('p');
    claim.textContent = data.meta.claim;
    item.append(claim);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'meta';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

type Results = Awaited<ReturnType<Pagefind['search']>>['results'];
let shown: { results: Results; count: number } | undefined;
let searches = 0;
const more = document.createElement('button');
more.type = 'button';
more.textContent = 'Show more results';
more.addEventListener('click', () => void showMore());

/** Appends the next page of results; result data is fetched only for what is shown. */
async function showMore() {
  const current = shown;
  if (!current || !list || !statusRegion) return;
  const next = current.results.slice(current.count, current.count + PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  if (shown !== current) return; // a newer search replaced this one meanwhile
  list.append(...data.map(renderResult));
  shown.count += next.length;
  const total = shown.results.length;
  statusRegion.textContent =
    total === 0 ? 'No claims match.' : `${total} ${total === 1 ? 'claim matches' : 'claims match'}${total > shown.count ? `; showing ${shown.count}` : ''}.`;
  if (shown.count < total) list.after(more);
  else more.remove();
}

async function run(form: HTMLFormElement, updateUrl: boolean) {
  if (!statusRegion || !list) return;
  const { query, filters } = readForm(form);
  const hasFilters = Object.keys(filters).length > 0;
  if (updateUrl) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [key, values] of Object.entries(filters)) for (const value of values) params.append(key, value);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  }
  list.replaceChildren();
  more.remove();
  shown = undefined;
  if (!query && !hasFilters) {
    statusRegion.textContent = 'Type a word, or pick a filter.';
    return;
  }
  statusRegion.textContent = 'Searching…';
  const engine = await loadPagefind(form.dataset.pagefindPath!, form.dataset.base!);
  const ticket = ++searches;
  const search = await engine.search(query || null, { filters });
  if (ticket !== searches) return; // typed on: only the latest search may render
  shown = { results: search.results, count: 0 };
  await showMore();
}

if (form) {
  document.querySelector('#search-needs-js')?.remove();
  // Restore the query and filters from the URL, so a linked search runs on load.
  const params = new URLSearchParams(location.search);
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  // Filters stay folded away on phones unless the link already sets some.
  const filters = form.querySelector<HTMLDetailsElement>('#search-filters');
  if (filters && (matchMedia('(min-width: 50rem)').matches || [...params.keys()].some((key) => key !== 'q'))) filters.open = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(form, true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run(form, true);
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input?.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(form, true), 250);
  });
  void run(form, false);
}
