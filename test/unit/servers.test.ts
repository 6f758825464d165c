/**
 * The local web the e2e browsers see: real hostnames over HTTPS with a certificate made for
 * them, the archive under web.archive.org, and a proxy that lets through only what we serve.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeArchive } from '../support/fake-archive.ts';
import { startTestServers, type TestServers } from '../support/servers.ts';

const ARTICLE = { host: 'www.nytimes.com', path: '/2016/09/20/nyregion/story.html', body: '<p>live article</p>' };

let servers: TestServers;
let archive: FakeArchive;
let ca: Buffer;

beforeAll(async () => {
  archive = new FakeArchive([{ url: `https://${ARTICLE.host}${ARTICLE.path}`, timestamp: '20160919204901', body: '<p>archived</p>' }]);
  servers = await startTestServers({ pages: [ARTICLE], archive, hostnames: ['www.washingtonpost.com'] });
  ca = readFileSync(servers.certPath);
});

afterAll(() => servers.close());

/** GET over HTTPS as a browser would send it to `host`, trusting only the test certificate. */
function httpsGet(host: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: '127.0.0.1', port: servers.httpsPort, path, servername: host, headers: { host }, ca }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      })
      .on('error', reject);
  });
}

/** Asks the proxy to CONNECT to host:port; resolves with the proxy's status line. */
function connect(target: string): Promise<{ statusLine: string; socket: net.Socket }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: servers.proxyPort, method: 'CONNECT', path: target });
    req.on('connect', (res, socket) => resolve({ statusLine: `${res.statusCode}`, socket }));
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTPS server', () => {
  it('serves a page under its real hostname with a certificate valid for that name', async () => {
    const page = await httpsGet(ARTICLE.host, ARTICLE.path);
    expect(page).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: ARTICLE.body });
    expect(servers.pages.requests).toContainEqual({ host: ARTICLE.host, path: ARTICLE.path });
  });

  it('hands web.archive.org to the fake archive', async () => {
    const memento = await httpsGet('web.archive.org', `/web/20160919204901id_/https://${ARTICLE.host}${ARTICLE.path}`);
    expect(memento.body).toBe('<p>archived</p>');
    expect(archive.requests.at(-1)?.url).toBe(`/web/20160919204901id_/https://${ARTICLE.host}${ARTICLE.path}`);
  });

  it('answers 404 for a path or host it does not serve, and serves pages added later', async () => {
    expect((await httpsGet(ARTICLE.host, '/elsewhere')).status).toBe(404);
    expect((await httpsGet('www.washingtonpost.com', ARTICLE.path)).status).toBe(404);
    servers.addPage({ host: 'www.washingtonpost.com', path: '/late', body: '{}', contentType: 'application/json' });
    expect(await httpsGet('www.washingtonpost.com', '/late')).toEqual({ status: 200, type: 'application/json', body: '{}' });
  });
});

describe('the proxy', () => {
  it('tunnels CONNECT for a served host to the HTTPS server', async () => {
    const { statusLine, socket } = await connect(`${ARTICLE.host}:443`);
    expect(statusLine).toBe('200');
    const body = await new Promise<string>((resolve, reject) => {
      const secure = tls.connect({ socket, servername: ARTICLE.host, ca }, () => {
        secure.write(`GET ${ARTICLE.path} HTTP/1.1\r\nHost: ${ARTICLE.host}\r\nConnection: close\r\n\r\n`);
      });
      let text = '';
      secure.on('data', (c: Buffer) => (text += c.toString()));
      secure.on('end', () => resolve(text));
      secure.on('error', reject);
    });
    expect(body).toMatch(/^HTTP\/1\.1 200/);
    expect(body).toContain(ARTICLE.body);
  });

  it('refuses to tunnel anywhere else, so nothing reaches the internet', async () => {
    const { statusLine, socket } = await connect('example.com:443');
    socket.destroy();
    expect(statusLine).toBe('403');
  });

  it('serves absolute-form plain HTTP requests for served hosts only', async () => {
    const viaProxy = (url: string) =>
      new Promise<number>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: servers.proxyPort, path: url, headers: { host: new URL(url).host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
          .on('error', reject);
      });
    expect(await viaProxy(`http://web.archive.org/cdx/search/cdx?url=${ARTICLE.host}${ARTICLE.path}&output=json`)).toBe(200);
    expect(archive.requests.at(-1)?.url).toMatch(/^\/cdx\/search\/cdx\?/);
    expect(await viaProxy('http://example.com/')).toBe(403);
  });
});
