import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { deleteParticipantAccount } from "~/modules/auth/delete-participant-account.server";
import { requirePermission } from "~/http/require-permission.server";
import { clearSiteDataHeader } from "~/http/session-response.server";
import { expiredSessionCookie } from "~/modules/auth/session.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("me.delete.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "account:own", undefined);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "account:own", undefined);
  await deleteParticipantAccount(actor.participantId);
  return redirect("/?account=deleted", {
    status: 303,
    headers: { "Set-Cookie": expiredSessionCookie(request), "Clear-Site-Data": clearSiteDataHeader },
  });
}

/** Says exactly what deletion destroys before anything is destroyed. */
export default function DeleteAccountPage() {
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("me.delete.title")}</h1>
      <p>{t("me.delete.whatHappens")}</p>
      <ul>
        <li>{t("me.delete.destroysAnswers")}</li>
        <li>{t("me.delete.destroysConsent")}</li>
        <li>{t("me.delete.destroysAccount")}</li>
      </ul>
      <p>{t("me.delete.cannotUndo")}</p>
      <Form method="post">
        <button type="submit" className="button--danger">
          {t("me.delete.submit")}
        </button>
      </Form>
      <p>
        <Link to="/me">{t("me.delete.keep")}</Link>
      </p>
    </section>
  );
}
