import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSourceReachable } from '../../../utils/reports/reachability';

let server: Server;
let base = '';
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/ok') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (req.url === '/no-head') {
      if (req.method === 'HEAD') return void res.writeHead(405).end();
      return void res.writeHead(200).end('body');
    }
    if (req.url === '/moved') return void res.writeHead(301, { location: '/ok' }).end();
    if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end('late'), 2000);
    res.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('checkSourceReachable', () => {
  it('200 → reachable with HEAD only', async () => {
    seen.length = 0;
    expect(await checkSourceReachable(`${base}/ok`, fetch, 2000)).toMatchObject({ status: 'reachable', httpStatus: 200, method: 'HEAD' });
    expect(seen).toEqual(['HEAD /ok']);
  });

  it('falls back to GET when HEAD is refused', async () => {
    expect(await checkSourceReachable(`${base}/no-head`, fetch, 2000)).toMatchObject({ status: 'reachable', method: 'GET' });
  });

  it('follows redirects', async () => {
    expect(await checkSourceReachable(`${base}/moved`, fetch, 2000)).toMatchObject({ status: 'reachable', finalUrl: `${base}/ok` });
  });

  it('404 → unreachable after trying GET too', async () => {
    seen.length = 0;
    expect(await checkSourceReachable(`${base}/gone`, fetch, 2000)).toEqual({ status: 'unreachable', httpStatus: 404 });
    expect(seen).toEqual(['HEAD /gone', 'GET /gone']);
  });

  it('slow server → timeout, within the time limit', async () => {
    const t0 = performance.now();
    expect(await checkSourceReachable(`${base}/slow`, fetch, 200)).toEqual({ status: 'timeout' });
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('refused connection → unreachable; bad URL → invalid-url; never throws', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect((await checkSourceReachable(`http://127.0.0.1:${port}/`, fetch, 2000)).status).toBe('unreachable');
    expect(await checkSourceReachable('javascript:alert(1)', fetch)).toEqual({ status: 'invalid-url' });
    const throwing = () => Promise.reject(new TypeError('boom'));
    expect(await checkSourceReachable('https://example.com/', throwing, 100)).toEqual({ status: 'unreachable', error: 'boom' });
  });
});
