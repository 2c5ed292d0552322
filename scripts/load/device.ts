/**
 * One simulated browser without JavaScript: its own cookies, its own client
 * address, plain form posts, redirects not followed (each is a request the
 * flow makes itself, as a browser would, and is timed on its own).
 *
 * The address: all traffic leaves from 127.0.0.1, so the app runs with
 * TRUST_PROXY=loopback and every device sends `X-Forwarded-For: <its own
 * address>`, as a reverse proxy in front would. The rate limits then see
 * 200 devices, as they would in production, instead of one.
 *
 * Requests go through Node's fetch (undici), whose global agent keeps
 * connections alive and reuses them across devices, like a proxy's pool.
 */
import type { Recorder, Role } from "./stats.ts";

/** Raised when the run's time is up: the flow stops where it is, uncounted. */
export class TimeUp extends Error {}

/** A page the flow did not expect (wrong status, a form missing): counted as a problem by its step. */
export class UnexpectedPage extends Error {}

export type Reply = { status: number; location: string | null; body: string; bytes: number };

export type RunClock = { deadline: number; thinkMs: () => number };

let nextAddress = 0;
/** 10.64.0.0/10 onwards: one address per device, never reused within a run. */
function newAddress(): string {
  const n = nextAddress++;
  return `10.${64 + ((n >> 16) & 63)}.${(n >> 8) & 255}.${n & 255}`;
}

export class Device {
  private readonly cookies = new Map<string, string>();
  readonly address = newAddress();
  requests = 0;

  constructor(
    readonly baseUrl: string,
    readonly role: Role,
    /** Which flow this device goes through (account-less, account, moderation…), for the figures per flow. */
    readonly flow: string,
    private readonly recorder: Recorder,
    private readonly clock: RunClock,
    initialCookies: Record<string, string> = {},
  ) {
    for (const [name, value] of Object.entries(initialCookies)) this.cookies.set(name, value);
  }

  /** A person reading the page and typing: waits, and stops the flow if the run is over by then. */
  async think(factor = 1): Promise<void> {
    const wait = this.clock.thinkMs() * factor;
    if (Date.now() + wait >= this.clock.deadline) {
      await sleep(Math.max(0, this.clock.deadline - Date.now()));
      throw new TimeUp();
    }
    await sleep(wait);
  }

  get(step: string, path: string): Promise<Reply> {
    return this.send(step, path, {});
  }

  post(step: string, path: string, form: Record<string, string>): Promise<Reply> {
    return this.send(step, path, { form });
  }

  private async send(step: string, path: string, { form }: { form?: Record<string, string> }): Promise<Reply> {
    if (Date.now() >= this.clock.deadline) throw new TimeUp();
    const headers: Record<string, string> = {
      "accept-language": "en",
      "accept-encoding": "br, gzip",
      "x-forwarded-for": this.address,
    };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    let body: string | undefined;
    if (form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      headers.origin = this.baseUrl;
      body = new URLSearchParams(form).toString();
    }
    const started = performance.now();
    const startedAt = Date.now();
    let status = 0;
    try {
      const response = await fetch(this.baseUrl + path, {
        method: form ? "POST" : "GET",
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      status = response.status;
      for (const cookie of response.headers.getSetCookie()) this.keepCookie(cookie);
      return {
        status,
        location: response.headers.get("location"),
        body: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
        bytes: bytes.length,
      };
    } finally {
      this.requests += 1;
      // Status 0: no answer at all (refused, reset, timed out).
      this.recorder.request({ role: this.role, flow: this.flow, step, status, ms: performance.now() - started, startedAt });
    }
  }

  private keepCookie(header: string) {
    const [pair = "", ...attributes] = header.split(";");
    const at = pair.indexOf("=");
    if (at < 1) return;
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key = "", setting = ""] = attribute.trim().split("=");
      if (key.toLowerCase() === "max-age") return Number(setting) <= 0;
      if (key.toLowerCase() === "expires") return Date.parse(setting) <= Date.now();
      return false;
    });
    if (expired || value === "") this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The value of a hidden (or any) input, by name, as the app renders it. */
export function inputValue(html: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`<input[^>]*\\bname="${escaped}"[^>]*>`).exec(html);
  const value = match ? /\bvalue="([^"]*)"/.exec(match[0])?.[1] : undefined;
  return value === undefined ? undefined : unescapeHtml(value);
}

export function expectStatus(step: string, reply: Reply, ...expected: number[]): void {
  if (!expected.includes(reply.status)) throw new UnexpectedPage(`${step}: ${reply.status} (expected ${expected.join(" or ")})`);
}

export function required(step: string, value: string | undefined | null, what: string): string {
  if (value === undefined || value === null) throw new UnexpectedPage(`${step}: no ${what} on the page`);
  return value;
}

/** HTML's escaping of attribute values, undone for the few entities React writes. */
export function unescapeHtml(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The page's own form (not the language switcher every page has): from its tag to its end, with its action. */
export function pageForm(step: string, html: string, matches: (action: string) => boolean = () => true): { action: string; html: string } {
  for (const found of html.matchAll(/<form\b[^>]*\bmethod="post"[^>]*>/g)) {
    const action = unescapeHtml(/\baction="([^"]*)"/.exec(found[0])?.[1] ?? "");
    if (action === "/language" || !matches(action)) continue;
    const start = found.index;
    const end = html.indexOf("</form>", start);
    return { action, html: html.slice(start, end === -1 ? undefined : end) };
  }
  throw new UnexpectedPage(`${step}: no form on the page`);
}
