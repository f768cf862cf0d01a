/**
 * Ready-made citations of a claim page. The site is the author, the claim's title the
 * title, and the last update the date, since that is the version a reader cites.
 */
export interface CitedClaim {
  id: string;
  title: string;
  /** `YYYY-MM-DD` of the last update. */
  updated: string;
  permalink: string;
  /** The desk's rating, when the claim has one: citations say what was concluded. */
  rating?: string;
}

export const siteName = 'claimtrail';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// MLA 9 abbreviates months longer than four letters.
const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dateParts(isoDate: string) {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, monthIndex: month - 1, day };
}

/** End a title with a full stop unless it already ends in punctuation. */
const sentence = (title: string) => (/[.!?]$/.test(title) ? title : `${title}.`);

/** The title as cited: a rated claim's rating follows in brackets, as APA describes a work's kind. */
const citedTitle = ({ title, rating }: Pick<CitedClaim, 'title' | 'rating'>) => (rating ? `${title.replace(/[.!?]$/, '')} [Fact check: ${rating}]` : title);

export function apa(cited: CitedClaim): string {
  const { year, monthIndex, day } = dateParts(cited.updated);
  return `${siteName}. (${year}, ${months[monthIndex]} ${day}). ${sentence(citedTitle(cited))} ${cited.permalink}`;
}

export function mla(cited: CitedClaim): string {
  const { year, monthIndex, day } = dateParts(cited.updated);
  return `“${sentence(citedTitle(cited))}” ${siteName}, ${day} ${mlaMonths[monthIndex]} ${year}, ${cited.permalink}.`;
}

export function chicago(cited: CitedClaim): string {
  const { year, monthIndex, day } = dateParts(cited.updated);
  return `${siteName}. “${sentence(citedTitle(cited))}” Last modified ${months[monthIndex]} ${day}, ${year}. ${cited.permalink}.`;
}

// BibTeX treats these as syntax; escape them so a title cannot break the entry.
const bibtexEscape = (text: string) => text.replace(/[\\{}%&$#_^~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`));

export function bibtex({ id, title, updated, permalink, rating }: CitedClaim): string {
  const { year, monthIndex } = dateParts(updated);
  return [
    `@misc{${siteName}:${id},`,
    `  author = {{${siteName}}},`,
    `  title = {${bibtexEscape(citedTitle({ title, rating }))}},`,
    `  year = {${year}},`,
    `  month = ${bibtexMonths[monthIndex]},`,
    `  url = {${permalink}},`,
    `  note = {Claim entry, last updated ${updated}}`,
    '}',
  ].join('\n');
}

export const citationStyles = [
  { key: 'apa', label: 'APA', format: apa },
  { key: 'mla', label: 'MLA', format: mla },
  { key: 'chicago', label: 'Chicago', format: chicago },
  { key: 'bibtex', label: 'BibTeX', format: bibtex },
] as const;
