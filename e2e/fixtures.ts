/**
 * The shared `test` for Convene's end-to-end suite. Every browser page a
 * test uses (the built-in `page`, and any made with `openPage`) is watched by
 * a Guard that enforces, at the end of the test:
 *
 * 1. No third-party requests, and nothing leaves the machine. Every request
 *    of every watched page is held at the browser's network boundary
 *    (DevTools `Fetch` interception on the page's own session): requests to
 *    the app's origin go on; a top-level GET navigation to exactly one of the
 *    quick exit's neutral destinations is answered there with a tiny stub
 *    page (marked with a per-test header, so the check can prove which
 *    responses the stub gave); anything else is failed before any DNS lookup
 *    or connection. After the test, every request the context logged must be
 *    on the app's origin, or be that exception *and* have been answered by the
 *    stub. (The Chromium launch flags also map every host name except
 *    127.0.0.1 to "not found", as a second line of defence.)
 *
 *    Why not Playwright's `route`: it never sees a redirect's next hop
 *    (as designed, see microsoft/playwright#3994, #12527), and the quick exit
 *    reaches the neutral site only through the app's own 303 from /exit —
 *    with `context.route` Chromium looked www.bbc.co.uk up in DNS. Both
 *    cannot be combined either: whichever session fulfils a request hides it
 *    from the other, and Playwright then never reports it.
 *
 * 2. Accessibility on every page visited. Each main-frame navigation that
 *    lands on the app's origin (by goto, link click, form submit, Back, or a
 *    client-side Remix navigation) queues an axe-core audit of that page; a
 *    `moderate`, `serious` or `critical` violation fails the test with rule
 *    id, impact and targets (axe's `target-size`, WCAG 2.2's 2.5.8, is
 *    switched on: axe leaves it off by default). The same page, as it stands
 *    then, is also laid out 320 CSS px wide (WCAG 1.4.10 Reflow): if it is
 *    wider than that viewport (it would need scrolling sideways), the test
 *    fails with the elements that stick out. A page left before its audit
 *    could run also fails the test (call `guard.settled()` before an action
 *    that leaves a page; `visit()` does), so no page goes unaudited silently.
 *    The stubbed neutral site is not audited.
 *
 * 3. The page runs under its CSP without errors: a CSP violation reported on
 *    the console, or an uncaught exception, fails the test.
 *
 * JavaScript on/off: `test.use({ javaScriptEnabled: false })` for a whole
 * file or describe block, or `openPage({ javaScriptEnabled: false })` for a
 * page in a further, watched context inside one test.
 */
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  type Page,
  type Request,
} from "@playwright/test";
import { consultationExitUrls } from "./db";
import { appOrigin, defaultQuickExitUrl } from "./settings";

export { expect };

