import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticationCodeField } from "~/components/credential-fields";
import { getActor } from "~/modules/auth/actor.server";
import { beginTotpEnrolment, confirmTotpEnrolment } from "~/modules/auth/enrol-staff-totp.server";
import {
  expiredPendingEnrolmentCookie,
  pendingEnrolmentCookie,
  readPendingEnrolment,
} from "~/http/enrolment-cookie.server";
import { markSecondFactorVerified } from "~/modules/auth/session.server";
import { authenticationCodeForm, staffSecretFields } from "~/modules/auth/staff-forms";
import { totpQrCodeSvg } from "~/modules/auth/totp.server";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { requirePermission } from "~/http/require-permission.server";

export const meta = titleMeta("staff.enrol.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  // Just enrolled: Remix renders the action's backup codes with this loader,
  // whose session is by now fully signed in. Nothing else to show.
  if (actor.kind === "staff") return { secret: null, qrCodeSvg: null };
  const pending = await requirePermission(request, "staff:enrol", undefined);
  // Showing the page writes nothing: the secret waits in a sealed cookie until a code confirms it.
  const { secret, username, sealed } = await beginTotpEnrolment(pending, readPendingEnrolment(request));
  return data(
    { secret, qrCodeSvg: await totpQrCodeSvg(secret, username) },
    { headers: { "Set-Cookie": pendingEnrolmentCookie(request, sealed), "Cache-Control": "no-store" } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "staff:enrol", undefined);
  const form = await parseForm(request, authenticationCodeForm, { secretFields: staffSecretFields });
  if (!form.ok) return formFailure(form.failure, form.status);
  const result = await confirmTotpEnrolment(actor, readPendingEnrolment(request), form.data.code);
  if (result.kind === "already-enrolled") throw redirect("/staff/login/code", { status: 303 });
  if (result.kind === "expired") return refusedForm({ field: "code", error: "staff.errors.enrolmentExpired" }, {});
  if (result.kind === "wrong-code") return refusedForm({ field: "code", error: "staff.errors.codeInvalid" }, {});
  // The session began moments ago, when the invitation was accepted; it now
  // counts as fully signed in (Lucia's two-factor pattern).
  await markSecondFactorVerified(actor.sessionId);
  // Shown in this response only; stored as hashes.
  return data(
    { backupCodes: result.backupCodes },
    { headers: { "Set-Cookie": expiredPendingEnrolmentCookie(request), "Cache-Control": "no-store" } },
  );
}

export default function EnrolPage() {
  const { secret, qrCodeSvg } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  if (result && "backupCodes" in result) {
    return (
      <section className="prose">
        <h1>{t("staff.enrol.backupTitle")}</h1>
        <p>{t("staff.enrol.backupIntro")}</p>
        <ol className="recovery-codes" aria-label={t("staff.enrol.backupListLabel")}>
          {result.backupCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>
          <Link className="button" to="/staff">
            {t("staff.enrol.backupDone")}
          </Link>
        </p>
      </section>
    );
  }
  const failure = result && "failure" in result ? result.failure : undefined;
  if (!secret || !qrCodeSvg) {
    return (
      <section className="prose">
        <h1>{t("staff.enrol.title")}</h1>
        <p>
          <Link to="/staff">{t("staff.enrol.backupDone")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="prose">
      <h1>{t("staff.enrol.title")}</h1>
      <p>{t("staff.enrol.intro")}</p>
      {/* Server-rendered SVG from the qrcode package: markup we generated, not user input. */}
      <figure className="qr-code" role="img" aria-label={t("staff.enrol.qrLabel")}>
        <div dangerouslySetInnerHTML={{ __html: qrCodeSvg }} />
      </figure>
      <p>
        {t("staff.enrol.secretLabel")} <code className="totp-secret">{secret}</code>
      </p>
      <Form method="post" noValidate>
        <AuthenticationCodeField failure={failure} />
        <button type="submit">{t("staff.enrol.submit")}</button>
      </Form>
    </section>
  );
}
