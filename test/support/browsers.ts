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
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser, type Page as FirefoxPage, type Target } from 'puppeteer-core';
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
  /**
   * Clicks the extension's toolbar button for the test tab, as the reader does: the browser runs
   * the action (`action.onClicked`, or the popup set for the tab). Chromium: DevTools'
   * `Extensions.triggerAction`. Firefox: the toolbar button's own handler, called in the browser
   * window (WebDriver BiDi's chrome scope), the code path of a click on the button or its shortcut.
   */
  clickToolbarButton(): Promise<void>;
  /** The title of the extension's toolbar popup while one is open (the offer says what it offers there), else null. */
  toolbarPopupTitle(): Promise<string | null>;
  /**
   * A real mouse click on the first button of the open toolbar popup. Chromium finds it in the
   * popup's page; Firefox cannot look inside the popup from the driver, so it clicks where the
   * popup's first row is, which is where src/popup/offer.html puts its one button.
   */
  clickToolbarPopupButton(): Promise<void>;
  /**
   * Stands in for the reader answering yes to the browser's prompt for host access to `pattern`,
   * before the extension asks. Chromium: grants it on chrome://extensions as the reader does
   * under "Site access" (chrome.developerPrivate), after which the extension's own
   * `permissions.request` is answered yes without a prompt. Firefox: nothing to do, the profile
   * answers every optional-permission prompt yes (`extensions.webextOptionalPermissionPrompts`).
   */
  allowSiteAccess(pattern: string): Promise<void>;
  /**
   * Chromium only: stops the extension's service worker, as the browser does when it has been
   * idle; the next event for the extension (a toolbar click, a message) starts it again.
   */
  stopExtensionWorker(): Promise<void>;
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
  /**
   * Chromium only: the profile to use and keep, so that a test can start the browser again on it
   * (a restart). Default: a fresh temporary profile, removed on close.
   */
  profileDir?: string;
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
  clickToolbarButton(): Promise<void>;
  toolbarPopupTitle(): Promise<string | null>;
  clickToolbarPopupButton(): Promise<void>;
  allowSiteAccess(pattern: string): Promise<void>;
  stopExtensionWorker(): Promise<void>;
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
  const profile = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'article-history-chromium-')));
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
      // Lets the tests click the toolbar button (DevTools' Extensions.triggerAction), over the pipe Playwright drives.
      '--enable-unsafe-extension-debugging',
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
    if (!opts.profileDir) await rm(profile, { recursive: true, force: true });
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
    stopExtensionWorker: async () => {
      const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
      const cdp = await context.newCDPSession(page);
      try {
        // DevTools reports the worker's versions with their running status as soon as it is enabled.
        const versions = new Map<string, string>();
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
          for (const v of updated) if (v.scriptURL === worker.url()) versions.set(v.versionId, v.runningStatus);
        });
        await cdp.send('ServiceWorker.enable');
        const running = async () => [...versions].find(([, status]) => status === 'running')?.[0];
        for (let waited = 0; !(await running()) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
        const versionId = await running();
        if (!versionId) throw new Error('Chromium: the extension has no running service worker to stop');
        await cdp.send('ServiceWorker.stopWorker', { versionId });
        for (let waited = 0; versions.get(versionId) !== 'stopped'; waited += 100) {
          if (waited > 10_000) throw new Error('Chromium: the extension\'s service worker did not stop');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await cdp.detach();
      }
    },
    ...chromiumToolbar(context, () => page),
  };
  return session('chromium', driver, close);
}

type Toolbar = Pick<PageDriver, 'clickToolbarButton' | 'toolbarPopupTitle' | 'clickToolbarPopupButton' | 'allowSiteAccess'>;

