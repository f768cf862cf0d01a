/**
 * Whose full text the site may publish. A fact-check site may quote other outlets; it may not
 * republish their articles whole. So an article's cleaned copy is published only where its own
 * metadata allows it (`republish: true`: the desk's own article, an open licence) or the desk's
 * policy does (`republishing` in the configuration); otherwise its page shows the metadata and
 * the quoted sentences only, each linking to the original.
 */
import type { ArticleEntry } from '../schema';
import { config, type ClaimtrailConfig } from './config';

export function mayRepublish(article: Pick<ArticleEntry, 'republish' | 'outlet'>, policy: ClaimtrailConfig['republishing'] = config.republishing): boolean {
  if (policy.policy === 'none') return false;
  if (policy.policy === 'all') return true;
  return article.republish === true || (article.outlet !== undefined && policy.outlets.includes(article.outlet));
}
