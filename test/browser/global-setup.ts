import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot, runOrThrow } from './support/build-site';
import { writeHostileContent } from './support/hostile-content';
import { serveStatic } from './support/static-server';

export const subBase = '/fact-checks/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The README build (`npm run build`) in dist/, served at the root. */
    siteUrl: string;
    distDir: string;
    buildLog: string;
    /** The same content built with a non-root base. */
    subSiteUrl: string;
    subDistDir: string;
    subBase: string;
    /** A build of hostile content. */
    hostileSiteUrl: string;
    hostileDistDir: string;
    tempDir: string;
  }
}

export default async function setup(project: TestProject) {
  const tempDir = await mkdtemp(path.join(tmpdir(), 'claimtrail-site-'));
  const distDir = path.join(projectRoot, 'dist');

  // CLAIMTRAIL_TEST_REUSE_DIST=1 skips the full build while iterating on tests locally.
  const reuse = process.env.CLAIMTRAIL_TEST_REUSE_DIST === '1' && existsSync(path.join(distDir, 'pagefind'));
  const buildLog = reuse ? '' : await runOrThrow('npm', ['run', 'build']);

  const subDistDir = path.join(tempDir, 'sub');
  await buildSite({ outDir: subDistDir, base: subBase });

  const hostileContent = path.join(tempDir, 'hostile-content');
  const hostileDistDir = path.join(tempDir, 'hostile');
  await writeHostileContent(hostileContent);
  await buildSite({ outDir: hostileDistDir, contentDir: hostileContent });

  const servers = await Promise.all([serveStatic(distDir), serveStatic(subDistDir, subBase), serveStatic(hostileDistDir)]);
  project.provide('siteUrl', servers[0].url);
  project.provide('distDir', distDir);
  project.provide('buildLog', buildLog);
  project.provide('subSiteUrl', servers[1].url);
  project.provide('subDistDir', subDistDir);
  project.provide('subBase', subBase);
  project.provide('hostileSiteUrl', servers[2].url);
  project.provide('hostileDistDir', hostileDistDir);
  project.provide('tempDir', tempDir);

  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    await rm(tempDir, { recursive: true, force: true });
  };
}
