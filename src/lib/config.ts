/**
 * This build's configuration, validated: import `config` anywhere on the server side (pages,
 * endpoints, lib modules; not in browser scripts, it reads files). The options live in
 * `astro.config.mjs` (`claimtrail({...})`) or in the file `CLAIMTRAIL_CONFIG` names; their schema
 * and every field's meaning are in `desk-config.ts`.
 */
import { readConfig } from './desk-config.ts';

export type { ClaimtrailConfig, ClaimtrailOptions } from './desk-config.ts';
export type { RatingScale, RatingLabel } from './rating.ts';

export const config = await readConfig();