/** The neutral site as the tests see it. */
export const neutralStubHeading = "Neutral site (e2e stub)";
const neutralStubPage =
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title>` +
  // An explicit empty icon: otherwise the browser may ask the real site for /favicon.ico.
  `<link rel="icon" href="data:,"></head><body><h1>${neutralStubHeading}</h1></body></html>`;
const stubHeader = "x-convene-e2e-neutral-stub";

const blockingImpacts = new Set(["moderate", "serious", "critical"]);
const auditTimeoutMs = 15_000;
/** WCAG 1.4.10: content reflows at 320 CSS px (1280 px at 400 % zoom) without sideways scrolling. */
export const reflowWidth = 320;
/**
 * Each app page a test visits adds this much to the test's time budget:
 * loading it and running its axe audit takes 1–3 s on a loaded 2-core
 * machine (a JavaScript-off page is audited a second time in an auditor
 * page), and its reflow check opens it once more in an auditor page at
 * 320 px (a few hundred ms). A long journey gets a budget that fits its
 * length, instead of one fixed timeout that passes when the machine is idle
 * and fails when it is not.
 */
export const perPageBudgetMs = 5_000;

type RequestPaused = {
  requestId: string;
  request: { url: string; method: string };
  resourceType: string;
};

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(unparseable)";
  }
}

function isMainFrameNavigation(request: Request): boolean {
  if (!request.isNavigationRequest()) return false;
  try {
    const frame = request.frame();
    return frame === frame.page().mainFrame();
  } catch {
    // No frame (e.g. a popup's first request): not the exception we allow.
    return false;
  }
}

function isNavigationError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|navigat|Target page, context or browser has been closed|Frame was detached/i.test(
    message,
  );
}

export class Guard {
  /** URLs of app pages that were audited, in order. */
  readonly audited: string[] = [];
  private readonly requests: Request[] = [];
  private readonly refused: string[] = [];
  private readonly violations: string[] = [];
  private readonly tooWide: string[] = [];
  /** Reflow checks of JavaScript-on pages, which run on a copy while the test goes on (see `audit`). */
  private readonly reflowChecks: Promise<void>[] = [];
  private readonly missedAudits: string[] = [];
  private readonly auditErrors: string[] = [];
  private readonly pageErrors: string[] = [];
  private readonly chains = new Map<Page, Promise<void>>();
  private readonly interceptors = new Map<Page, Promise<CDPSession>>();
  private readonly auditedDocuments = new WeakMap<Page, string>();
  /** Main-frame document requests per page: which document a navigation report belongs to. */
  private readonly documentLoads = new WeakMap<Page, number>();
  /** The URL and document (count of `documentLoads`) audited last on each page. */
  private readonly lastAudited = new WeakMap<Page, string>();
  private readonly javaScriptDisabled = new WeakSet<BrowserContext>();
  private readonly stubToken = randomBytes(12).toString("hex");
  private auditor: Promise<BrowserContext> | undefined;
  private readonly holds: Array<{ matches: (url: URL) => boolean; released: Promise<void> }> = [];
  private readonly mayLeaveUnaudited = new Set<string>();

  constructor(
    private readonly neutralDestinations: ReadonlySet<string>,
    /** Called once for each app page queued for an audit (see perPageBudgetMs). */
    private readonly onAppPage: () => void = () => {},
  ) {}

  /** Starts watching a fresh context; call before it opens any page. */
  watch(context: BrowserContext, { javaScriptEnabled = true } = {}): void {
    if (!javaScriptEnabled) this.javaScriptDisabled.add(context);
    context.on("request", (request) => this.requests.push(request));
    for (const page of context.pages()) this.watchPage(page);
    context.on("page", (page) => this.watchPage(page));
  }

  /** Resolves once the page's requests are being held at the network boundary. */
  async ready(page: Page): Promise<void> {
    this.watchPage(page);
    await this.interceptors.get(page);
  }

  /** Resolves once every audit queued so far has run. */
  async settled(): Promise<void> {
    // Chains can grow while we wait (a page loads during an audit).
    for (;;) {
      const pending = [...this.chains.values()];
      await Promise.all(pending);
      const now = [...this.chains.values()];
      if (now.length === pending.length && now.every((chain, index) => chain === pending[index])) return;
    }
  }

  /**
   * For a test that must leave a page before it finishes loading (the quick
   * exit on a slow connection): that document of `url` may go unaudited, as
   * long as the same URL was audited earlier in the test.
   */
  mayLeaveBeforeAudit(url: string): void {
    if (!this.audited.includes(url)) throw new Error(`${url} must be audited first (visit it once before)`);
    this.mayLeaveUnaudited.add(url);
  }

  /** Throws with every problem found; called after the test body. */
  async check(): Promise<void> {
    await Promise.all(this.reflowChecks);
    const offOrigin: string[] = [];
    for (const request of this.requests) {
      if (originOf(request.url()) === appOrigin) continue;
      if (await this.isStubbedNeutralNavigation(request)) continue;
      offOrigin.push(`${request.method()} ${request.url()}`);
    }
    const section = (title: string, lines: string[]) =>
      lines.length > 0 ? [`${title}:\n  ${[...new Set(lines)].join("\n  ")}`] : [];
    const problems = [
      ...section(`Requests that left the app's origin (${appOrigin})`, offOrigin),
      ...section("Requests refused at the network boundary", this.refused),
      ...section("Accessibility violations (moderate, serious or critical)", this.violations),
      ...section(`Pages wider than a ${reflowWidth} px viewport (WCAG 1.4.10 Reflow)`, this.tooWide),
      ...section(
        "Pages left before their accessibility audit ran (await guard.settled() before leaving)",
        this.missedAudits.filter((url) => !this.mayLeaveUnaudited.has(url)),
      ),
      ...section("Errors in the page (CSP violations, uncaught exceptions)", this.pageErrors),
      ...section("Accessibility audits that failed to run", this.auditErrors),
    ];
    if (problems.length > 0) throw new Error(problems.join("\n\n"));
  }

  /** Closes the auditor context, if one was opened. */
  async close(): Promise<void> {
    await Promise.all(this.reflowChecks);
    const auditor = await this.auditor;
    await auditor?.close();
  }

  /** The one exception: a main-frame GET to a neutral destination that the stub answered. */
  private async isStubbedNeutralNavigation(request: Request): Promise<boolean> {
    if (request.method() !== "GET" || !isMainFrameNavigation(request)) return false;
    if (!this.neutralDestinations.has(request.url())) return false;
    const response = await request.response().catch(() => null);
    return response !== null && (await response.headerValue(stubHeader)) === this.stubToken;
  }

  private watchPage(page: Page): void {
    if (this.interceptors.has(page)) return;
    this.interceptors.set(page, this.intercept(page));
    // The app must run under its own CSP and without uncaught errors.
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        this.pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => this.pageErrors.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
    page.on("request", (request) => {
      if (isMainFrameNavigation(request)) this.documentLoads.set(page, (this.documentLoads.get(page) ?? 0) + 1);
    });
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = frame.url();
      if (originOf(url) !== appOrigin) return;
      this.onAppPage();
      const document = `${url} #${this.documentLoads.get(page) ?? 0}`;
      const previous = this.chains.get(page) ?? Promise.resolve();
      this.chains.set(
        page,
        previous.then(() => this.auditWithin(page, url, document, auditTimeoutMs)),
      );
    });
  }

  /** Holds every request of the page where the browser would send it. */
  private async intercept(page: Page): Promise<CDPSession> {
    const session = await page.context().newCDPSession(page);
    session.on("Fetch.requestPaused", (event: RequestPaused) => {
      void this.answer(session, event).catch(() => {
        // The page or its request went away meanwhile; nothing was sent.
      });
    });
    await session.send("Fetch.enable", { patterns: [{ urlPattern: "*", requestStage: "Request" }] });
    return session;
  }

  /**
   * Holds the app's requests matching `matches` at the network boundary until
   * `release()` (e.g. to see what a page shows before the server answers).
   */
  hold(matches: (url: URL) => boolean): () => void {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const hold = { matches, released };
    this.holds.push(hold);
    return () => {
      this.holds.splice(this.holds.indexOf(hold), 1);
      release();
    };
  }

  private async answer(session: CDPSession, { requestId, request, resourceType }: RequestPaused): Promise<void> {
    const { url, method } = request;
    if (originOf(url) === appOrigin) {
      const held = this.holds.filter((hold) => hold.matches(new URL(url)));
      await Promise.all(held.map((hold) => hold.released));
      await session.send("Fetch.continueRequest", { requestId });
      return;
    }
    if (method === "GET" && resourceType === "Document" && this.neutralDestinations.has(url)) {
      await session.send("Fetch.fulfillRequest", {
        requestId,
        responseCode: 200,
        responseHeaders: [
          { name: "Content-Type", value: "text/html; charset=utf-8" },
          { name: "Cache-Control", value: "no-store" },
          { name: stubHeader, value: this.stubToken },
        ],
        body: Buffer.from(neutralStubPage).toString("base64"),
      });
      return;
    }
    this.refused.push(`${method} ${url} (${resourceType})`);
    await session.send("Fetch.failRequest", { requestId, errorReason: "BlockedByClient" });
  }

  /** A stuck audit (e.g. a navigation that never commits) must not hang the test's teardown. */
  private async auditWithin(page: Page, url: string, document: string, ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.auditErrors.push(`${url}: the audit did not finish within ${ms / 1000} s`);
        resolve();
      }, ms);
    });
    await Promise.race([this.audit(page, url, document), timedOut]);
    clearTimeout(timer);
  }

  /**
   * A page left before its audit ran is a miss — unless this report is a
   * second one for the document just audited (Remix's history.replaceState
   * on hydration can arrive after the first audit, when the test has moved
   * on): the same URL, and no document request since. With JavaScript on,
   * also when the last audit on this page was of the same URL in an earlier
   * document: under load the second report was seen to miss even so
   * (accounts.spec › /login, about 1 run in 3 at load average 20), and a
   * client-side re-render of the same URL is never audited twice anyway.
   */
  private missed(page: Page, url: string, document: string): void {
    const last = this.lastAudited.get(page);
    if (last === document) return;
    if (!this.javaScriptDisabled.has(page.context()) && last?.startsWith(`${url} #`)) return;
    this.missedAudits.push(url);
  }

  private async audit(page: Page, url: string, document: string): Promise<void> {
    try {
      if (page.isClosed() || page.url() !== url) {
        this.missed(page, url, document);
        return;
      }
      await page.waitForLoadState("load");
      // One audit per document: a Remix history.replaceState on hydration
      // reports a second navigation to the same URL.
      const documentKey = `${url} @ ${await page.evaluate(() => performance.timeOrigin)}`;
      if (page.url() !== url) {
        this.missed(page, url, document);
        return;
      }
      if (this.auditedDocuments.get(page) === documentKey) return;
      this.auditedDocuments.set(page, documentKey);
      const javaScriptOff = this.javaScriptDisabled.has(page.context());
      // After a client-side (Remix) navigation, let React paint the new route first.
      if (!javaScriptOff)
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      if (javaScriptOff) {
        const { results, overflow } = await this.auditWithoutJavaScript(page, url);
        this.audited.push(url);
        this.reportViolations(url, results);
        this.reportOverflow(url, overflow);
      } else {
        const results = await analyze(page);
        // The reflow check works on a copy of this DOM (see `reflowOfCopy`):
        // it needs nothing more from the live page, so the test need not
        // wait for it and may leave the page meanwhile; `check()` waits.
        const html = await page.content();
        this.audited.push(url);
        this.reportViolations(url, results);
        this.reflowChecks.push(this.reflowOfCopy(page, url, html));
      }
      this.lastAudited.set(page, document);
    } catch (error) {
      if (page.isClosed() || page.url() !== url || isNavigationError(error)) this.missed(page, url, document);
      else this.auditErrors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private reportViolations(url: string, results: AxeResults): void {
    for (const violation of results.violations) {
      if (!violation.impact || !blockingImpacts.has(violation.impact)) continue;
      const targets = violation.nodes.map((node) => node.target.join(" ")).join(" | ");
      this.violations.push(`${url} — ${violation.id} (${violation.impact}): ${violation.help}; targets: ${targets}`);
    }
  }

  private reportOverflow(url: string, overflow: Overflow): void {
    if (overflow.scrollWidth > overflow.clientWidth)
      this.tooWide.push(
        `${url} — ${overflow.scrollWidth} px wide in a ${overflow.clientWidth} px viewport; sticking out: ${overflow.culprits.join(" | ")}`,
      );
  }

  /**
   * A JavaScript-on page's reflow is measured on a copy of its DOM (see
   * `openCopy`) rather than by resizing the test's own page, which would
   * fire resize handlers and media queries under the test.
   */
  private async reflowOfCopy(page: Page, url: string, html: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.auditErrors.push(`${url}: the reflow check did not finish within ${auditTimeoutMs / 1000} s`);
        resolve();
      }, auditTimeoutMs);
    });
    const measured = (async () => {
      const copy = await this.openCopy(page, url, html, { width: reflowWidth, height: page.viewportSize()?.height ?? 640 });
      try {
        this.reportOverflow(url, await measureOverflow(copy));
      } finally {
        await copy.close();
      }
    })().catch((error: unknown) => {
      this.auditErrors.push(`${url}: reflow check: ${error instanceof Error ? error.message : String(error)}`);
    });
    await Promise.race([measured, timedOut]);
    clearTimeout(timer);
  }

  /**
   * axe needs timers, which never fire in a page whose JavaScript is off.
   * So axe runs on a copy of the page (see `openCopy`) at the page's own
   * viewport; that copy is then narrowed to 320 px for the reflow check.
   */
  private async auditWithoutJavaScript(page: Page, url: string) {
    const html = await page.content();
    const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
    const copy = await this.openCopy(page, url, html, viewport);
    try {
      const results = await analyze(copy);
      await copy.setViewportSize({ width: reflowWidth, height: viewport.height });
      return { results, overflow: await measureOverflow(copy) };
    } finally {
      await copy.close();
    }
  }

  /**
   * Re-opens the page's DOM (`html`; with JavaScript off it is exactly the
   * server's HTML) at the same URL in a JavaScript-enabled auditor page,
   * with the app's real stylesheets, under a CSP that forbids every page
   * script: the app's own code does not run there, only axe and the reflow
   * measurement (injected through the DevTools protocol, which CSP does not
   * govern). Nothing is asked of the server again, so a page shown once
   * (a receipt code, a POST's answer) is checked as the participant saw it.
   */
  private async openCopy(page: Page, url: string, html: string, viewport: { width: number; height: number }) {
    const browser = page.context().browser();
    if (!browser) throw new Error("no browser to open the auditor page in");
    this.auditor ??= browser.newContext({ javaScriptEnabled: true, serviceWorkers: "block" }).then(async (context) => {
      // The auditor only ever talks to the app (no redirects happen there).
      await context.route((target) => target.origin !== appOrigin, (route) => route.abort("blockedbyclient"));
      return context;
    });
    const copy = await (await this.auditor).newPage();
    try {
      await copy.setViewportSize(viewport);
      // A request never carries the URL's #fragment (an error summary's link adds one).
      const documentUrl = new URL(url);
      documentUrl.hash = "";
      await copy.route(
        (target) => target.href === documentUrl.href,
        (route) =>
          route.request().isNavigationRequest()
            ? route.fulfill({
                status: 200,
                headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "script-src 'none'" },
                body: html,
              })
            : route.fallback(),
      );
      await copy.goto(url);
      return copy;
    } catch (error) {
      await copy.close();
      throw error;
    }
  }
}

