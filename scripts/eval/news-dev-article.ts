/**
 * A news-dev text as a Markdown article: its header lines (`key: value`, up to the first blank
 * line) become front matter, values the header marks as unknown ("not given") are left out, and
 * the rest is the article's text. `npm run score:news-dev` and the tests on these texts share it.
 */
export function toMarkdown(text: string): string {
  const lines = text.split('\n');
  const blank = lines.findIndex((line) => line.trim() === '');
  const header = lines.slice(0, blank).filter((line) => /^[a-z_]+:\s/.test(line));
  const meta = header
    .map((line) => line.match(/^([a-z_]+):\s*(.*)$/)!)
    .filter(([, , value]) => value && !/^not given$/i.test(value))
    .map(([, key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${meta.join('\n')}\n---\n${lines.slice(blank + 1).join('\n')}`;
}
