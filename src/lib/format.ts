import type { Category, Status } from '../schema';
import { config } from './config';
import { labelFromKey } from './labels';

const longDate = new Intl.DateTimeFormat(config.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const categoryNames = new Map(config.categories.map((c) => [c.key, c]));

/** `2024-06-19` → `19 June 2024`; dates are calendar days, so format them in UTC. */
export const formatDate = (isoDate: string): string => longDate.format(new Date(`${isoDate}T00:00:00Z`));

/** The desk's name and description of a category (`categories` in the configuration). */
export const categoryLabel = (category: Category): string => categoryNames.get(category)?.label ?? labelFromKey(category);
export const categoryDescription = (category: Category): string => categoryNames.get(category)?.description ?? '';
export const statusLabel = (status: Status): string => labelFromKey(status);
/** Verdicts are the desk's own labels; an old-style key (`mostly-true`) reads as `Mostly true`. */
export const verdictLabel = (verdict: string): string => (/^[a-z]+(?:-[a-z]+)*$/.test(verdict) ? labelFromKey(verdict) : verdict);

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString(config.locale)} ${count === 1 ? one : many}`;

/** Latest date in an entry's history: what "last updated" means for a claim. */
export const lastUpdated = (history: readonly { date: string }[]): string =>
  history.reduce((latest, item) => (item.date > latest ? item.date : latest), history[0]?.date ?? '');

export const firstRecorded = (history: readonly { date: string }[]): string =>
  history.reduce((earliest, item) => (item.date < earliest ? item.date : earliest), history[0]?.date ?? '');
