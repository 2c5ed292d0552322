/**
 * Submissions through the real routes, as a browser without JavaScript sends
 * them (tests/support/participation.ts is the same sequence): read the
 * consent page, accept, read the first theme's page, answer every question on
 * it, read the review page, "Submit my input" — six requests, the cookies
 * carried by hand. A flow counts once its receipt code is on the page.
 *
 * Each simulated participant names its own client in X-Forwarded-For (the app
 * trusts loopback proxies in the benchmark), so the per-client limit on new
 * contributions sees many people, as it would in a real consultation.
 */
import { randomBytes } from "node:crypto";

export type FlowResult = { submissionsPerSecond: number; completed: number; failed: number; answersPerSubmission: number };

const receiptPattern = /<code[^>]*>([A-Z2-7]{4}(?:-[A-Z2-7]{4}){5})<\/code>/;

function hidden(html: string, name: string): string {
  const match = html.match(new RegExp(`name="${name}" value="([^"]*)"`));
  if (!match) throw new Error(`no hidden field ${name} on the page`);
  return match[1]!;
}

class Participant {
  private readonly cookies = new Map<string, string>();
  private readonly client: string;

  constructor(
    private readonly baseUrl: string,
    serial: number,
  ) {
    this.client = `127.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}`;
  }

  async send(path: string, form?: Record<string, string>): Promise<{ status: number; body: string }> {
    const headers: Record<string, string> = { "x-forwarded-for": this.client, "accept-language": "en" };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (form) {
      headers.origin = this.baseUrl;
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    const response = await fetch(this.baseUrl + path, {
      method: form ? "POST" : "GET",
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: "manual",
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return { status: response.status, body: await response.text() };
  }
}

/** One whole participation; returns how many answers it sent, or throws. */
async function participate(baseUrl: string, slug: string, serial: number): Promise<number> {
  const person = new Participant(baseUrl, serial);
  const consentPage = await person.send(`/c/${slug}/consent`);
  const consent = await person.send(`/c/${slug}/consent`, {
    idempotencyKey: hidden(consentPage.body, "idempotencyKey"),
    consentTextId: hidden(consentPage.body, "consentTextId"),
    useInSummaries: "on",
  });
  if (consent.status !== 303) throw new Error(`consent answered ${consent.status}`);
  const stepPath = `/c/${slug}/respond?step=prevention`;
  const step = await person.send(stepPath);
  const answers: Record<string, string> = {};
  for (const [, id, field] of step.body.matchAll(/name="q\.([0-9a-f-]{36})\.(text|stance)"/g)) {
    answers[`q.${id}.${field}`] = field === "stance" ? "agree" : `Benchmark answer ${randomBytes(6).toString("hex")}: listen to survivors early.`;
  }
  const saved = await person.send(stepPath, { idempotencyKey: hidden(step.body, "idempotencyKey"), intent: "next", ...answers });
  if (saved.status !== 303) throw new Error(`the answers answered ${saved.status}`);
  const reviewPath = `/c/${slug}/respond?step=review`;
  const review = await person.send(reviewPath);
  const sent = await person.send(reviewPath, {
    intent: "submit",
    idempotencyKey: hidden(review.body, "idempotencyKey"),
    consentTextId: hidden(review.body, "consentTextId"),
    useInSummaries: "on",
  });
  if (sent.status !== 200 || !receiptPattern.test(sent.body)) throw new Error(`"Submit my input" answered ${sent.status} without a receipt`);
  return new Set(Object.keys(answers).map((name) => name.split(".")[1])).size;
}

/** `concurrency` participants at a time, one after another, for `seconds`. */
export async function submitThroughRoutes(baseUrl: string, slug: string, concurrency: number, seconds: number): Promise<FlowResult> {
  let serial = 0;
  let completed = 0;
  let failed = 0;
  let answersPerSubmission = 0;
  let firstError: unknown;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        try {
          answersPerSubmission = await participate(baseUrl, slug, ++serial);
          completed += 1;
        } catch (error) {
          failed += 1;
          firstError ??= error;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (failed > 0) console.warn(`  ${failed} participations failed; the first: ${firstError instanceof Error ? firstError.message : String(firstError)}`);
  return { submissionsPerSecond: completed / elapsed, completed, failed, answersPerSubmission };
}
