/** Input format, Markdown (`.md`, `.markdown`): one block per block element; optional front matter. */
import { createRequire } from 'node:module';
import type { Root, RootContent } from 'mdast';
import { withFrontMatter, type BlockKind, type InputFormat, type RawBlock } from './input.ts';
import { htmlToBlocks } from './html.ts';

// The parser loads on first use: a run over plain text, or one whose analyses all come from
// the cache, does not pay for it (a quarter second per process).
const require = createRequire(import.meta.url);
const markdownParser = () => (require('remark') as typeof import('remark')).remark();
const mdastToString = (node: Parameters<typeof import('mdast-util-to-string').toString>[0]) =>
  (require('mdast-util-to-string') as typeof import('mdast-util-to-string')).toString(node);

/** Markdown: each block element becomes a block of its plain text (emphasis and link syntax dropped). */
export function blocksFromMarkdown(markdown: string): RawBlock[] {
  const tree = markdownParser().parse(markdown) as Root;
  const blocks: RawBlock[] = [];
  const push = (text: string, kind: BlockKind) => {
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (trimmed) blocks.push({ index: blocks.length + 1, text: trimmed, kind });
    }
  };
  const visit = (node: RootContent, kind: BlockKind) => {
    switch (node.type) {
      case 'heading':
        push(mdastToString(node), 'heading');
        break;
      case 'paragraph':
        push(mdastToString(node), kind);
        break;
      case 'blockquote':
        node.children.forEach((child) => visit(child, 'quote'));
        break;
      case 'list':
        node.children.forEach((item) => item.children.forEach((child) => visit(child, 'list-item')));
        break;
      case 'html':
        push(htmlToBlocks(node.value).map((b) => b.text).join('\n'), kind);
        break;
      case 'code':
      case 'thematicBreak':
      case 'definition':
        break;
      default:
        if ('children' in node) push(mdastToString(node), kind);
    }
  };
  tree.children.forEach((node) => visit(node, 'text'));
  return blocks;
}

export const markdownFormat: InputFormat = {
  extensions: ['.md', '.markdown'],
  read: (file, text) => withFrontMatter(file, text, blocksFromMarkdown),
};
