/**
 * Stage 1, read: turn one input file into metadata plus raw blocks (one block per line of text,
 * heading, list item or paragraph), verbatim. Each input format is one module, chosen here by
 * the file name's ending; to read a new format, add a module with an `InputFormat` and list it.
 */
import { createHash } from 'node:crypto';
import { articleSlug, decodeText, metaFromData, parseSidecar, type InputFormat, type RawArticle } from './input.ts';
import { textFormat } from './plain-text.ts';
import { markdownFormat } from './markdown.ts';
import { htmlFormat } from './html.ts';

export { InputError, decodeText, metaFromData, normaliseDate, parseSidecar, sidecarExtensions, articleSlug, uniqueArticleSlugs, maxInputBytes } from './input.ts';
export type { BlockKind, RawArticle, RawBlock } from './input.ts';
export { blocksFromText } from './plain-text.ts';
export { blocksFromMarkdown } from './markdown.ts';
export { readHtml } from './html.ts';

/** The input formats; a file whose ending none lists is read as Markdown (plain text is valid Markdown). */
const formats: InputFormat[] = [textFormat, markdownFormat, htmlFormat];
export const articleExtensions = formats.flatMap((f) => f.extensions);

function formatOf(file: string): InputFormat {
  const lower = file.toLowerCase();
  return formats.find((f) => f.extensions.some((ext) => lower.endsWith(ext))) ?? markdownFormat;
}

/**
 * Read one article. `sidecar` is the text of `<stem>.yml|.yaml|.json` beside it, if any;
 * its fields win over what the file itself says.
 */
export function readArticle(file: string, bytes: Uint8Array, sidecar?: { file: string; text: string }, slug = articleSlug(file)): RawArticle {
  const text = decodeText(file, bytes);
  const { data, blocks } = formatOf(file).read(file, text);
  let meta = metaFromData(data, file, text);
  if (sidecar) meta = { ...meta, ...metaFromData(parseSidecar(sidecar.file, sidecar.text), sidecar.file, sidecar.text) };
  const hash = createHash('sha256').update(bytes).update(sidecar?.text ?? '').digest('hex');
  return { file, slug, hash, meta, blocks };
}
