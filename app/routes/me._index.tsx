import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkedText } from "~/components/linked-text";
import { RegionalSupport } from "~/components/participation/support-resources";
import { requirePermission } from "~/http/require-permission.server";
import { readOwnPseudonym } from "~/modules/auth/pseudonym.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { listRegionalSupport } from "~/modules/safety/regional-support.server";
import { listOwnContributions } from "~/modules/submissions/list-own-contributions.server";
import { submissionStatusKeys } from "~/modules/submissions/status-labels";
import { withdrawnUnrecoverableWithinMinutes } from "~/modules/submissions/withdrawal-timing";

export const meta = titleMeta("me.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "account:own", undefined);
  const language = await detectLanguage(request);
  const contributions = await listOwnContributions(actor.participantId, language);
  return {
    pseudonym: await readOwnPseudonym(actor.participantId),
    contributions,
    support: await listRegionalSupport(language, {
      consultationSlugs: contributions.map((contribution) => contribution.consultationSlug),
    }),
  };
}

export default function MyContributionsPage() {
  const { pseudonym, contributions, support } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tp } = useTranslation("participation");
  return (
    <section className="prose">
      <h1>{t("me.title")}</h1>
      <p>{pseudonym === null ? t("me.signedIn") : t("me.signedInAs", { pseudonym })}</p>
      <h2>{t("me.contributionsHeading")}</h2>
      {contributions.length === 0 ? (
        <p>{t("me.none")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("me.contributionsHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("me.columns.consultation")}</th>
              <th scope="col">{t("me.columns.date")}</th>
              <th scope="col">{t("me.columns.status")}</th>
              <th scope="col">
                <span className="visually-hidden">{tp("me.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {contributions.map((contribution) => (
              <tr key={contribution.id}>
                <td>
                  <Link to={`/c/${contribution.consultationSlug}`}>{contribution.consultationTitle}</Link>
                </td>
                <td>{contribution.day}</td>
                <td>
                  {t(submissionStatusKeys[contribution.status])}
                  {contribution.inPublishedSummary ? ` · ${tp("contribution.inPublishedSummary")}` : ""}
                  {contribution.quoted ? ` · ${tp("outcome.quoted")}` : ""}
                  {contribution.unreadMessages > 0 ? (
                    <>
                      <br />
                      <strong>{tp("inbox.unread", { count: contribution.unreadMessages })}</strong>
                    </>
                  ) : null}
                </td>
                <td>
                  <Link to={`/me/contributions/${contribution.id}`}>
                    {contribution.status === "withdrawn" ? tp("me.view") : tp("me.viewOrChange")}
                    <span className="visually-hidden">{`: ${contribution.consultationTitle}`}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <LinkedText text={tp("me.receiptHint")} />
      </p>
      <p>{tp("me.withdrawnHint")}</p>
      <p>{tp("withdraw.unrecoverable", { minutes: withdrawnUnrecoverableWithinMinutes })}</p>
      <h2>{t("me.accountHeading")}</h2>
      <Form method="post" action="/logout">
        <button type="submit">{t("auth.logout.submit")}</button>
      </Form>
      <p>
        <Link to="/me/delete">{t("me.deleteLink")}</Link>
      </p>
      <RegionalSupport regions={support} />
    </section>
  );
}
