/**
 * A claim opened from search marks the searched words (`?highlight=…`) in the claim's text
 * and scrolls to the first one. Words match from their start, as Pagefind's stemmed search
 * does ("deleg" finds "delegation"). Nothing happens without the parameter.
 */
const words = new URLSearchParams(location.search)
  .getAll('highlight')
  .flatMap((value) => value.split(/\s+/))
  .map((word) => word.replace(/[^\p{L}\p{N}'’-]/gu, ''))
  .filter((word) => word.length > 1);

const article = document.querySelector('article[data-pagefind-body]');
if (words.length && article) {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  // Only the claim and its evidence: never the citation boxes, navigation or hidden metadata.
  const skip = (node: Node) => Boolean(node.parentElement?.closest('[data-pagefind-ignore], [hidden], script, style, mark, pre'));
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (skip(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let first: HTMLElement | undefined;
  for (const text of texts) {
    const value = text.data;
    pattern.lastIndex = 0;
    const matches = [...value.matchAll(pattern)];
    if (!matches.length) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const match of matches) {
      // Extend to the end of the word, so the whole word is marked.
      const end = match.index + match[0].length + (/^[\p{L}\p{N}]*/u.exec(value.slice(match.index + match[0].length))?.[0].length ?? 0);
      fragment.append(value.slice(at, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = value.slice(match.index, end);
      fragment.append(mark);
      first ??= mark;
      at = end;
    }
    fragment.append(value.slice(at));
    text.replaceWith(fragment);
  }
  first?.scrollIntoView({ block: 'center' });
}
