/**
 * Describe, dates: the day a claim refers to, from an explicit date in the sentence or a
 * weekday, "today" or "yesterday" read against the article's publication date.
 */
import { isoDate, isoDay, monthIndex, monthPattern, weekdays } from '../../lexicon/calendar.ts';

const weekdayMention = new RegExp(`\\b(?:on|earlier on|late on|early on|since|by)?\\s*(${weekdays.join('|')})(?:['’]s)?\\b`, 'i');
const monthDay = new RegExp(`\\b${monthPattern}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'i');
const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthPattern}\\b(?:,?\\s+(\\d{4}))?`, 'i');

const allMonthDays = new RegExp(monthDay.source, 'gi');
const allDayMonths = new RegExp(dayMonth.source, 'gi');
const monthRangeYear = new RegExp(`\\b${monthPattern}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');

/** Future tense, or a plan: the weekday it names is ahead of the publication date. */
const future = /\b(?:will|shall|is (?:set|due|expected|scheduled) to|are (?:set|due|expected|scheduled) to|plans? to|planning to|to be held|going to|next)\b/i;

/** The day a claim refers to: an explicit date, or a weekday/"today" read against the publication date. */
export function claimDate(sentence: string, published?: string): string | undefined {
  const year = published ? Number(published.slice(0, 4)) : undefined;
  // Both forms need a day number, and most sentences have no digit at all.
  const digits = /\d/.test(sentence);
  const mdy = digits ? sentence.match(monthDay) : null;
  const dmy = mdy || !digits ? null : sentence.match(dayMonth);
  const explicit = mdy ? { m: mdy[1], d: mdy[2], y: mdy[3] } : dmy ? { m: dmy[2], d: dmy[1], y: dmy[3] } : undefined;
  if (explicit) {
    const y = explicit.y ? Number(explicit.y) : year;
    const m = monthIndex(explicit.m);
    const d = Number(explicit.d);
    // A day the month does not have (30 February) is no date.
    if (y && m >= 0 && d >= 1 && d <= new Date(Date.UTC(y, m + 1, 0)).getUTCDate()) return isoDay(y, m + 1, d);
  }
  if (!published) return undefined;
  const base = () => new Date(`${published}T00:00:00Z`);
  if (/\b(?:today|this morning|tonight|this evening|earlier today)\b/i.test(sentence)) return published;
  if (/\byesterday\b/i.test(sentence)) return isoDate(new Date(base().getTime() - 864e5));
  // Every weekday ends in "day": a much cheaper search first.
  const day = /day/i.test(sentence) ? sentence.match(weekdayMention) : null;
  if (day) {
    const target = weekdays.indexOf(day[1].toLowerCase());
    // "will be held on Friday" is the coming Friday; "met on Friday", the last one.
    if (future.test(sentence)) {
      const ahead = (target - base().getUTCDay() + 7) % 7;
      return isoDate(new Date(base().getTime() + ahead * 864e5));
    }
    const back = (base().getUTCDay() - target + 7) % 7;
    return isoDate(new Date(base().getTime() - back * 864e5));
  }
  return undefined;
}

/**
 * The latest day an undated text states with its month and day ("September 13"), the year taken
 * from the text itself ("September 10 and 11, 2023"); undefined when no date there gives a year.
 * Not a publication date: it only lets the merge compare an undated fact sheet or transcript with
 * the reports of the same days.
 */
export function latestStatedDate(texts: string[]): string | undefined {
  const found: { m: number; d: number; y?: number }[] = [];
  const years = new Map<number, number>();
  for (const text of texts) {
    if (!/\d/.test(text)) continue;
    // "September 10 and 11, 2023": the range's year is the first day's too.
    for (const m of text.matchAll(monthRangeYear)) found.push({ m: monthIndex(m[1]), d: Number(m[2]), y: Number(m[3]) });
    for (const m of text.matchAll(allMonthDays)) found.push({ m: monthIndex(m[1]), d: Number(m[2]), y: m[3] ? Number(m[3]) : undefined });
    for (const m of text.matchAll(allDayMonths)) found.push({ m: monthIndex(m[2]), d: Number(m[1]), y: m[3] ? Number(m[3]) : undefined });
  }
  for (const f of found) if (f.y) years.set(f.y, (years.get(f.y) ?? 0) + 1);
  if (!years.size) return undefined;
  // The year most of its dates give, for the dates that give none.
  const year = [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const days = found
    .filter((f) => f.m >= 0 && f.d >= 1 && f.d <= 31)
    .map((f) => new Date(Date.UTC(f.y ?? year, f.m, f.d)))
    .filter((date) => date.getUTCDate() <= 31);
  return days.length ? isoDate(new Date(Math.max(...days.map((d) => d.getTime())))) : undefined;
}