/**
 * How wide the page's layout is against its viewport, and (to say what to
 * fix) the innermost elements that reach past the viewport's end edge: the
 * right in a left-to-right page, the left in a right-to-left one. Only that
 * side can be scrolled to; the skip link parked off the start edge cannot.
 */
type Overflow = Awaited<ReturnType<typeof measureOverflow>>;
type AxeResults = Awaited<ReturnType<typeof analyze>>;

function measureOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clientWidth = root.clientWidth;
    const rightToLeft = getComputedStyle(root).direction === "rtl";
    const boxSticksOut = (box: DOMRect) =>
      box.width > 0 && (rightToLeft ? box.left < -0.5 : box.right > clientWidth + 0.5);
    const sticksOut = (element: Element) => boxSticksOut(element.getBoundingClientRect());
    const describe = (element: Element) =>
      `${element.localName}${element.id ? `#${element.id}` : ""}${[...element.classList].map((name) => `.${name}`).join("")}`;
    const elements = [...document.body.querySelectorAll("*")].filter(
      (element) => sticksOut(element) && ![...element.children].some(sticksOut),
    );
    // A word too long for its box spills out of it while the box itself fits.
    const texts: Element[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      if (node.parentElement && boxSticksOut(range.getBoundingClientRect())) texts.push(node.parentElement);
    }
    const culprits = [...new Set([...elements, ...texts])].slice(0, 5).map(describe);
    return { scrollWidth: root.scrollWidth, clientWidth, culprits };
  });
}

