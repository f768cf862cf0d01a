import type { Category, Status } from '../schema';
import { labelFromKey } from './labels';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024-06-19` → `19 June 2024`; dates are calendar days, so format them in UTC. */
export const formatDate = (isoDate: string): string => longDate.format(new Date(`${isoDate}T00:00:00Z`));

export const categoryLabel = (category: Category): string => labelFromKey(category);
export const statusLabel = (status: Status): string => labelFromKey(status);
/** Verdicts are the desk's own labels; an old-style key (`mostly-true`) reads as `Mostly true`. */
export const verdictLabel = (verdict: string): string => (/^[a-z]+(?:-[a-z]+)*$/.test(verdict) ? labelFromKey(verdict) : verdict);

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** Latest date in an entry's history: what "last updated" means for a claim. */
export const lastUpdated = (history: readonly { date: string }[]): string =>
  history.reduce((latest, item) => (item.date > latest ? item.date : latest), history[0]?.date ?? '');

export const firstRecorded = (history: readonly { date: string }[]): string =>
  history.reduce((earliest, item) => (item.date < earliest ? item.date : earliest), history[0]?.date ?? '');
