/** Input format, Markdown (`.md`, `.markdown`): one block per block element; optional front matter. */
import { createRequire } from 'node:module';
import type { Root, RootContent } from 'mdast';
import { InputError, withFrontMatter, type BlockKind, type InputFormat, type RawBlock } from './input.ts';
import { htmlToBlocks } from './html.ts';

// The parser loads on first use: a run over plain text, or one whose analyses all come from
// the cache, does not pay for it (a quarter second per process).
const require = createRequire(import.meta.url);
const markdownParser = () => (require('remark') as typeof import('remark')).remark();
const mdastToString = (node: Parameters<typeof import('mdast-util-to-string').toString>[0]) =>
  (require('mdast-util-to-string') as typeof import('mdast-util-to-string')).toString(node);

/**
 * Longest run of container markers (indentation, `>`, list bullets) a line may open with. The
 * parser's work grows with the cube of list nesting (64 levels: 0.5 s, 1,000: two minutes) and
 * 10,000 nested quotes overflow its stack; articles nest lists a few levels deep.
 */
export const maxMarkdownIndent = 100;
// Only a prefix something follows: a line of dashes is a rule or a heading's underline, not nesting.
const containerPrefix = /^[ \t>*+\-\d.)]*(?=[^\s>*+\-\d.)])/gm;

/** Markdown: each block element becomes a block of its plain text (emphasis and link syntax dropped). */
export function blocksFromMarkdown(markdown: string, file = 'Markdown'): RawBlock[] {
  for (const prefix of markdown.matchAll(containerPrefix)) {
    if (prefix[0].length > maxMarkdownIndent)
      throw new InputError(file, undefined, `a line opens with ${prefix[0].length} characters of indentation, quote and list markers, more than the ${maxMarkdownIndent} an article nests`, 'Remove the nesting, or save the article as plain text (.txt)');
  }
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
        push(htmlToBlocks(node.value, file).map((b) => b.text).join('\n'), kind);
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
  read: (file, text) => withFrontMatter(file, text, (content) => blocksFromMarkdown(content, file)),
};
