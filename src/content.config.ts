import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleEntry, claimEntry } from './schema';

// A benchmark or a test points CLAIMTRAIL_CONTENT at another corpus; resolve it to a
// file URL so absolute paths work as well as paths relative to the project.
const contentRoot = path.resolve(process.env.CLAIMTRAIL_CONTENT ?? 'content');
const under = (dir: string) => pathToFileURL(path.join(contentRoot, dir) + path.sep);

const claims = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: under('claims'),
    generateId: ({ data, entry }) => (typeof data.id === 'string' ? data.id : entry.replace(/\.md$/, '')),
  }),
  schema: claimEntry,
});

const articles = defineCollection({
  loader: glob({
    pattern: '*.json',
    base: under('articles'),
    generateId: ({ data, entry }) => (typeof data.slug === 'string' ? data.slug : entry.replace(/\.json$/, '')),
  }),
  schema: articleEntry,
});

export const collections = { claims, articles };
