/**
 * Search page enhancement: runs Pagefind on the query, filters and order in the form, keeps the
 * URL in step (so `/search/?q=Lavrov&rating=True&sort=newest` can be shared) and runs on load.
 */
import { labelFromKey } from '../lib/labels';
import type { SearchScriptStrings } from '../lib/i18n';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
type FilterCounts = Record<string, Record<string, number>>;
type Filters = Record<string, { any: string[] }>;
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
  filters?: FilterCounts;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options?: { filters?: Filters }): Promise<PagefindSearch>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const statusRegion = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
/** The words this script writes, in the page's language: the search page serialises them from the dictionary (src/lib/i18n.ts). */
type Strings = SearchScriptStrings & { statuses: Record<string, string>; locale: string };
const strings: Strings = JSON.parse(form?.dataset.strings ?? '{}');
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
// Each shown result fetches its fragment (its indexed text): 20 keep a first search under 300 KB on a 1,000-article site.
const PAGE_SIZE = 20;
/** Checkbox groups: within a group any ticked value matches, across groups all must. */
const CHECKBOX_KEYS = ['rating', 'status', 'category', 'outlet'] as const;
const URL_KEYS = ['q', 'sort', ...CHECKBOX_KEYS, 'person', 'from', 'to'];

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(path: string, baseUrl: string): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.options({ baseUrl, excerptLength: 24 });
    return module;
  });
  return pagefind;
}

/**
 * Counts within the results need Pagefind's whole filter index, which weighs as much as a search:
 * it is loaded once a reader uses a filter, so a plain first search stays light. Until then the
 * counts are the site's totals, and the panel says so.
 */
let filterIndex: Promise<unknown> | undefined;
const loadFilterIndex = (engine: Pagefind) => (filterIndex ??= engine.filters());

/** Months from `from` to `to` (`YYYY-MM`, either open), among the months the form offers. */
function monthsBetween(form: HTMLFormElement, from: string, to: string): string[] {
  const months = [...form.querySelectorAll<HTMLOptionElement>('#f-from option')].map((o) => o.value).filter(Boolean);
  return months.filter((month) => (!from || month >= from) && (!to || month <= to));
}

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const query = String(data.get('q') ?? '').trim();
  const sort = String(data.get('sort') ?? '');
  const filters: Filters = {};
  for (const key of CHECKBOX_KEYS) {
    const values = data.getAll(key).map(String);
    if (values.length) filters[key] = { any: values };
  }
  const person = String(data.get('person') ?? '');
  if (person) filters.person = { any: [person] };
  const from = String(data.get('from') ?? '');
  const to = String(data.get('to') ?? '');
  if (from || to) filters.month = { any: monthsBetween(form, from, to) };
  const params = new URLSearchParams();
  for (const key of URL_KEYS) for (const value of data.getAll(key)) if (String(value)) params.append(key, String(value));
  return { query, sort, filters, params };
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

// Dates as the pages write them: in the desk's locale.
const longDate = new Intl.DateTimeFormat(strings.locale || document.documentElement.lang || 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The rating in the desk's colour, or the sourcing status marked as not rated: as on every page. */
function standingBadge(meta: PagefindResultData['meta']): HTMLElement | undefined {
  const badge = document.createElement('span');
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  if (meta.rating) {
    const [background, foreground] = (meta.rating_colours ?? '').split(' ');
    badge.className = 'rating';
    if (background && /^#[0-9a-f]{3,8}$/i.test(background)) badge.style.background = background;
    if (foreground && /^#[0-9a-f]{3,8}$/i.test(foreground)) badge.style.color = foreground;
    hidden.textContent = strings.rated;
    badge.append(hidden, meta.rating);
    return badge;
  }
  const key = meta.status;
  if (!key || !/^[a-z-]+$/.test(key)) return undefined;
  badge.className = `status status-${key}`;
  hidden.textContent = strings.notRatedSourcing;
  badge.append(hidden, strings.statuses?.[key] ?? labelFromKey(key));
  return badge;
}

function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const badge = standingBadge(data.meta);
  if (badge) item.append(badge, ' ');
  const link = document.createElement('a');
  // The claim page marks the searched words on arrival.
  link.href = query ? `${data.url}?${new URLSearchParams({ highlight: query })}` : data.url;
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  const line = document.createElement('p');
  line.className = 'meta';
  if (data.meta.claimant) line.append(fill(strings.claimedBy, { name: data.meta.claimant }));
  const date = data.meta.date;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const time = document.createElement('time');
    time.dateTime = date;
    time.textContent = longDate.format(new Date(`${date}T00:00:00Z`));
    line.append(line.childNodes.length ? ' · ' : '', time);
  }
  if (line.childNodes.length) item.append(line);
  if (data.meta.claim && data.meta.claim.replace(/[.!?]$/, '') !== data.meta.title?.replace(/[.!?]$/, '')) {
    const claim = document.createElement('p');
    claim.textContent = data.meta.claim;
    item.append(claim);
  }
  if (query) {
    const excerpt = document.createElement('p');
    excerpt.className = 'meta excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  return item;
}

/** Beside each filter value: how many results ticking it would give. */
function showCounts(form: HTMLFormElement, counts: FilterCounts | undefined) {
  const scope = form.querySelector<HTMLElement>('#count-scope');
  if (!counts || !Object.keys(counts).length) {
    if (scope) scope.textContent = scope.dataset.site ?? '';
    for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) span.textContent = `(${span.dataset.total})`;
    return;
  }
  if (scope) scope.textContent = scope.dataset.results ?? '';
  for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const [key, ...rest] = (span.dataset.count ?? '').split(':');
    const value = rest.join(':');
    span.textContent = `(${counts[key!]?.[value] ?? 0})`;
  }
}

