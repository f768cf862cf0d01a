/** Input format, plain text (`.txt`): every non-empty line is a block; optional front matter. */
import { withFrontMatter, type InputFormat, type RawBlock } from './input.ts';
import { listMarker } from '../../text.ts';


/** Plain text: every non-empty line is a block; lines keep their exact characters. */
export function blocksFromText(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) blocks.push({ index: blocks.length + 1, text: trimmed, kind: listMarker.test(trimmed) ? 'list-item' : 'text' });
  }
  return blocks;
}

export const textFormat: InputFormat = {
  extensions: ['.txt'],
  read: (file, text) => withFrontMatter(file, text, blocksFromText),
};
