/**
 * The floor for an Astro + Pagefind design: a bare Astro project with one plain Markdown page
 * per claim (same count, about the same text as our claim entry) and one minimal layout.
 * Generated under bench/out; it uses the project's installed `astro` (resolved up the tree).
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

export interface BaselineProject {
  root: string;
  pages: number;
}

const layout = `---
const { frontmatter } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
  <body><main><h1>{frontmatter.title}</h1><slot /></main></body>
</html>
`;

/** One Markdown page per claim file in `claimsDir`, carrying the claim, its sources and quotes. */
export function writeBaseline(root: string, claimsDir: string): BaselineProject {
  fs.rmSync(root, { recursive: true, force: true });
  const pagesDir = path.join(root, 'src/pages/claims');
  fs.mkdirSync(pagesDir, { recursive: true });
  fs.mkdirSync(path.join(root, 'src/layouts'), { recursive: true });
  fs.writeFileSync(path.join(root, 'src/layouts/Page.astro'), layout);
  fs.writeFileSync(path.join(root, 'astro.config.mjs'), `export default { site: 'https://baseline.example' };\n`);
  fs.writeFileSync(path.join(root, 'package.json'), `{ "name": "claimtrail-bench-baseline", "private": true, "type": "module" }\n`);
  let pages = 0;
  for (const file of fs.readdirSync(claimsDir).filter((f) => f.endsWith('.md'))) {
    const { data } = matter(fs.readFileSync(path.join(claimsDir, file), 'utf8'));
    const sources = (data.sources ?? []) as { quote: string; outlet?: string; title?: string; published?: string }[];
    const body = [
      String(data.claim ?? ''),
      `Category: ${data.category}. Status: ${data.status}.`,
      '## Sources',
      ...sources.map((s) => `- ${s.outlet ?? 'Unknown outlet'}, “${s.title ?? ''}” (${s.published ?? 'undated'}):\n  > ${s.quote}`),
    ].join('\n\n');
    fs.writeFileSync(
      path.join(pagesDir, file),
      `---\nlayout: ../../layouts/Page.astro\ntitle: ${JSON.stringify(String(data.title ?? file))}\n---\n\n${body}\n`,
    );
    pages++;
  }
  return { root, pages };
}