/**
 * Legacy mode runs axe inside the page itself; the default mode opens an
 * extra blank tab per audit to merge frame results, and Convene's pages
 * have no frames.
 */
function analyze(page: Page) {
  return new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ rules: { "target-size": { enabled: true } } })
    .analyze();
}

type TestFixtures = {
  guard: Guard;
  /** A page in a further watched context (e.g. JavaScript off); closed after the test. */
  openPage: (options?: BrowserContextOptions) => Promise<Page>;
};

type WorkerFixtures = {
  /** Exact URLs (as the browser writes them) the quick exit may lead to. */
  neutralDestinations: ReadonlySet<string>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  neutralDestinations: [
    async ({}, use) => {
      const urls = new Set([new URL(defaultQuickExitUrl).href, ...(await consultationExitUrls())]);
      await use(urls);
    },
    { scope: "worker" },
  ],

  guard: async ({ neutralDestinations }, use, testInfo) => {
    // A timeout of 0 means none (e.g. under --debug): leave it so.
    const guard = new Guard(neutralDestinations, () => {
      if (testInfo.timeout > 0) testInfo.setTimeout(testInfo.timeout + perPageBudgetMs);
    });
    await use(guard);
    // Pages have finished their audits by now (see `context` and `openPage`).
    await guard.close();
    await guard.check();
  },

  context: async ({ context, guard, javaScriptEnabled }, use) => {
    guard.watch(context, { javaScriptEnabled: javaScriptEnabled !== false });
    await use(context);
    await guard.settled();
  },

  page: async ({ page, guard }, use) => {
    await guard.ready(page);
    await use(page);
  },

  openPage: async ({ browser, guard, contextOptions, javaScriptEnabled, locale, baseURL, serviceWorkers }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        ...contextOptions,
        javaScriptEnabled,
        locale,
        baseURL,
        serviceWorkers,
        ...options,
      });
      opened.push(context);
      guard.watch(context, { javaScriptEnabled: (options.javaScriptEnabled ?? javaScriptEnabled) !== false });
      const page = await context.newPage();
      await guard.ready(page);
      return page;
    });
    await guard.settled();
    await Promise.all(opened.map((context) => context.close()));
  },
});

/** Goes to an app path and waits until the page's accessibility audit has run. */
export async function visit(page: Page, guard: Guard, path: string) {
  const response = await page.goto(path);
  await guard.settled();
  return response;
}

/**
 * Waits for React to hydrate (JavaScript on), and for its passive effects.
 * (The quick exit itself works before that: app/components/quick-exit.tsx.)
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hydrated = (element: Element | null | undefined) =>
      Boolean(element) && Object.keys(element as Element).some((key) => key.startsWith("__reactProps$"));
    const main = document.getElementById("main");
    return hydrated(document.querySelector(".quick-exit__button")) && hydrated(main) && hydrated(main?.lastElementChild);
  });
  // Passive effects run in a task after the hydration commit.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}
