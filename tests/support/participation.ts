/**
 * Helpers for the participation tests: the demo consultation (seeded through
 * the app's own seed), and the participant flow driven as a browser without
 * JavaScript drives it — plain form posts, cookies carried by hand.
 */
import { expect } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { send, type HttpResult, type TestServer } from "./http-app";

export const demoSlug = "bogota-2026";

export type DemoQuestion = { id: string; theme: string; kind: string; position: number; options: Array<{ id: string }> };

/** Seeds the Bogotá demo consultation once per database; returns its questions in order. */
export async function demoConsultation() {
  await seedDemo(getDb());
  const consultation = await getDb().consultation.findUniqueOrThrow({ where: { slug: demoSlug }, select: { id: true } });
  const questions: DemoQuestion[] = await getDb().question.findMany({
    where: { consultationId: consultation.id },
    orderBy: { position: "asc" },
    select: { id: true, theme: true, kind: true, position: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  return { consultationId: consultation.id, questions };
}

export function hiddenValue(html: string, name: string): string {
  const match = html.match(new RegExp(`name="${name.replace(/\./g, "\\.")}" value="([^"]*)"`));
  if (!match) throw new Error(`no hidden field ${name} on the page`);
  return match[1] ?? "";
}

/** The `name=value` part of the response's draft cookie for a consultation, if it set one. */
export function draftCookieFrom(result: HttpResult, slug = demoSlug): string | undefined {
  const header = result.setCookies.find((cookie) => cookie.startsWith(`draft_${slug}=`) || cookie.startsWith(`__Host-draft_${slug}=`));
  return header?.split(";")[0];
}

export const receiptCodePattern = /[A-Z2-7]{4}(?:-[A-Z2-7]{4}){5}/;

export function receiptCodeIn(html: string): string | null {
  return html.match(new RegExp(`<code[^>]*>(${receiptCodePattern.source})</code>`))?.[1] ?? null;
}

type Choices = Partial<Record<"useInSummaries" | "draftersMayQuote" | "publicQuotes" | "inboxContact", boolean>>;

function choiceFields(choices: Choices): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter(([, on]) => on).map(([name]) => [name, "on"]));
}

type ConsentOptions = { choices?: Choices; cookie?: string; slug?: string };

/** Reads the consent page and sends it with the given choices, whatever the answer (a refusal too). */
export async function postConsent(server: TestServer, options: ConsentOptions = {}): Promise<HttpResult> {
  const slug = options.slug ?? demoSlug;
  const page = await send(server, `/c/${slug}/consent`, { cookie: options.cookie });
  expect(page.status).toBe(200);
  return send(server, `/c/${slug}/consent`, {
    cookie: options.cookie,
    form: {
      idempotencyKey: hiddenValue(page.body, "idempotencyKey"),
      consentTextId: hiddenValue(page.body, "consentTextId"),
      ...choiceFields(options.choices ?? { useInSummaries: true }),
    },
  });
}

/** Consent that must be accepted; returns the cookie that ties the draft to this "browser". */
export async function giveConsent(server: TestServer, options: ConsentOptions = {}): Promise<{ cookie: string; result: HttpResult }> {
  const slug = options.slug ?? demoSlug;
  const result = await postConsent(server, options);
  expect(result.status, result.body.slice(0, 500)).toBe(303);
  expect(result.location).toBe(`/c/${slug}/respond`);
  const cookie = [options.cookie, draftCookieFrom(result, slug)].filter(Boolean).join("; ");
  return { cookie, result };
}

/** Posts one theme page: `answers` maps field names ("q.<id>.text" …) to values. */
export async function postStep(
  server: TestServer,
  cookie: string,
  step: string,
  intent: string,
  answers: Record<string, string> = {},
  slug = demoSlug,
): Promise<HttpResult> {
  const page = await send(server, `/c/${slug}/respond?step=${step}`, { cookie });
  expect(page.status).toBe(200);
  return send(server, `/c/${slug}/respond?step=${step}`, {
    cookie,
    form: { idempotencyKey: hiddenValue(page.body, "idempotencyKey"), intent, ...answers },
  });
}

/** The review form's fields as the page renders them (idempotency key, consent text), plus the choices to send. */
export async function reviewForm(server: TestServer, cookie: string, choices: Choices = { useInSummaries: true }, slug = demoSlug) {
  const page = await send(server, `/c/${slug}/respond?step=review`, { cookie });
  expect(page.status).toBe(200);
  return {
    page,
    form: {
      intent: "submit",
      idempotencyKey: hiddenValue(page.body, "idempotencyKey"),
      consentTextId: hiddenValue(page.body, "consentTextId"),
      ...choiceFields(choices),
    },
  };
}

/** The flash notice a redirect set (app/http/notice.server.ts), to send with the request that follows it. */
export function noticeCookieFrom(result: HttpResult): string | undefined {
  return result.setCookies.find((cookie) => cookie.startsWith("notice="))?.split(";")[0];
}
