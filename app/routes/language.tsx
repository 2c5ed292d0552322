import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { parseForm } from "~/http/forms.server";
import { supportedLanguages } from "~/modules/i18n/config";
import { languageCookie } from "~/http/i18n.server";
import { safeReturnPath } from "~/modules/safety/return-path";

const languageChoice = z.object({
  language: z.enum(supportedLanguages),
  returnTo: z.string().optional().transform(safeReturnPath),
});

export async function action({ request }: ActionFunctionArgs) {
  const form = await parseForm(request, languageChoice);
  if (!form.ok) throw new Response(null, { status: 400 });
  return redirect(form.data.returnTo, {
    status: 303,
    headers: { "Set-Cookie": await languageCookie.serialize(form.data.language) },
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
