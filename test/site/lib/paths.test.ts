import { describe, expect, test } from 'vitest';
import { joinBase, safeExternalUrl } from '../../../src/lib/paths';

describe('joinBase', () => {
  test('joins a site path to a root or sub-path base, with or without slashes', () => {
    expect(joinBase('/', '/claims/x/')).toBe('/claims/x/');
    expect(joinBase('/fact-checks', '/claims/x/')).toBe('/fact-checks/claims/x/');
    expect(joinBase('/fact-checks/', 'claims/x/')).toBe('/fact-checks/claims/x/');
    expect(joinBase('/fact-checks/', '/')).toBe('/fact-checks/');
  });
});

describe('safeExternalUrl', () => {
  test('keeps http(s) links', () => {
    expect(safeExternalUrl('https://www.rt.com/a#b')).toBe('https://www.rt.com/a#b');
    expect(safeExternalUrl('http://example.org/')).toBe('http://example.org/');
  });
  test('drops script, data and malformed URLs', () => {
    expect(safeExternalUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeExternalUrl(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeExternalUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeExternalUrl('not a url')).toBeUndefined();
    expect(safeExternalUrl(undefined)).toBeUndefined();
  });
});
