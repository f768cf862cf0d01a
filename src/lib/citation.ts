/**
 * Ready-made citations of a claim page. The publishing organisation is the author, the site
 * the container (named once when the two are the same), the claim's title the title, and the
 * last update the date, since that is the version a reader cites.
 */
export interface CitedClaim {
  id: string;
  title: string;
  /** `YYYY-MM-DD` of the last update. */
  updated: string;
  permalink: string;
  /** The organisation that publishes the fact-checks (`organisation.name` in the configuration). */
  publisher: string;
  /** The site's title (`title` in the configuration). */
  site: string;
  /** The desk's rating, when the claim has one: a citation says what was concluded. */
  rating?: string;
}

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

/** The site's name after the author's, unless it is the same name. */
const container = ({ site, publisher }: CitedClaim, after: string) => (site === publisher ? '' : `${site}${after}`);

export function apa(cited: CitedClaim): string {
  const { updated, permalink, publisher } = cited;
  const { year, monthIndex, day } = dateParts(updated);
  return `${publisher}. (${year}, ${months[monthIndex]} ${day}). ${sentence(citedTitle(cited))} ${container(cited, '. ')}${permalink}`;
}

export function mla(cited: CitedClaim): string {
  const { updated, permalink, site } = cited;
  const { year, monthIndex, day } = dateParts(updated);
  const publisher = cited.publisher === site ? '' : `${cited.publisher}, `;
  return `“${sentence(citedTitle(cited))}” ${site}, ${publisher}${day} ${mlaMonths[monthIndex]} ${year}, ${permalink}.`;
}

export function chicago(cited: CitedClaim): string {
  const { updated, permalink, publisher } = cited;
  const { year, monthIndex, day } = dateParts(updated);
  return `${publisher}. “${sentence(citedTitle(cited))}” ${container(cited, '. ')}Last modified ${months[monthIndex]} ${day}, ${year}. ${permalink}.`;
}

// BibTeX treats these as syntax; escape them so a title cannot break the entry.
const bibtexEscape = (text: string) => text.replace(/[\\{}%&$#_^~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`));

// A citation key is plain ASCII: "Le Vérificateur" → "leverificateur".
const bibtexKey = (name: string) => name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '') || 'claim';

export function bibtex({ id, title, updated, permalink, publisher, site, rating }: CitedClaim): string {
  const { year, monthIndex } = dateParts(updated);
  return [
    `@misc{${bibtexKey(site)}:${id},`,
    `  author = {{${bibtexEscape(publisher)}}},`,
    `  title = {${bibtexEscape(citedTitle({ title, rating }))}},`,
    ...(site === publisher ? [] : [`  howpublished = {${bibtexEscape(site)}},`]),
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
