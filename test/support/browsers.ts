/**
 * Real browsers with the unpacked extension, seeing the local test servers under real
 * hostnames, behind one small interface so each e2e test is written once and runs in both.
 *
 * - Chromium (playwright-core): hostnames are mapped to the HTTPS server with
 *   --host-resolver-rules, so the extension runs with its defaults unchanged.
 * - Firefox ESR (puppeteer-core over WebDriver BiDi): it has no resolver rules, so every
 *   request goes through the test proxy (servers.ts), which tunnels only the hostnames we serve.
 *
 * Selectors: `click('a >>> b')` finds `a` in the page, then `b` inside a's open shadow root
 * (any depth of `>>>`), so `click('#article-history-root >>> [data-testid=launcher]')` clicks
 * the launcher. Clicks are real mouse events at the element's centre.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Page as FirefoxPage, type Target } from 'puppeteer-core';
import type { TestServers } from './servers.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface BrowserSession {
  name: BrowserName;
  /**
   * Console messages and uncaught errors, as `[page] ...` (both browsers) and `[worker] ...`
   * (the extension's service worker, Chromium only): print them when an e2e test fails.
   */
  readonly logs: string[];
  /** Navigates the test tab and waits for its load event. */
  open(url: string): Promise<void>;
  /**
   * Runs `action` (a click that opens a tab, such as the sidebar's settings button), waits for
   * the tab it opened to load, and makes that tab the test tab. Returns the tab's URL.
   * Extension pages are reached this way in both browsers, as a reader reaches them: Firefox 153
   * refuses to navigate a tab to moz-extension:// over WebDriver BiDi.
   */
  followNewTab(action: () => Promise<void>): Promise<string>;
  /** Opens `url` in a new tab behind the test tab, which stays the active one, and waits for its load event. */
  openInBackground(url: string): Promise<void>;
  /** Runs in the page's main world: an expression string, or a function called with `args` (which must be JSON values). */
  evaluate<T>(fn: string | ((...args: never[]) => T), ...args: unknown[]): Promise<T>;
  /** Polls a predicate (expression or function) in the page until it is truthy; throws after timeoutMs (default 10 s). */
  waitFor(fn: string | (() => unknown), timeoutMs?: number): Promise<void>;
  /** A real click at the element's centre; `>>>` steps into an open shadow root. */
  click(selector: string): Promise<void>;
  /** A key or chord as in 'Escape', 'Enter', 'Alt+Shift+H'. */
  pressKey(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Emulates the reader's light or dark preference (prefers-color-scheme); Chromium only. */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Resizes the viewport in CSS pixels (640 x 450 is a 1280 x 900 window at 200% zoom); Chromium only. */
  viewport(width: number, height: number): Promise<void>;
  /** Runs `action` (a click that downloads a file), waits for the browser to save the file, and reads it back. */
  download(action: () => Promise<void>): Promise<DownloadedFile>;
  close(): Promise<void>;
}

/** A file as the browser saved it: under the name it chose, with the bytes it wrote. */
export interface DownloadedFile {
  name: string;
  text: string;
}

export interface LaunchOptions {
  extensionDir: string;
  servers: TestServers;
  hostnames: string[];
  /** Default true. */
  headless?: boolean;
}

export async function launchBrowser(name: BrowserName, opts: LaunchOptions): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

/** The small part of a page API both drivers share; the session is built on it alone. */
interface PageDriver {
  logs: string[];
  goto(url: string): Promise<void>;
  followNewTab(action: () => Promise<void>): Promise<string>;
  openInBackground(url: string): Promise<void>;
  evaluateExpression(expression: string): Promise<unknown>;
  mouseClick(x: number, y: number): Promise<void>;
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  viewport(width: number, height: number): Promise<void>;
  download(action: () => Promise<void>): Promise<DownloadedFile>;
}

/** A Chromium with the extension loaded, as Playwright's context: for tests that need more than a session (stopping the service worker). */
export interface ChromiumWithExtension {
  context: BrowserContext;
  /** Console messages of the extension's service worker, as `[worker] type: text`. */
  logs: string[];
  close(): Promise<void>;
}

/** Launches Chromium on a fresh profile with the extension and the test servers' hostnames, and waits for the service worker. */
export async function launchChromiumWithExtension(opts: LaunchOptions): Promise<ChromiumWithExtension> {
  const profile = await mkdtemp(join(tmpdir(), 'article-history-chromium-'));
  const hosts = [...new Set([...opts.hostnames, ...opts.servers.hostnames])];
  // Every other name fails to resolve: nothing a test does reaches the internet.
  const rules = [...hosts.map((host) => `MAP ${host}:443 127.0.0.1:${opts.servers.httpsPort}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    // Playwright's headless Chromium is the new headless mode, the one that runs extensions.
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${rules}`,
      // ignoreHTTPSErrors covers pages only: the extension's service worker still refused the
      // self-signed certificate ("Failed to fetch"). Trusting this one key covers every context.
      `--ignore-certificate-errors-spki-list=${await spkiHash(opts.servers.certPath)}`,
    ],
  });
  try {
    // The extension is ready once its service worker runs; a test that opens a page earlier races it.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  } catch (error) {
    await context.close();
    throw new Error(`Chromium: the extension in ${opts.extensionDir} started no service worker`, { cause: error });
  }
  const logs: string[] = [];
  const watchWorker = (worker: Worker) => worker.on('console', (m) => logs.push(`[worker] ${consoleType(m.type())}: ${m.text()}`));
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, logs, close };
}

