import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// remark-rehype drops raw HTML by default; rehype-sanitize (GitHub's schema) then removes
// anything else that could run: event handlers, `javascript:` URLs, unknown elements.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/** Editor-written Markdown (a claim entry's body) to HTML that is safe to inline. */
export function renderMarkdown(markdown: string): string {
  if (!markdown.trim()) return '';
  return String(processor.processSync(markdown));
}
