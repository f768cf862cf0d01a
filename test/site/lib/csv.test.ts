import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from '../../../src/lib/csv';

describe('CSV', () => {
  test('quotes cells with commas, quotes or line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
  });
  test('defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  test('writes CRLF rows under a header', () => {
    expect(toCsv(['id', 'title'], [['a', 'Title, one']])).toBe('id,title\r\na,"Title, one"\r\n');
  });
});