async function launchChromium(opts: LaunchOptions): Promise<BrowserSession> {
  const { context, logs, close } = await launchChromiumWithExtension(opts);
  const watch = (tab: Page) => {
    tab.on('console', (m) => logs.push(`[page] ${consoleType(m.type())}: ${m.text()}`));
    tab.on('pageerror', (e) => logs.push(`[page] uncaught: ${e.message}`));
    return tab;
  };
  let page = watch(context.pages()[0] ?? (await context.newPage()));
  const driver: PageDriver = {
    logs,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    followNewTab: async (action) => {
      const [opened] = await Promise.all([context.waitForEvent('page', { timeout: 30_000 }), action()]);
      await opened.waitForLoadState('load');
      page = watch(opened);
      return page.url();
    },
    openInBackground: async (url) => {
      // Playwright's newPage() brings the new tab to the front; DevTools' createTarget need not.
      const cdp = await context.newCDPSession(page);
      const opened = context.waitForEvent('page');
      await cdp.send('Target.createTarget', { url, background: true });
      await (await opened).waitForLoadState('load');
      await cdp.detach();
    },
    evaluateExpression: (expression) => page.evaluate(expression),
    mouseClick: (x, y) => page.mouse.click(x, y),
    keyDown: (key) => page.keyboard.down(key),
    keyUp: (key) => page.keyboard.up(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    colorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    viewport: (width, height) => page.setViewportSize({ width, height }),
    // Playwright has Chromium save downloads (Browser.setDownloadBehavior) in a folder of its own.
    download: async (action) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), action()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
    },
  };
  return session('chromium', driver, close);
}

