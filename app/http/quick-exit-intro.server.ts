/**
 * The page that explains the quick exit before a participant first takes
 * part (GOV.UK's interruption page): what the button does, Shift ×3, that
 * history stays, what happens to what was typed, how to come back.
 */
import { getDb } from "~/modules/db/db.server";
import { pickTranslation } from "~/modules/consultations/translation";

/*
 * Having seen it is remembered by a session cookie, not browser storage: it
 * works without JavaScript, holds nothing but "1", dies with the browser (so
 * on a shared device the next person sees the page too) and is expired by
 * the quick exit.
 */
function isSecureRequest(request: Request): boolean {
  return process.env.NODE_ENV === "production" || new URL(request.url).protocol === "https:";
}

function introCookieName(request: Request): string {
  return `${isSecureRequest(request) ? "__Host-" : ""}exit_intro`;
}

function introCookieAttributes(request: Request): string {
  return ["Path=/", "HttpOnly", "SameSite=Lax", ...(isSecureRequest(request) ? ["Secure"] : [])].join("; ");
}

export function expiredIntroCookie(request: Request): string {
  return `${introCookieName(request)}=; ${introCookieAttributes(request)}; Max-Age=0`;
}

export function hasSeenQuickExitIntro(request: Request): boolean {
  const name = introCookieName(request);
  const header = request.headers.get("cookie") ?? "";
  return header.split(";").some((part) => part.trim() === `${name}=1`);
}

/** Where a consultation's "Take part" leads: the explanation first, once. */
export function takePartPath(request: Request, slug: string): string {
  const consent = `/c/${encodeURIComponent(slug)}/consent`;
  return hasSeenQuickExitIntro(request) ? consent : `/c/${encodeURIComponent(slug)}/before-you-start`;
}

/** Set when the explanation page is shown: from then on "Take part" goes straight to consent. */
export function quickExitIntroSeenCookie(request: Request): string {
  return `${introCookieName(request)}=1; ${introCookieAttributes(request)}`;
}

export type QuickExitIntroResult =
  | { kind: "notFound" }
  | { kind: "ok"; consultation: { slug: string; title: string; titleLanguage: string }; setCookie: string };

/** The explanation page for one consultation; showing it marks it as seen. */
export async function showQuickExitIntro(request: Request, slug: string, language: string): Promise<QuickExitIntroResult> {
  const row = await getDb().consultation.findFirst({
    where: { slug, status: { not: "draft" } },
    select: { slug: true, languages: true, translations: { select: { language: true, title: true } } },
  });
  if (!row) return { kind: "notFound" };
  const title = pickTranslation(row.translations, language, row.languages);
  return {
    kind: "ok",
    consultation: { slug: row.slug, title: title?.value.title ?? row.slug, titleLanguage: title?.language ?? language },
    setCookie: quickExitIntroSeenCookie(request),
  };
}
