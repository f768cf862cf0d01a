/**
 * The desk's configuration: what a newsroom sets to publish claimtrail as its own site (name,
 * organisation, language, rating scale, categories, republishing policy). It is written as the
 * options of the claimtrail integration in `astro.config.mjs`, or, for a second desk or a test,
 * in the file `CLAIMTRAIL_CONFIG` names. One zod schema and one loader, used by the integration
 * (`src/integration.ts`), the site (`src/lib/config.ts`), the extractor and the tests. Plain Node
 * can import it (no Astro runtime), so the extractor stays fast.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { categories as categoryKeys } from '../schema.ts';
import { defaultRatingScale, foldLabel, type RatingScale } from './rating.ts';

const text = z.string().trim().min(1, 'expected a non-empty text');
const httpUrl = z
  .url({ message: 'expected an absolute address such as "https://newsroom.example/"' })
  .refine((u) => /^https?:\/\//i.test(u), 'expected an http:// or https:// address');

const ratingLabel = z.object({
  label: text,
  value: z.number().optional(),
  colour: z.string().regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'expected a hex colour such as "#1a7f37"'),
  meaning: text,
});

export const ratingScaleSchema = z
  .object({ best: z.number(), worst: z.number(), labels: z.array(ratingLabel).min(2, 'expected at least two labels') })
  .superRefine((scale, ctx) => {
    const seen = new Map<string, number>();
    scale.labels.forEach((l, i) => {
      const key = foldLabel(l.label);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['labels', i, 'label'], message: `expected each label once; "${l.label}" repeats label ${seen.get(key)}` });
      seen.set(key, i);
      const low = Math.min(scale.best, scale.worst);
      const high = Math.max(scale.best, scale.worst);
      if (l.value !== undefined && (l.value < low || l.value > high))
        ctx.addIssue({ code: 'custom', path: ['labels', i, 'value'], message: `expected a value between worst (${scale.worst}) and best (${scale.best}), got ${l.value}` });
    });
  }) satisfies z.ZodType<RatingScale>;

export const defaultCategories = [
  { key: 'munitions', label: 'Munitions', description: 'Weapons, ammunition and their supply.' },
  { key: 'delegation', label: 'Delegation', description: 'Who travelled with whom, and who attended.' },
  { key: 'treaty', label: 'Treaty', description: 'Agreements, their terms and what they replace.' },
  { key: 'military', label: 'Military', description: 'Armed forces, exercises, war and security.' },
  { key: 'diplomacy', label: 'Diplomacy', description: 'Visits, talks, ceremonies and relations between states.' },
  { key: 'economy', label: 'Economy', description: 'Trade, investment, sanctions and money.' },
  { key: 'statement', label: 'Statement', description: "What a party said, on its own word." },
  { key: 'event', label: 'Event', description: 'Other things reported as having happened.' },
] as const satisfies { key: (typeof categoryKeys)[number]; label: string; description: string }[];

const categoryConfig = z.object({
  /** The extractor's category key this entry describes (the URL segment of its page). */
  key: z.enum(categoryKeys, { message: `expected one of the extractor's categories: ${categoryKeys.join(', ')}` }),
  label: text,
  description: text,
});

export const republishPolicies = ['marked', 'none', 'all'] as const;

export const configSchema = z.object({
  /** The site's name: header, page titles, feeds, citations. */
  title: text.default('claimtrail'),
  /** One sentence for the home page and search engines. */
  description: text.default('Every claim made in the news about a story, traced to the sentences that reported it.'),
  /** Where the site is published; `SITE` and `BASE` in the environment override these. */
  site: httpUrl.default('https://claimtrail.example'),
  base: z.string().regex(/^\//, 'expected a path starting with "/", such as "/fact-checks/"').default('/'),
  /** Who publishes the fact-checks: ClaimReview's author, citations, the footer. */
  organisation: z
    .object({
      name: text,
      /** The organisation's home page; defaults to the site's home. */
      url: httpUrl.optional(),
      /** Logo address (absolute, or a path under public/). */
      logo: z.string().trim().min(1).optional(),
    })
    .default({ name: 'claimtrail' }),
  /** BCP 47 language of the pages: `<html lang>`, Pagefind's stemming. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "fr"').default('en'),
  /** How dates and numbers are written (an Intl locale); defaults to the language. */
  locale: z.string().min(2).optional(),
  ratingScale: ratingScaleSchema.default(defaultRatingScale),
  categories: z
    .array(categoryConfig)
    .default([...defaultCategories])
    .superRefine((list, ctx) => {
      const keys = list.map((c) => c.key);
      const missing = categoryKeys.filter((k) => !keys.includes(k));
      if (missing.length) ctx.addIssue({ code: 'custom', message: `expected one entry for each of the extractor's categories; missing: ${missing.join(', ')}` });
      keys.forEach((k, i) => {
        if (keys.indexOf(k) !== i) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `expected each category once; "${k}" repeats` });
      });
    }),
  /**
   * Whose full article text the site may publish under /sources/. `marked`: only articles whose
   * metadata says `republish: true`, or whose outlet is one of `outlets`; `none`: never (quotes
   * and links only); `all`: every article (a desk publishing its own archive).
   */
  /** Build an embeddable card (`/claims/<id>/embed/`) for every claim: a second page per claim, off by default. */
  embeds: z.boolean().default(false),
  republishing: z
    .object({ policy: z.enum(republishPolicies, { message: `expected one of ${republishPolicies.map((p) => `"${p}"`).join(', ')}` }).default('marked'), outlets: z.array(text).default([]) })
    .default({ policy: 'marked', outlets: [] }),
});

