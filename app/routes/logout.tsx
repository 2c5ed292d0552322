import type { ActionFunctionArgs } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { redirectSignedOut } from "~/http/session-response.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("auth.logout.title");

// Signing out is open to everyone: it only ever ends the caller's own session.
export async function action({ request }: ActionFunctionArgs) {
  return redirectSignedOut(request);
}

/** Without JavaScript a link cannot POST, so /logout shows a one-button form. */
export default function LogoutPage() {
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("auth.logout.title")}</h1>
      <Form method="post">
        <button type="submit">{t("auth.logout.submit")}</button>
      </Form>
    </section>
  );
}
