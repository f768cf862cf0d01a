/** Calendar words and the one way dates are written (`YYYY-MM-DD`, UTC). */

/** In `Date.getUTCDay()` order. */
export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month name, full or abbreviated, as one capturing group. */
export const monthPattern = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Abbreviated months written with a full stop ("Jan."); not "may", a word that ends sentences. */
export const monthAbbreviations = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** 0-based month of a full or abbreviated name; -1 if none. */
export const monthIndex = (name: string) => months.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DD` of a year, a 1-based month and a day. */
export const isoDay = (year: number | string, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
/** `YYYY-MM-DD` of a date, in UTC. */
export const isoDate = (d: Date) => isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
