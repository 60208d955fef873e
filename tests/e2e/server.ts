import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/ on 127.0.0.1 (a random port), plus any extra routes a test adds.
 * `/__go?to=URL` is a page that navigates itself to URL: Firefox's BiDi refuses to open
 * moz-extension:// pages directly, but a web page may navigate to a web-accessible one.
 */
export async function startServer(root: string, routes: Route[] = []): Promise<TestServer> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      for (const route of routes) if (await route(req, res, url)) return;
      if (url.pathname === '/__go') {
        const to = JSON.stringify(url.searchParams.get('to') ?? '');
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<!doctype html><title>go</title><script>location.href = ${to.replace(/</g, '\\u003c')};</script>`);
        return;
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(path);
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
