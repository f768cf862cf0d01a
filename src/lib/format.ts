import type { Category, Status } from '../schema';
import { config } from './config';
import { dictionaries, dictionaryOf, type Dictionary, type Noun } from './i18n';
import { labelFromKey } from './labels';

/** The interface text of this build: the dictionary of the configured language (English when there is none). */
export const t: Dictionary = dictionaryOf(config.language) ?? dictionaries.en;

const longDate = new Intl.DateTimeFormat(config.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(config.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const pluralRules = new Intl.PluralRules(config.locale);
const categoryNames = new Map(config.categories.map((c) => [c.key, c]));

/** `2024-06-19` → `19 June 2024`; dates are calendar days, so format them in UTC. */
export const formatDate = (isoDate: string): string => longDate.format(new Date(`${isoDate}T00:00:00Z`));
/** `2024-06` or `2024-06-01` → `June 2024`, in the desk's locale. */
export const formatMonth = (isoMonth: string): string => monthYear.format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`));
/** A number as the desk's locale writes it. */
export const formatNumber = (n: number): string => n.toLocaleString(config.locale);

/** The desk's name and description of a category (`categories` in the configuration). */
export const categoryLabel = (category: Category): string => categoryNames.get(category)?.label ?? labelFromKey(category);
export const categoryDescription = (category: Category): string => categoryNames.get(category)?.description ?? '';
export const statusLabel = (status: Status): string => t.statuses[status] ?? labelFromKey(status);
export const statusMeaning = (status: Status): string => t.statusMeanings[status];
/** Verdicts are the desk's own labels; an old-style key (`mostly-true`) reads as `Mostly true`. */
export const verdictLabel = (verdict: string): string => (/^[a-z]+(?:-[a-z]+)*$/.test(verdict) ? labelFromKey(verdict) : verdict);

/** `3 claims`: the count in the desk's locale and the noun in the language's plural form. */
export const plural = (count: number, noun: Noun): string => `${formatNumber(count)} ${pluralRules.select(count) === 'one' ? noun.one : noun.many}`;

/** `A, B and C`, in the interface's language. */
export const listing = (names: readonly string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t.and} ${names.at(-1)}`);

/** Latest date in an entry's history: what "last updated" means for a claim. */
export const lastUpdated = (history: readonly { date: string }[]): string =>
  history.reduce((latest, item) => (item.date > latest ? item.date : latest), history[0]?.date ?? '');

export const firstRecorded = (history: readonly { date: string }[]): string =>
  history.reduce((earliest, item) => (item.date < earliest ? item.date : earliest), history[0]?.date ?? '');
