import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Payloads that would run if any of them reached a page as markup. */
export const payloads = {
  script: '<script>window.__pwned = "script"</script>',
  onerror: '<img src=x onerror="window.__pwned = \'onerror\'">',
  svg: '<svg onload="window.__pwned = \'svg\'"></svg>',
  closeTag: '</script><script>window.__pwned = "breakout"</script>',
  jsUrl: 'javascript:window.__pwned="url"',
  /** A web address the schema accepts, built to break out of an attribute. */
  attrUrl: `https://evil.example/a"onmouseover="window.__pwned='url'"x=`,
};

const quote = (text: string) => JSON.stringify(text);

/**
 * A content directory whose article and entry carry hostile markup in every field a page
 * renders, and an over-merged entry (many sources and people) that tests the page caps.
 * Written by hand against the schema, so the test does not depend on the extractor.
 */
export async function writeHostileContent(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  await mkdir(path.join(dir, 'claims'), { recursive: true });
  const article = {
    slug: 'hostile-article',
    file: 'seeds/hostile.txt',
    title: `Hostile ${payloads.script} title`,
    outlet: `Evil Outlet ${payloads.closeTag}`,
    author: payloads.onerror,
    published: '2024-06-19',
    url: payloads.attrUrl,
    hash: '0'.repeat(64),
    paragraphs: [
      { id: 'p-1', text: `Heading ${payloads.svg}`, kind: 'heading' },
      { id: 'p-2', text: `Officials said ${payloads.script} that the delegation arrived. <a href="${payloads.jsUrl}">click</a> ${payloads.onerror}`, kind: 'text' },
      { id: 'p-3', text: `A quote ${payloads.closeTag}`, kind: 'quote' },
    ],
  };
  await writeFile(path.join(dir, 'articles', 'hostile-article.json'), JSON.stringify(article, null, 2));

  const claim = `---
id: hostile-claim
claim: ${quote(`The delegation arrived ${payloads.onerror}`)}
title: ${quote(`Hostile ${payloads.svg}`)}
category: delegation
status: disputed
date: '2024-06-19'
sources:
  - article: hostile-article
    outlet: ${quote(`Evil Outlet ${payloads.closeTag}`)}
    title: ${quote(article.title)}
    published: '2024-06-19'
    url: ${quote(payloads.attrUrl)}
    quote: ${quote(article.paragraphs[1]!.text)}
    paragraph: p-2
    attribution:
      speaker: ${quote(payloads.script)}
      via: [${quote(payloads.onerror)}]
      kind: quote
people:
  - name: ${quote(`Mr ${payloads.svg}`)}
    slug: ${quote('<script>x</script>')}
    role: ${quote(payloads.onerror)}
    country: ${quote(payloads.closeTag)}
quantities:
  - value: 3
    unit: ${quote(payloads.script)}
    counts: ${quote(payloads.onerror)}
    text: ${quote(payloads.svg)}
variance:
  - aspect: wording
    detail: ${quote(payloads.script)}
    readings:
      - text: ${quote(payloads.onerror)}
        articles: [hostile-article]
history:
  - date: '2024-06-19'
    change: created
    detail: ${quote(payloads.script)}
verdict: 'false'
note: ${quote(`Note ${payloads.onerror} ${payloads.closeTag}`)}
aliases: [${quote('old-hostile-claim')}]
---
Editor body with a script ${payloads.script} and an image ${payloads.onerror}.

[a javascript link](${payloads.jsUrl}) and <a href="${payloads.jsUrl}" onclick="window.__pwned='click'">raw html link</a>.

<iframe src="${payloads.jsUrl}"></iframe>
`;
  await writeFile(path.join(dir, 'claims', 'hostile-claim.md'), claim);

  const source = (n: number) => `  - article: hostile-article
    outlet: ${quote(`Outlet ${n % 7}`)}
    quote: ${quote(`Officials said ${payloads.script} that the delegation arrived.`)}
    paragraph: p-2`;
  const person = (n: number) => `  - name: ${quote(`Delegate Number ${n}`)}
    slug: delegate-${n}
    role: Deputy minister for a very long portfolio title number ${n}`;
  const overMerged = `---
id: over-merged-claim
claim: The delegation arrived in Pyongyang with ministers from every department.
title: The delegation arrived with ministers from every department
category: delegation
status: corroborated
sources:
${Array.from({ length: 400 }, (_, n) => source(n)).join('\n')}
people:
${Array.from({ length: 120 }, (_, n) => person(n)).join('\n')}
history:
${Array.from({ length: 60 }, (_, n) => `  - date: '2024-07-${String((n % 28) + 1).padStart(2, '0')}'\n    change: source added`).join('\n')}
---
`;
  await writeFile(path.join(dir, 'claims', 'over-merged-claim.md'), overMerged);
}
