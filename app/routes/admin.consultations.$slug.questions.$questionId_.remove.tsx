import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { FormProblem } from "~/components/form-problem";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { invariantResponse } from "~/http/responses.server";
import { confirmForm } from "~/modules/consultations/consultation-forms";
import { getQuestionEditView } from "~/modules/consultations/questions/get-question-edit-view.server";
import { questionKindKeys } from "~/modules/consultations/questions/question-kinds";
import { removeQuestion } from "~/modules/consultations/questions/remove-question.server";

export const meta = titleMeta("consultations:admin.confirm.removeQuestionTitle");

/**
 * "Remove this question?" as a page of its own, so the confirmation works
 * without JavaScript: the page says what will happen, its form does it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const view = await getQuestionEditView(manager.consultationId, params.questionId ?? "");
  invariantResponse(view, 404);
  return { slug: manager.slug, view };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const form = await parseForm(request, confirmForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const removed = await removeQuestion({ consultationId: manager.consultationId, questionId: params.questionId ?? "", actorId: manager.staffUserId });
  if (!removed.ok) return refusedForm(removed, form.values);
  return redirectWithNotice(`/admin/consultations/${manager.slug}/questions`, "consultations:admin.notices.questionRemoved");
}

export default function RemoveQuestionPage() {
  const { slug, view } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("consultations");
  const back = `/admin/consultations/${slug}/questions/${view.id}`;
  return (
    <section className="prose">
      <h1>{t("admin.confirm.removeQuestionTitle")}</h1>
      <ConsultationAdminNav slug={slug} />
      <FormProblem messageKey={failure?.formError} />
      <blockquote lang={view.sourceLanguage ?? undefined}>{view.label || t(questionKindKeys[view.kind])}</blockquote>
      {view.answered ? (
        <p>{t("admin.questions.answered")}</p>
      ) : (
        <>
          <p>{t("admin.confirm.removeQuestionWhat", { languages: view.texts.filter((text) => text.exists).length })}</p>
          <Form method="post" className="confirm-actions">
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit">{t("admin.confirm.removeQuestionSubmit")}</button>
            <Link to={back}>{t("admin.confirm.keep")}</Link>
          </Form>
        </>
      )}
    </section>
  );
}