/** The toolbar button, its popup and the site-access grant in Chromium, over the browser's DevTools session. */
function chromiumToolbar(context: BrowserContext, currentPage: () => Page): Toolbar {
  // Kept from the first look: a stopped worker is no longer listed.
  let id: string | undefined;
  const extensionId = () => (id ??= new URL(context.serviceWorkers()[0]!.url()).host);
  const browserSession = async () => context.browser()!.newBrowserCDPSession();
  /** The open popup's page, as a DevTools target of its own: Playwright lists no popup among its pages. */
  const popupTarget = async (cdp: CDPSession) => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId()}/`) && !context.pages().some((p) => p.url() === t.url));
  };
  /** Runs DevTools commands in the popup through the browser session (the popup has no session of its own in Playwright). */
  const inPopup = async <T>(use: (call: (method: string, params: object) => Promise<Record<string, unknown>>) => Promise<T>): Promise<T | null> => {
    const cdp = await browserSession();
    try {
      const target = await popupTarget(cdp);
      if (!target) return null;
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      let next = 0;
      const answers = new Map<number, (message: { result?: Record<string, unknown>; error?: { message: string } }) => void>();
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
        if (message.id !== undefined) answers.get(message.id)?.(message);
      });
      const call = (method: string, params: object) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const id = ++next;
          answers.set(id, (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result ?? {})));
          void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
        });
      return await use(call);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
  const evaluate = async (call: (method: string, params: object) => Promise<Record<string, unknown>>, expression: string) =>
    ((await call('Runtime.evaluate', { expression, returnByValue: true })).result as { value?: unknown }).value;

  return {
    async clickToolbarButton() {
      const cdp = await browserSession();
      try {
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const url = currentPage().url();
        const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url) ?? targetInfos.find((t) => t.type === 'tab' && (t as { embedderData?: { tabActive?: boolean } }).embedderData?.tabActive);
        if (!tab) throw new Error(`Chromium: no tab shows ${url}`);
        await currentPage().bringToFront();
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId(), targetId: tab.targetId } as never);
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    toolbarPopupTitle: async () => (await inPopup(async (call) => (await evaluate(call, 'document.title')) as string)) ?? null,
    async clickToolbarPopupButton() {
      const clicked = await inPopup(async (call) => {
        const box = (await evaluate(call, `(() => { const r = document.querySelector('button:not([hidden])')?.getBoundingClientRect(); return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null; })()`)) as { x: number; y: number } | null;
        if (!box) return false;
        for (const type of ['mousePressed', 'mouseReleased']) await call('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
        return true;
      });
      if (!clicked) throw new Error('Chromium: no toolbar popup with a button is open');
    },
    async allowSiteAccess(pattern) {
      const settings = await context.newPage();
      try {
        await settings.goto('chrome://extensions/');
        const error = await settings.evaluate(
          ([id, origin]) =>
            new Promise<string | null>((resolve) => {
              const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string, done: () => void): void }; runtime: { lastError?: { message: string } } } }).chrome;
              api.developerPrivate.addHostPermission(id!, origin!, () => resolve(api.runtime.lastError?.message ?? null));
            }),
          [extensionId(), pattern],
        );
        if (error) throw new Error(`Chromium: chrome://extensions did not grant ${pattern}: ${error}`);
      } finally {
        await settings.close();
        await currentPage().bringToFront();
      }
    },
  };
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
    // System access lets a test click the toolbar button (BiDi's chrome scope), as clickToolbarButton says.
    args: ['--width=1280', '--height=900', '--remote-allow-system-access'],
    extraPrefsFirefox: {
      // The reader's "yes" to an optional-permission prompt (allowSiteAccess): the extension's request still runs.
      'extensions.webextOptionalPermissionPrompts': false,
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
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(opts.extensionDir);
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
    stopExtensionWorker: async () => {
      throw new Error('Firefox runs the background as an event page, which WebDriver BiDi cannot stop');
    },
    ...firefoxToolbar(browser, extensionId, () => page),
  };
  return session('firefox', driver, async () => {
    await browser.close();
    await rm(downloads, { recursive: true, force: true });
  });
}

/** The toolbar button and its popup in Firefox, from script in the browser window itself (WebDriver BiDi with system access). */
function firefoxToolbar(browser: Browser, extensionId: string, currentPage: () => FirefoxPage): Toolbar {
  const inBrowserWindow = async <T>(expression: string): Promise<T> => {
    // Puppeteer's BiDi browser has the connection, untyped: its public API has no chrome scope.
    const connection = (browser as unknown as { connection: unknown }).connection as { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: { context: string; url: string }[] };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('Firefox: no browser window in the chrome scope');
    const { result } = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true, resultOwnership: 'none' });
    if (result.type === 'exception') throw new Error(`Firefox: ${JSON.stringify(result.exceptionDetails)}`);
    return (result.result as { value?: T }).value as T;
  };
  const popup = `document.querySelector('.webextension-popup-browser')`;
  return {
    async clickToolbarButton() {
      await currentPage().bringToFront();
      await inBrowserWindow(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
        await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
        return true;
      })()`);
    },
    // BiDi sends null back as a value-less result.
    toolbarPopupTitle: async () => (await inBrowserWindow<string | undefined>(`${popup}?.contentTitle`)) ?? null,
    async clickToolbarPopupButton() {
      const clicked = await inBrowserWindow<boolean>(`(async () => {
        const popup = ${popup};
        if (!popup) return false;
        const utils = window.windowUtils;
        const scale = window.devicePixelRatio;
        // The middle of the popup's first row: offer.html's button, its first element, spans the width from 10 px down.
        const x = (popup.screenX + popup.getBoundingClientRect().width / 2) * scale;
        const y = (popup.screenY + 24) * scale;
        for (const message of [utils.NATIVE_MOUSE_MESSAGE_MOVE, utils.NATIVE_MOUSE_MESSAGE_BUTTON_DOWN, utils.NATIVE_MOUSE_MESSAGE_BUTTON_UP]) {
          utils.sendNativeMouseEvent(x, y, message, 0, 0, popup, null);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return true;
      })()`);
      if (!clicked) throw new Error('Firefox: no toolbar popup is open');
    },
    allowSiteAccess: async () => undefined,
  };
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
      // A reader clicks what is there: the sidebar's rows arrive as answers come (the follow
      // state, the save offer) and move what is below them, so the click waits until the element
      // is the one hit at its centre, at the same place twice, 100 ms apart.
      const deadline = Date.now() + 10_000;
      let last: Centre | null = null;
      for (;;) {
        const box = (await page.evaluateExpression(callExpression(centreOf, [selector]))) as Centre | null;
        if (!box) throw new Error(`${name}: nothing matches ${selector}`);
        if (box.hit && last?.x === box.x && last.y === box.y) break;
        if (Date.now() > deadline) throw new Error(`${name}: ${selector} ${box.hit ? 'keeps moving' : 'is covered by another element'}`);
        last = box;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await page.mouseClick(last.x, last.y);
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
    clickToolbarButton: () => page.clickToolbarButton(),
    toolbarPopupTitle: () => page.toolbarPopupTitle(),
    clickToolbarPopupButton: () => page.clickToolbarPopupButton(),
    allowSiteAccess: (pattern) => page.allowSiteAccess(pattern),
    stopExtensionWorker: () => page.stopExtensionWorker(),
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
interface Centre {
  x: number;
  y: number;
  /** Whether a click there reaches the element (or something inside it). */
  hit: boolean;
}

function centreOf(selector: string): Centre | null {
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
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const root = element.getRootNode() as Document | ShadowRoot;
  const top = root.elementFromPoint(x, y);
  return { x, y, hit: top !== null && element.contains(top) };
}
