import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { parseForm } from "~/http/forms.server";
import { invariantResponse } from "~/http/responses.server";
import { languageChoice } from "~/modules/i18n/language-form";
import { languageCookie } from "~/http/i18n.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await parseForm(request, languageChoice);
  invariantResponse(form.ok, 400);
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