/** The base64 SHA-256 of the certificate's public key, the form Chromium's SPKI allow-list takes. */
async function spkiHash(certPath: string): Promise<string> {
  const spki = new X509Certificate(await readFile(certPath)).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

async function launchFirefox(opts: LaunchOptions): Promise<BrowserSession> {
  const proxyPort = opts.servers.proxyPort;
  const downloads = await mkdtemp(join(tmpdir(), 'article-history-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: opts.headless ?? true,
    // Sets Firefox's certificate override for the whole browser, so the extension's own fetches
    // to web.archive.org accept the self-signed certificate too, not only the tab.
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    // Firefox over BiDi ignores defaultViewport (see viewport below): the window itself is sized.
    args: ['--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': false,
      'network.stricttransportsecurity.preloadlist': false,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      // The proxy would refuse these anyway; not asking keeps the proxy's log about the test.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.update.enabled': false,
      'app.normandy.enabled': false,
      'datareporting.healthreport.uploadEnabled': false,
      'toolkit.telemetry.enabled': false,
      // Downloads are saved in a folder of the test's, without asking.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.manager.showWhenStarting': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    await browser.installExtension(opts.extensionDir);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox: could not install the extension in ${opts.extensionDir}`, { cause: error });
  }
  const logs: string[] = [];
  const watch = (tab: FirefoxPage) => {
    tab.on('console', (m) => logs.push(`[page] ${consoleType(m.type())}: ${m.text()}`));
    tab.on('pageerror', (e) => logs.push(`[page] uncaught: ${e instanceof Error ? e.message : String(e)}`));
    return tab;
  };
  let page = watch((await browser.pages())[0] ?? (await browser.newPage()));
  const driver: PageDriver = {
    logs,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    followNewTab: async (action) => {
      const known = new Set(await browser.pages());
      const isNewTab = async (target: Target) => target.type() === 'page' && !known.has((await target.page())!);
      const [target] = await Promise.all([browser.waitForTarget(isNewTab, { timeout: 30_000 }), action()]);
      const opened = (await target.page())!;
      // Firefox reports no load event over BiDi for an extension page: its document is watched instead.
      const deadline = Date.now() + 30_000;
      while ((await opened.evaluate(`location.href !== 'about:blank' && document.readyState === 'complete'`).catch(() => false)) !== true) {
        if (Date.now() > deadline) throw new Error(`Firefox: the tab opened for the test did not load (${opened.url()})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      page = watch(opened);
      return (await page.evaluate('location.href')) as string;
    },
    openInBackground: async (url) => {
      const tab = await browser.newPage({ background: true });
      await tab.goto(url, { waitUntil: 'load' });
    },
    evaluateExpression: (expression) => page.evaluate(expression),
    mouseClick: (x, y) => page.mouse.click(x, y),
    keyDown: (key) => page.keyboard.down(key as Parameters<typeof page.keyboard.down>[0]),
    keyUp: (key) => page.keyboard.up(key as Parameters<typeof page.keyboard.up>[0]),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    // Puppeteer emulates media features over CDP only, which Firefox does not speak.
    // Puppeteer's setViewport also overrides the screen orientation, a command Firefox 140 lacks.
    viewport: async () => {
      throw new Error('Firefox 140 over WebDriver BiDi cannot resize the viewport through puppeteer');
    },
    colorScheme: async () => {
      throw new Error('Firefox over WebDriver BiDi cannot emulate prefers-color-scheme');
    },
    download: async (action) => {
      const before = new Set(await readdir(downloads));
      await action();
      return savedFile(downloads, before);
    },
  };
  return session('firefox', driver, async () => {
    await browser.close();
    await rm(downloads, { recursive: true, force: true });
  });
}

function session(name: BrowserName, page: PageDriver, close: () => Promise<void>): BrowserSession {
  const expressionOf = (fn: string | ((...args: never[]) => unknown), args: unknown[]) =>
    typeof fn === 'string' ? fn : callExpression(fn, args);

  return {
    name,
    logs: page.logs,
    open: (url) => page.goto(url),
    followNewTab: (action) => page.followNewTab(action),
    openInBackground: (url) => page.openInBackground(url),
    evaluate: async <T>(fn: string | ((...args: never[]) => T), ...args: unknown[]) => (await page.evaluateExpression(expressionOf(fn, args))) as T,
    async waitFor(fn, timeoutMs = 10_000) {
      const expression = expressionOf(fn, []);
      const deadline = Date.now() + timeoutMs;
      let lastError: unknown;
      for (;;) {
        try {
          if (await page.evaluateExpression(`!!(${expression})`)) return;
        } catch (error) {
          // The page may be navigating; keep polling until the deadline.
          lastError = error;
        }
        if (Date.now() > deadline) {
          throw new Error(`${name}: waited ${timeoutMs} ms for ${expression}`, lastError ? { cause: lastError } : undefined);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async click(selector) {
      const box = (await page.evaluateExpression(callExpression(centreOf, [selector]))) as { x: number; y: number } | null;
      if (!box) throw new Error(`${name}: nothing matches ${selector}`);
      await page.mouseClick(box.x, box.y);
    },
    async pressKey(key) {
      const parts = key.split('+');
      const main = parts.pop()!;
      for (const modifier of parts) await page.keyDown(modifier);
      await page.keyDown(main);
      await page.keyUp(main);
      for (const modifier of parts.reverse()) await page.keyUp(modifier);
    },
    screenshot: (path) => page.screenshot(path),
    colorScheme: (scheme) => page.colorScheme(scheme),
    viewport: (width, height) => page.viewport(width, height),
    download: (action) => page.download(action),
    close,
  };
}

/**
 * The file that appeared in `folder` since `before` was listed, once Firefox has finished it:
 * it writes into a `.part` file first and renames it when done. A type it has no handler for
 * (text/markdown) may first be written under a temporary name and moved a moment later, so a
 * file counts only once it stayed, with the same size, from one look to the next.
 */
async function savedFile(folder: string, before: Set<string>): Promise<DownloadedFile> {
  const deadline = Date.now() + 30_000;
  let previous = '';
  for (;;) {
    const names = (await readdir(folder)).filter((name) => !before.has(name));
    const name = names.find((n) => !n.endsWith('.part') && !names.includes(`${n}.part`));
    const size = name === undefined ? 0 : await stat(join(folder, name)).then((s) => s.size, () => 0);
    const seen = size > 0 ? `${name}:${size}` : '';
    if (seen && seen === previous) {
      const text = await readFile(join(folder, name!), 'utf8').catch(() => null);
      if (text !== null) return { name: name!, text };
    }
    previous = seen;
    if (Date.now() > deadline) throw new Error(`firefox: no download was saved in ${folder} (${names.join(', ') || 'nothing new'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Playwright says 'warning' where puppeteer and the console API say 'warn'. */
function consoleType(type: string): string {
  return type === 'warning' ? 'warn' : type;
}

/**
 * A function as an expression to run in the page. tsx/esbuild may wrap named functions in
 * `__name(fn, "name")`, which does not exist in the page, so it is defined as identity there.
 */
function callExpression(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `((__name) => (${fn.toString()})(...${JSON.stringify(args)}))((f) => f)`;
}

/** Runs in the page: finds `a >>> b >>> c` through open shadow roots, scrolls it into view, returns its centre. */
function centreOf(selector: string): { x: number; y: number } | null {
  const steps = selector.split('>>>').map((s) => s.trim());
  let scope: ParentNode | null = document;
  let element: Element | null = null;
  for (const [i, step] of steps.entries()) {
    element = scope?.querySelector(step) ?? null;
    if (!element) return null;
    if (i < steps.length - 1) scope = element.shadowRoot;
  }
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
