/**
 * Scroll-to-text links (`#:~:text=`) into the original article. Long quotes use the
 * `start,end` form so small differences in the middle of the sentence still match.
 */
const WORDS_AT_EACH_END = 5;

// `-`, `,` and `&` are syntax inside a text directive, so they must be percent-encoded too.
const encodeTerm = (term: string): string =>
  encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

export function textDirective(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= WORDS_AT_EACH_END * 2) return `text=${encodeTerm(words.join(' '))}`;
  const start = words.slice(0, WORDS_AT_EACH_END).join(' ');
  const end = words.slice(-WORDS_AT_EACH_END).join(' ');
  return `text=${encodeTerm(start)},${encodeTerm(end)}`;
}

export function textFragmentUrl(url: string, quote: string): string {
  const directive = textDirective(quote);
  if (!directive) return url;
  const [withoutHash, hash = ''] = url.split('#', 2);
  const keptHash = hash.split(':~:')[0];
  return `${withoutHash}#${keptHash}:~:${directive}`;
}
