import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { supportedLanguages } from "~/modules/i18n/config";
import { languageCookie } from "~/modules/i18n/i18n.server";

const languageChoice = z.object({
  language: z.enum(supportedLanguages),
  // Only a path on this site: never an open redirect.
  returnTo: z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/)
    .catch("/"),
});

export async function action({ request }: ActionFunctionArgs) {
  const parsed = languageChoice.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  return redirect(parsed.data.returnTo, {
    status: 303,
    headers: { "Set-Cookie": await languageCookie.serialize(parsed.data.language) },
  });
}

// The language form only posts; a visit to /language goes home.
export const loader = () => redirect("/");

/**
 * A route component, so a refused form (400) renders the translated error
 * page through the root boundary instead of an empty resource response.
 */
export default function LanguageRoute() {
  return null;
}
