/**
 * One flash notice after a redirect (like the Epic Stack's
 * `redirectWithToast`): the action that saved something redirects with a
 * translation key, the root loader takes it once and the layout shows it on
 * the page it was meant for. No `?saved=` in addresses, no per-route maps.
 */
import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";

// Short-lived: it only has to survive the redirect. HttpOnly like every Convene cookie.
const noticeCookie = createCookie("notice", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  maxAge: 60,
});

// What the cookie may carry: a translation key and short interpolation values
// (names of organisations or roles, never anything a participant wrote).
const noticeSchema = z.object({
  key: z.string().regex(/^[a-z]+:[A-Za-z0-9_.]+$/),
  values: z.record(z.string(), z.string().max(200)).optional(),
  path: z.string().max(300),
});

export type Notice = z.infer<typeof noticeSchema>;

export async function redirectWithNotice(
  to: string,
  notice: string | { key: string; values?: Record<string, string> },
  init: { headers?: HeadersInit } = {},
) {
  const { key, values } = typeof notice === "string" ? { key: notice, values: undefined } : notice;
  const headers = new Headers(init.headers);
  const path = new URL(to, "http://convene.invalid").pathname;
  headers.append("Set-Cookie", await noticeCookie.serialize({ key, ...(values ? { values } : {}), path }));
  return redirect(to, { status: 303, headers });
}

/** The notice waiting for this request, if any, and the header that clears it. */
export async function takeNotice(request: Request): Promise<{ notice: Notice | null; headers: Headers }> {
  const headers = new Headers();
  const raw: unknown = await noticeCookie.parse(request.headers.get("Cookie"));
  if (raw === null || raw === undefined) return { notice: null, headers };
  headers.append("Set-Cookie", await noticeCookie.serialize("", { maxAge: 0 }));
  const parsed = noticeSchema.safeParse(raw);
  return { notice: parsed.success ? parsed.data : null, headers };
}