/** What a desk writes (every field optional but the ones without a default). */
export type ClaimtrailOptions = z.input<typeof configSchema>;
/** The validated configuration, defaults filled in. */
export type ClaimtrailConfig = z.output<typeof configSchema> & { locale: string };

/** A configuration that does not validate: the message names the file, each field and what was expected. */
export class ConfigError extends Error {}

/**
 * Validates a desk's options. `file` names where they came from, `source` (its text, if at hand)
 * lets the message give the line of the offending field.
 */
export function parseConfig(options: unknown, file: string, source?: string): ClaimtrailConfig {
  const result = configSchema.safeParse(options ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(the whole configuration)';
      const line = source ? lineOfField(source, issue.path) : undefined;
      return `  ${file}${line ? `:${line}` : ''}: ${field}: ${issue.message}`;
    });
    throw new ConfigError(`claimtrail configuration is not valid:\n${lines.join('\n')}\nFix the field(s) above (every option is described in README, "For newsrooms").`);
  }
  const config = result.data;
  return { ...config, locale: config.locale ?? config.language };
}

/** Best-effort line of a field in a config file's text: each named key in turn, searched from the previous one. */
function lineOfField(source: string, path: readonly PropertyKey[]): number | undefined {
  let at = 0;
  let found = false;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const match = new RegExp(`["']?\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b["']?\\s*:`).exec(source.slice(at));
    if (!match) break;
    at += match.index;
    found = true;
  }
  return found ? source.slice(0, at).split('\n').length : undefined;
}

/** What `astro.config.mjs` exports, as far as the loader needs it. */
interface AstroConfigShape {
  integrations?: unknown[];
}

/** The integration object carries the desk's raw options, so the loader can find them without Astro. */
export interface OptionsCarrier {
  name: string;
  claimtrailOptions?: unknown;
}

/**
 * Reads and validates the desk's configuration: the file `CLAIMTRAIL_CONFIG` names (JSON, or a
 * module whose default export is the options), else the claimtrail integration's options in
 * `astro.config.mjs` (`inline` when the integration itself asks). `SITE` and `BASE` in the
 * environment override the site address and base path, as they always have.
 */
export async function readConfig({ root = process.cwd(), env = process.env, inline }: { root?: string; env?: NodeJS.ProcessEnv; inline?: { options: unknown } } = {}): Promise<ClaimtrailConfig> {
  let config: ClaimtrailConfig;
  if (env.CLAIMTRAIL_CONFIG) {
    config = await readConfigFile(path.resolve(root, env.CLAIMTRAIL_CONFIG));
  } else {
    const file = path.join(root, 'astro.config.mjs');
    const source = readIfExists(file);
    let options = inline?.options;
    if (!inline) {
      const astroConfig = source === undefined ? {} : ((await import(/* @vite-ignore */ pathToFileURL(file).href)).default as AstroConfigShape);
      const carrier = astroConfig.integrations?.flat(Infinity).find((i): i is OptionsCarrier => (i as OptionsCarrier | null)?.name === 'claimtrail');
      options = carrier?.claimtrailOptions;
    }
    config = parseConfig(options, path.relative(root, file) || file, source);
  }
  return { ...config, site: env.SITE || config.site, base: env.BASE || config.base };
}

/** One configuration file: `.json`, or a module (`.mjs`, `.js`, `.ts`) exporting the options as default. */
export async function readConfigFile(file: string): Promise<ClaimtrailConfig> {
  const source = readIfExists(file);
  if (source === undefined) throw new ConfigError(`claimtrail configuration file ${file} (from CLAIMTRAIL_CONFIG) does not exist: expected a .json file or a module exporting the options. Check the path, or unset CLAIMTRAIL_CONFIG to use astro.config.mjs.`);
  let options: unknown;
  if (file.endsWith('.json')) {
    try {
      options = JSON.parse(source);
    } catch (error) {
      throw new ConfigError(`${file}: expected JSON (${(error as Error).message}). Fix the syntax, or write the options as a .mjs module.`);
    }
  } else {
    options = ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default?: unknown }).default;
  }
  return parseConfig(options, file, source);
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
