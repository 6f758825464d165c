/**
 * The local web the browsers see in tests: one HTTPS server that answers for real hostnames
 * (news pages, and web.archive.org through the fake archive), plus an HTTP proxy in front of
 * it for Firefox, which cannot remap hostnames the way Chromium's --host-resolver-rules does.
 * Everything listens on 127.0.0.1 only, and nothing is forwarded to the internet.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeArchive } from './fake-archive.ts';
import { makeCertificate } from './tls.ts';

export const ARCHIVE_HOST = 'web.archive.org';

export interface PageRoute {
  host: string;
  path: string;
  file?: string;
  body?: string | Buffer;
  /** Default 'text/html; charset=utf-8'. */
  contentType?: string;
  /** Default 200: a story taken down answers 404 or 410, with its body. */
  status?: number;
  /** A redirect (status 301 by default) to this address. */
  redirectTo?: string;
}

export interface TestServers {
  httpsPort: number;
  proxyPort: number;
  /** Every request that was not for the archive, in order. */
  pages: { requests: { host: string; path: string }[] };
  /** Hostnames the certificate covers and the proxy lets through. */
  hostnames: string[];
  /** The self-signed certificate (PEM), for browsers that must be told to trust it. */
  certPath: string;
  addPage(r: PageRoute): void;
  close(): Promise<void>;
}

export async function startTestServers(opts: { pages: PageRoute[]; archive: FakeArchive; hostnames?: string[] }): Promise<TestServers> {
  const routes = new Map<string, PageRoute>();
  const routeKey = (host: string, path: string) => `${host.toLowerCase()}${path}`;
  const addPage = (route: PageRoute) => routes.set(routeKey(route.host, route.path), route);
  opts.pages.forEach(addPage);

  const hostnames = [...new Set([...(opts.hostnames ?? []), ...opts.pages.map((p) => p.host), ARCHIVE_HOST].map((h) => h.toLowerCase()))];
  const served = (host: string) => hostnames.includes(host.toLowerCase());
  const pageRequests: { host: string; path: string }[] = [];

  const dispatch = (host: string, req: http.IncomingMessage, res: http.ServerResponse) => {
    if (host === ARCHIVE_HOST) return opts.archive.handle(req, res);
    const path = pathOf(req.url ?? '/');
    pageRequests.push({ host, path });
    const route = routes.get(routeKey(host, path.split('?')[0]!));
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found\n');
      return;
    }
    if (route.redirectTo) {
      res.writeHead(route.status ?? 301, { Location: route.redirectTo, 'Content-Length': 0 }).end();
      return;
    }
    void pageBody(route).then(
      (body) => res.writeHead(route.status ?? 200, { 'Content-Type': route.contentType ?? 'text/html; charset=utf-8', 'Content-Length': body.length }).end(req.method === 'HEAD' ? undefined : body),
      (error: unknown) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error)),
    );
  };

  const certDir = await mkdtemp(join(tmpdir(), 'article-history-tls-'));
  const { key, cert, certPath } = await makeCertificate(hostnames, certDir);
  const httpsServer = https.createServer({ key, cert }, (req, res) => dispatch(hostOf(req.headers.host), req, res));

  const tunnels = new Set<net.Socket>();
  const proxy = http.createServer((req, res) => {
    // Absolute-form requests (`GET http://host/path`) are what a browser sends a proxy for plain HTTP.
    const absolute = /^http:\/\/([^/]+)/i.exec(req.url ?? '');
    const host = absolute ? hostOf(absolute[1]) : '';
    if (!absolute || !served(host)) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end(`The test proxy serves only ${hostnames.join(', ')}\n`);
      return;
    }
    dispatch(host, req, res);
  });
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    if (!served(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = net.connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  const httpsPort = await listen(httpsServer);
  const proxyPort = await listen(proxy);

  return {
    httpsPort,
    proxyPort,
    pages: { requests: pageRequests },
    hostnames,
    certPath,
    addPage,
    async close() {
      for (const socket of tunnels) socket.destroy();
      httpsServer.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([closeServer(httpsServer), closeServer(proxy)]);
      await rm(certDir, { recursive: true, force: true });
    },
  };
}

async function pageBody(route: PageRoute): Promise<Buffer> {
  if (route.body !== undefined) return typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : route.body;
  if (route.file) return readFile(route.file);
  return Buffer.alloc(0);
}

function hostOf(hostHeader: string | undefined): string {
  return (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
}

function pathOf(requestUrl: string): string {
  const absolute = /^[a-z]+:\/\/[^/]*(\/.*)?$/i.exec(requestUrl);
  return absolute ? (absolute[1] ?? '/') : requestUrl;
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
