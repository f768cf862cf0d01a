/**
 * Ready-made citations of a claim page. The publishing organisation is the author, the site
 * the container (named once when the two are the same), the claim's title the title, and the
 * last update the date, since that is the version a reader cites. The words a citation adds
 * (the rating's bracket, dates, "Last modified") come from the interface's dictionary; English
 * unless the caller passes another (the claim page passes the build's).
 */
import { dictionaries, type Dictionary } from './i18n';

type CitationWords = Dictionary['citation'];
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

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dateParts(isoDate: string) {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, monthIndex: month - 1, day };
}

/** End a title with a full stop unless it already ends in punctuation. */
const sentence = (title: string) => (/[.!?]$/.test(title) ? title : `${title}.`);

/** The title as cited: a rated claim's rating follows in brackets, as APA describes a work's kind. */
const citedTitle = ({ title, rating }: Pick<CitedClaim, 'title' | 'rating'>, words: CitationWords) => (rating ? `${title.replace(/[.!?]$/, '')} ${words.factCheck(rating)}` : title);

/** The site's name after the author's, unless it is the same name. */
const container = ({ site, publisher }: CitedClaim, after: string) => (site === publisher ? '' : `${site}${after}`);

const english = dictionaries.en.citation;

export function apa(cited: CitedClaim, words: CitationWords = english): string {
  const { updated, permalink, publisher } = cited;
  const { year, monthIndex, day } = dateParts(updated);
  return `${publisher}. (${words.apaDate(year, monthIndex, day)}). ${sentence(citedTitle(cited, words))} ${container(cited, '. ')}${permalink}`;
}

export function mla(cited: CitedClaim, words: CitationWords = english): string {
  const { updated, permalink, site } = cited;
  const { year, monthIndex, day } = dateParts(updated);
  const publisher = cited.publisher === site ? '' : `${cited.publisher}, `;
  return `“${sentence(citedTitle(cited, words))}” ${site}, ${publisher}${words.mlaDate(year, monthIndex, day)}, ${permalink}.`;
}

export function chicago(cited: CitedClaim, words: CitationWords = english): string {
  const { updated, permalink, publisher } = cited;
  const { year, monthIndex, day } = dateParts(updated);
  return `${publisher}. “${sentence(citedTitle(cited, words))}” ${container(cited, '. ')}${words.chicagoModified(year, monthIndex, day)}. ${permalink}.`;
}

// BibTeX treats these as syntax; escape them so a title cannot break the entry.
const bibtexEscape = (text: string) => text.replace(/[\\{}%&$#_^~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`));

// A citation key is plain ASCII: "Le Vérificateur" → "leverificateur".
const bibtexKey = (name: string) => name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '') || 'claim';

export function bibtex({ id, title, updated, permalink, publisher, site, rating }: CitedClaim, words: CitationWords = english): string {
  const { year, monthIndex } = dateParts(updated);
  return [
    `@misc{${bibtexKey(site)}:${id},`,
    `  author = {{${bibtexEscape(publisher)}}},`,
    `  title = {${bibtexEscape(citedTitle({ title, rating }, words))}},`,
    ...(site === publisher ? [] : [`  howpublished = {${bibtexEscape(site)}},`]),
    `  year = {${year}},`,
    `  month = ${bibtexMonths[monthIndex]},`,
    `  url = {${permalink}},`,
    `  note = {${bibtexEscape(words.bibtexNote(updated))}}`,
    '}',
  ].join('\n');
}

export const citationStyles = [
  { key: 'apa', label: 'APA', format: apa },
  { key: 'mla', label: 'MLA', format: mla },
  { key: 'chicago', label: 'Chicago', format: chicago },
  { key: 'bibtex', label: 'BibTeX', format: bibtex },
] as const;
