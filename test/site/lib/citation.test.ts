import { describe, expect, test } from 'vitest';
import { apa, bibtex, chicago, mla } from '../../../src/lib/citation';

const cited = {
  id: 'lavrov-in-russian-delegation',
  title: 'Sergey Lavrov was in the Russian delegation',
  updated: '2024-06-20',
  permalink: 'https://claimtrail.example/claims/lavrov-in-russian-delegation/',
  publisher: 'claimtrail',
  site: 'claimtrail',
};

describe('citations', () => {
  test('APA: author, date, title, URL', () => {
    expect(apa(cited)).toBe('claimtrail. (2024, June 20). Sergey Lavrov was in the Russian delegation. https://claimtrail.example/claims/lavrov-in-russian-delegation/');
  });
  test('MLA: quoted title, container, abbreviated month', () => {
    expect(mla(cited)).toBe('“Sergey Lavrov was in the Russian delegation.” claimtrail, 20 June 2024, https://claimtrail.example/claims/lavrov-in-russian-delegation/.');
    expect(mla({ ...cited, updated: '2024-09-03' })).toContain('3 Sept. 2024');
  });
  test('Chicago: last modified date', () => {
    expect(chicago(cited)).toBe('claimtrail. “Sergey Lavrov was in the Russian delegation.” Last modified June 20, 2024. https://claimtrail.example/claims/lavrov-in-russian-delegation/.');
  });
  test('a title ending in punctuation gets no second full stop', () => {
    expect(apa({ ...cited, title: 'Did Lavrov attend?' })).toContain('Did Lavrov attend? https://');
  });
  test('BibTeX: a well-formed @misc entry with special characters escaped', () => {
    const entry = bibtex({ ...cited, title: 'Aid of 50% & {more} for #1_ally' });
    expect(entry).toContain('@misc{claimtrail:lavrov-in-russian-delegation,');
    expect(entry).toContain('title = {Aid of 50\\% \\& \\{more\\} for \\#1\\_ally},');
    expect(entry).toContain('month = jun,');
    expect(entry.endsWith('}')).toBe(true);
    const opened = (entry.match(/(?<!\\)\{/g) ?? []).length;
    const closed = (entry.match(/(?<!\\)\}/g) ?? []).length;
    expect(opened).toBe(closed);
  });
  test("a desk's organisation is the author and its site the container, each named once", () => {
    const desk = { ...cited, publisher: 'Rédaction Exemple', site: 'Le Vérificateur' };
    expect(apa(desk)).toBe('Rédaction Exemple. (2024, June 20). Sergey Lavrov was in the Russian delegation. Le Vérificateur. https://claimtrail.example/claims/lavrov-in-russian-delegation/');
    expect(mla(desk)).toBe('“Sergey Lavrov was in the Russian delegation.” Le Vérificateur, Rédaction Exemple, 20 June 2024, https://claimtrail.example/claims/lavrov-in-russian-delegation/.');
    expect(chicago(desk)).toContain('Rédaction Exemple. “Sergey Lavrov was in the Russian delegation.” Le Vérificateur. Last modified');
    const entry = bibtex(desk);
    expect(entry).toContain('@misc{leverificateur:lavrov-in-russian-delegation,');
    expect(entry).toContain('author = {{Rédaction Exemple}},');
    expect(entry).toContain('howpublished = {Le Vérificateur},');
  });
});
