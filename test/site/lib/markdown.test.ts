import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown';

describe('renderMarkdown', () => {
  test('renders ordinary Markdown', () => {
    expect(renderMarkdown('A *note* with a [source](https://www.state.gov/).')).toBe('<p>A <em>note</em> with a <a href="https://www.state.gov/">source</a>.</p>');
    expect(renderMarkdown('  \n')).toBe('');
  });
  test('drops raw HTML, event handlers and javascript: links', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1)) <a href="javascript:alert(1)">y</a>');
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(html).toContain('<a>x</a>');
  });
});
