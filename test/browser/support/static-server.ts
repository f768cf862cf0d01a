import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(file: string) {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Serves a built site the way a static host would: `dir` appears at `base`, 404.html for misses. */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const relative = decodeURIComponent(pathname.slice(base.length));
      const candidate = path.join(root, relative);
      if (candidate.startsWith(root)) {
        if (await isFile(candidate)) file = candidate;
        else if (await isFile(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, '404.html');
    if (!(await isFile(file))) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(status, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