/**
 * Pagefind counts what each value would leave if it were added to every current filter. Within a
 * group of ticked boxes the values are alternatives, so a ticked group's counts come from the
 * search without that group: what each of its values gives alongside the other filters.
 */
async function groupCounts(engine: Pagefind, query: string, filters: Filters, counts: FilterCounts): Promise<FilterCounts> {
  const merged = { ...counts };
  for (const key of CHECKBOX_KEYS) {
    if (!filters[key]) continue;
    const { [key]: _, ...others } = filters;
    const without = await engine.search(query || null, { filters: others });
    if (without.filters?.[key]) merged[key] = without.filters[key];
  }
  return merged;
}

type Result = PagefindSearch['results'][number];
/**
 * What is being shown: the results in Pagefind's order, or, ordered by date, a month at a time.
 * Ordering by date walks the months that have results (newest or oldest first), fetching one
 * month's results, sorting them by day and queueing them; a Pagefind sort would instead add its
 * whole-site order table to every first search (36 KB at 1,000 articles).
 */
interface Shown {
  query: string;
  total: number;
  count: number;
  /** Results in order, fetched or not yet. */
  queue: (Result | PagefindResultData)[];
  /** Months still to fetch, in order, when ordering by date. */
  months: string[];
  next?: (month: string) => Promise<PagefindResultData[]>;
}
let shown: Shown | undefined;
let searches = 0;
const more = document.createElement('button');
more.type = 'button';
more.textContent = strings.showMore;
more.addEventListener('click', () => void showMore());

const fetched = (item: Result | PagefindResultData): Promise<PagefindResultData> => ('data' in item ? item.data() : Promise.resolve(item));

/** Appends the next page of results; result data is fetched only for what is shown. */
async function showMore() {
  const current = shown;
  if (!current || !list || !statusRegion) return;
  while (current.queue.length < current.count + PAGE_SIZE && current.months.length && current.next) {
    current.queue.push(...(await current.next(current.months.shift()!)));
    if (shown !== current) return;
  }
  const data = await Promise.all(current.queue.slice(current.count, current.count + PAGE_SIZE).map(fetched));
  if (shown !== current) return; // a newer search replaced this one meanwhile
  list.append(...data.map((d) => renderResult(d, current.query)));
  current.count += data.length;
  const total = current.total;
  statusRegion.textContent =
    total === 0 ? strings.noMatch : `${fill(total === 1 ? strings.matchOne : strings.matchMany, { n: total })}${total > current.count ? fill(strings.showing, { n: current.count }) : ''}.`;
  if (current.count < total) list.after(more);
  else more.remove();
}

async function run(form: HTMLFormElement, updateUrl: boolean) {
  if (!statusRegion || !list) return;
  const { query, sort, filters, params } = readForm(form);
  const hasFilters = Object.keys(filters).length > 0;
  if (updateUrl) history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  list.replaceChildren();
  more.remove();
  shown = undefined;
  if (!query && !hasFilters && !sort) {
    statusRegion.textContent = strings.typeOrPick;
    return;
  }
  statusRegion.textContent = strings.searching;
  const engine = await loadPagefind(form.dataset.pagefindPath!, form.dataset.base!);
  const ticket = ++searches;
  // Counts, and ordering by date (through the month filter), need the filter index.
  if (hasFilters || sort) await loadFilterIndex(engine);
  const search = await engine.search(query || null, { filters });
  if (ticket !== searches) return; // typed on: only the latest search may render
  showCounts(form, search.filters && (await groupCounts(engine, query, filters, search.filters)));
  if (ticket !== searches) return;
  const byDate = sort === 'newest' || sort === 'oldest';
  const months = byDate
    ? Object.entries(search.filters?.month ?? {})
        .filter(([, n]) => n > 0)
        .map(([month]) => month)
        .sort((a, b) => (sort === 'newest' ? b.localeCompare(a) : a.localeCompare(b)))
    : [];
  const day = (d: PagefindResultData) => d.meta.date ?? '';
  shown = {
    query,
    total: search.results.length,
    count: 0,
    queue: byDate ? [] : search.results,
    months,
    next: async (month) => {
      const within = await engine.search(query || null, { filters: { ...filters, month: { any: [month] } } });
      const data = await Promise.all(within.results.map((result) => result.data()));
      // By day within the month; Pagefind's order (relevance) breaks ties.
      return data.map((d, i) => ({ d, i })).sort((a, b) => (sort === 'newest' ? day(b.d).localeCompare(day(a.d)) : day(a.d).localeCompare(day(b.d))) || a.i - b.i).map(({ d }) => d);
    },
  };
  await showMore();
}

if (form) {
  document.querySelector('#search-needs-js')?.remove();
  // Restore the query, order and filters from the URL, so a linked search runs on load.
  const params = new URLSearchParams(location.search);
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
    const value = params.get(select.name) ?? '';
    // A person page may link to someone outside the listed few: add them.
    if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
    select.value = value;
  }
  // Filters stay folded away on phones unless the link already sets some.
  const filters = form.querySelector<HTMLDetailsElement>('#search-filters');
  if (filters && (matchMedia('(min-width: 50rem)').matches || [...params.keys()].some((key) => key !== 'q' && key !== 'sort'))) filters.open = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(form, true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"], select')) void run(form, true);
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input?.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(form, true), 250);
  });
  void run(form, false);
}
