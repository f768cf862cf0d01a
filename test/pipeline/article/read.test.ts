import { describe, expect, it } from 'vitest';
import { InputError, decodeText, metaFromData, normaliseDate, readArticle } from '../../../scripts/pipeline/article/read/index.ts';
import { seed } from '../helpers.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('read', () => {
  it('reads a seed as verbatim lines with its sidecar metadata', () => {
    const article = seed('002');
    expect(article.meta).toMatchObject({ outlet: 'GB News', author: 'James Saunders', published: '2024-06-19' });
    expect(article.blocks.find((b) => b.text.startsWith('Putin told North Korean officials'))?.text).toBe(
      'Putin told North Korean officials: "We highly appreciate your consistent and unwavering support for Russian policy, including in the Ukrainian direction."',
    );
    expect(article.blocks.map((b) => b.index)).toEqual(article.blocks.map((_, i) => i + 1));
  });

  it('accepts the usual metadata synonyms editors paste', () => {
    const meta = metaFromData({ headline: 'H', source: 'Reuters', byline: 'A. Writer', date: 'June 19, 2024', link: 'https://example.com/a' }, 'x.md');
    expect(meta).toEqual({ title: 'H', outlet: 'Reuters', author: 'A. Writer', published: '2024-06-19', url: 'https://example.com/a' });
    expect(normaliseDate('19 June 2024', 'x')).toBe('2024-06-19');
    expect(normaliseDate(new Date(Date.UTC(2024, 5, 19)), 'x')).toBe('2024-06-19');
    expect(normaliseDate('19/06/2024', 'x')).toBe('2024-06-19');
  });

  it('reads Markdown with front matter and strips Markdown syntax, not words', () => {
    const md = '---\ntitle: "A test"\noutlet: Example Times\npublished: 2024-06-19\n---\n# Heading\n\nThe **army** fired [12 missiles](https://x.y) on Tuesday.\n\n> "We will respond," he said.\n';
    const article = readArticle('a.md', bytes(md));
    expect(article.meta.title).toBe('A test');
    expect(article.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Heading'],
      ['text', 'The army fired 12 missiles on Tuesday.'],
      ['quote', '"We will respond," he said.'],
    ]);
  });

  it('extracts the main text of a saved web page and leaves navigation and scripts behind', () => {
    const html = `<!doctype html><html><head><title>Page</title><meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2024-06-19T07:38:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><script>alert(1)</script>
      <article><h1>Troops withdraw from the border</h1>
      <p>The defence ministry said on Monday that 3,000 troops had withdrawn from the border region after talks that lasted two days.</p>
      <p>Officials from both countries confirmed the agreement, which takes effect on 1 July and covers a 40 km buffer zone.</p>
      <p>The withdrawal is the first since the conflict began in 2021, according to the United Nations monitoring mission.</p></article>
      <footer>Share this article. Subscribe to our newsletter.</footer></body></html>`;
    const article = readArticle('page.html', bytes(html));
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(article.meta).toMatchObject({ outlet: 'The Daily', published: '2024-06-19' });
    expect(text).toContain('3,000 troops had withdrawn');
    expect(text).not.toMatch(/alert|Home|Subscribe/);

    // The page's own canonical link is kept when it is a web address and dropped when not.
    const withLink = (href: string) => readArticle('page.html', bytes(html.replace('<title>', `<link rel="canonical" href="${href}"><title>`))).meta.url;
    expect(withLink('https://daily.example/troops')).toBe('https://daily.example/troops');
    expect(withLink('/world/troops')).toBeUndefined();
    expect(withLink('javascript:alert(1)')).toBeUndefined();
  });

  it.each([
    ['empty', bytes('  \n\n'), /a\.txt: file is empty/],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), /binary/],
    ['not UTF-8', new Uint8Array([...bytes('fine line\nbad '), 0xff, 0xfe, 0x41]), /a\.txt:2: text is not valid UTF-8/],
    ['huge', new Uint8Array(6 * 1024 * 1024).fill(0x61), /more than the 5 MB/],
  ])('refuses %s input with the file named', (_label, input, message) => {
    expect(() => decodeText('a.txt', input)).toThrow(message);
  });

  it('names the line of malformed front matter and says how to fix it', () => {
    const md = '---\ntitle: ok\noutlet: [unclosed\nauthor: x\n---\nText.';
    let error: unknown;
    try {
      readArticle('bad.md', bytes(md));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^bad\.md:\d+: front matter is not valid YAML/);
    expect((error as InputError).line).toBeGreaterThanOrEqual(3);
    expect(() => readArticle('d.md', bytes('---\npublished: someday\n---\nText.'))).toThrow(/d\.md:2: "someday" is not a date/);
  });

  it('reads whether an article may be republished whole, and refuses anything but yes or no', () => {
    expect(metaFromData({ title: 'Our own report', republish: true }, 'seeds/own.md').republish).toBe(true);
    expect(metaFromData({ title: 'Wire copy', republishable: 'no' }, 'seeds/wire.md').republish).toBe(false);
    expect(metaFromData({ title: 'Wire copy' }, 'seeds/wire.md').republish).toBeUndefined();
    expect(() => metaFromData({ title: 'Unclear', republish: 'maybe' }, 'seeds/unclear.md', 'title: Unclear\nrepublish: maybe\n')).toThrow(/unclear\.md.*republish "maybe" is neither true nor false/);
  });
});
