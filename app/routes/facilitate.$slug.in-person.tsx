import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { LanguageOptions } from "~/components/language-options";
import { SelectField } from "~/components/select-field";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireConsultationFacilitator } from "~/http/require-consultation-facilitator.server";
import { notFound } from "~/http/responses.server";
import { choicesFrom } from "~/modules/consent/consent-form";
import { getStaffConsultationTitle } from "~/modules/consultations/get-staff-consultation-title.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { getInPersonView } from "~/modules/in-person/get-in-person-view.server";
import { answerFieldName } from "~/modules/in-person/answer-field";
import { answersFromValues, inPersonForm } from "~/modules/in-person/in-person-forms";
import { recordInPersonSpeaker } from "~/modules/in-person/record-in-person-speaker.server";
import { startInPersonSession } from "~/modules/in-person/start-in-person-session.server";
import { generateFormKey } from "~/modules/submissions/contribution-secrets.server";

export const handle = { i18n: "workspace" };

export const meta = titleMeta("workspace:inPerson.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { facts, slug, organisationIds } = await requireConsultationFacilitator(request, params.slug ?? "");
  const sessionId = new URL(request.url).searchParams.get("session");
  const language = await detectLanguage(request);
  const view = await getInPersonView({ consultationId: facts.consultationId, organisationIds, sessionId, language });
  // Another organisation's session, or none: the same 404.
  if (sessionId !== null && !view.session) notFound();
  return {
    slug,
    title: await getStaffConsultationTitle(facts.consultationId, language),
    view,
    formKey: generateFormKey(),
    // Most input is entered on the day of the session or soon after: today, to change when it was earlier.
    today: new Date().toISOString().slice(0, 10),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, facts, slug, organisationIds } = await requireConsultationFacilitator(request, params.slug ?? "");
  const form = await parseForm(request, inPersonForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const base = `/facilitate/${slug}/in-person`;
  if (form.data.intent === "session") {
    const started = await startInPersonSession({ consultationId: facts.consultationId, actorId: actor.staffUserId, organisationIds, ...form.data });
    if (!started.ok) return refusedForm(started, form.values);
    return redirectWithNotice(`${base}?session=${started.sessionId}`, "workspace:inPerson.notices.sessionStarted");
  }
  const questionIds = Object.keys(form.values)
    .filter((name) => name.startsWith("answer."))
    .map((name) => name.slice("answer.".length));
  const { answers, problem } = answersFromValues(form.values, questionIds);
  if (problem) return refusedForm({ field: answerFieldName(problem.questionId), error: problem.error }, form.values);
  const result = await recordInPersonSpeaker({
    consultationId: facts.consultationId,
    sessionId: form.data.sessionId,
    actorId: actor.staffUserId,
    organisationIds,
    formKey: form.data.formKey,
    consentBasis: form.data.consentBasis,
    consentReference: form.data.consentReference,
    choices: choicesFrom(form.data),
    answers,
  });
  switch (result.kind) {
    case "sessionNotFound":
      return notFound();
    case "refused":
      return refusedForm(result, form.values);
    case "saved":
    case "alreadySaved":
      return form.data.then === "finish"
        ? redirectWithNotice(base, "workspace:inPerson.notices.finished")
        : redirectWithNotice(`${base}?session=${form.data.sessionId}`, "workspace:inPerson.notices.speakerSaved");
  }
}

const consentChoices = [
  { name: "useInSummaries", label: "inPerson.choices.useInSummaries" },
  { name: "draftersMayQuote", label: "inPerson.choices.draftersMayQuote" },
  { name: "publicQuotes", label: "inPerson.choices.publicQuotes" },
] as const;

export default function InPersonPage() {
  const { slug, title, view, formKey, today } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("workspace");
  const errors = failure?.errors ?? {};
  const values = failure?.values ?? {};
  const base = `/facilitate/${slug}/in-person`;
  const session = view.session;
  return (
    <section className="prose">
      <p>
        <Link to={`/facilitate/${slug}`}>{title}</Link>
      </p>
      <h1>{t("inPerson.title")}</h1>
      <p>{t("inPerson.intro")}</p>
      {session ? (
        <>
          <dl className="facts">
            <dt>{t("inPerson.fields.heldOn")}</dt>
            <dd>{session.heldOn}</dd>
            <dt>{t("inPerson.fields.place")}</dt>
            <dd dir="auto">{session.place}</dd>
            <dt>{t("inPerson.fields.language")}</dt>
            <dd>{languageLabel(session.language, i18n.language)}</dd>
            <dt>{t("inPerson.fields.peoplePresent")}</dt>
            <dd>{session.peoplePresent}</dd>
            <dt>{t("inPerson.speakersEntered")}</dt>
            <dd>{session.speakers}</dd>
          </dl>
          <section aria-labelledby="speaker-heading">
            <h2 id="speaker-heading">{t("inPerson.speakerHeading")}</h2>
            <p>{t("inPerson.speakerIntro")}</p>
            <ErrorSummary
              failure={failure}
              fields={[
                { name: "consentBasis", label: t("inPerson.fields.consentBasis"), id: "consent-basis-oral" },
                { name: "consentReference", label: t("inPerson.fields.consentReference") },
                { name: "consent", label: t("inPerson.fields.choices"), id: "choice-useInSummaries" },
                ...view.questions.map((question) => ({ name: answerFieldName(question.id), label: question.prompt })),
              ]}
            />
            {/* A new key per saved speaker: the next form starts empty, with JavaScript too. */}
            <Form method="post" action={`${base}?session=${session.id}`} noValidate key={formKey}>
              <input type="hidden" name="intent" value="speaker" />
              <input type="hidden" name="sessionId" value={session.id} />
              <input type="hidden" name="formKey" value={values.formKey || formKey} />
              <fieldset aria-describedby={errors.consentBasis ? "consent-basis-error" : undefined}>
                <legend>{t("inPerson.fields.consentBasis")}</legend>
                {errors.consentBasis ? (
                  <p className="field__error" id="consent-basis-error">
                    {t(errors.consentBasis)}
                  </p>
                ) : null}
                {(["oral", "written"] as const).map((basis) => (
                  <div className="radio" key={basis}>
                    <input type="radio" id={`consent-basis-${basis}`} name="consentBasis" value={basis} defaultChecked={values.consentBasis === basis} />
                    <label htmlFor={`consent-basis-${basis}`}>{t(basis === "oral" ? "inPerson.basis.oral" : "inPerson.basis.written")}</label>
                  </div>
                ))}
              </fieldset>
              <Field
                label={t("inPerson.fields.consentReference")}
                hint={t("inPerson.fields.consentReferenceHint")}
                id={fieldId("consentReference")}
                name="consentReference"
                error={errors.consentReference}
                defaultValue={values.consentReference}
                required
              />
              <fieldset aria-describedby={errors.consent ? "choices-error" : "choices-hint"}>
                <legend>{t("inPerson.fields.choices")}</legend>
                <p className="field__hint" id="choices-hint">
                  {t("inPerson.fields.choicesHint")}
                </p>
                {errors.consent ? (
                  <p className="field__error" id="choices-error">
                    {t(errors.consent)}
                  </p>
                ) : null}
                {consentChoices.map((choice) => (
                  <div className="checkbox" key={choice.name}>
                    <input type="checkbox" id={`choice-${choice.name}`} name={choice.name} defaultChecked={values[choice.name] === "on"} />
                    <label htmlFor={`choice-${choice.name}`}>{t(choice.label)}</label>
                  </div>
                ))}
              </fieldset>
              <h3>{t("inPerson.answersHeading")}</h3>
              <p>{t("inPerson.answersHint")}</p>
              {view.questions.map((question) => (
                <Field
                  key={question.id}
                  label={question.prompt}
                  id={fieldId(answerFieldName(question.id))}
                  name={answerFieldName(question.id)}
                  error={errors[answerFieldName(question.id)]}
                  defaultValue={values[answerFieldName(question.id)]}
                  multiline
                />
              ))}
              <div className="form-buttons">
                <button type="submit" name="then" value="another">
                  {t("inPerson.saveAndAnother")}
                </button>
                <button type="submit" name="then" value="finish" className="button--secondary">
                  {t("inPerson.saveAndFinish")}
                </button>
              </div>
            </Form>
          </section>
          <p>
            <Link to={base}>{t("inPerson.backToSessions")}</Link>
          </p>
        </>
      ) : (
        <>
          <section aria-labelledby="session-heading">
            <h2 id="session-heading">{t("inPerson.sessionHeading")}</h2>
            <ErrorSummary
              failure={failure}
              fields={[
                { name: "heldOn", label: t("inPerson.fields.heldOn") },
                { name: "place", label: t("inPerson.fields.place") },
                { name: "language", label: t("inPerson.fields.language") },
                { name: "peoplePresent", label: t("inPerson.fields.peoplePresent") },
                { name: "organisationId", label: t("inPerson.fields.organisation") },
              ]}
            />
            <Form method="post" action={base} noValidate>
              <input type="hidden" name="intent" value="session" />
              <Field label={t("inPerson.fields.heldOn")} id={fieldId("heldOn")} name="heldOn" type="date" max={today} error={errors.heldOn} defaultValue={values.heldOn ?? today} required />
              <Field
                label={t("inPerson.fields.place")}
                hint={t("inPerson.fields.placeHint")}
                id={fieldId("place")}
                name="place"
                error={errors.place}
                defaultValue={values.place}
                required
              />
              <SelectField label={t("inPerson.fields.language")} id={fieldId("language")} name="language" error={errors.language} defaultValue={values.language}>
                <LanguageOptions languages={view.languages} />
              </SelectField>
              <Field
                label={t("inPerson.fields.peoplePresent")}
                id={fieldId("peoplePresent")}
                name="peoplePresent"
                type="number"
                min={1}
                error={errors.peoplePresent}
                defaultValue={values.peoplePresent}
                required
              />
              {view.organisations.length > 1 ? (
                <SelectField
                  label={t("inPerson.fields.organisation")}
                  id={fieldId("organisationId")}
                  name="organisationId"
                  error={errors.organisationId}
                  defaultValue={values.organisationId}
                >
                  {view.organisations.map((organisation) => (
                    <option key={organisation.id} value={organisation.id}>
                      {organisation.name}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              <button type="submit">{t("inPerson.startSession")}</button>
            </Form>
          </section>
          <section aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{t("inPerson.sessionsHeading")}</h2>
            {view.sessions.length === 0 ? (
              <p>{t("inPerson.noSessions")}</p>
            ) : (
              <table>
                <caption className="visually-hidden">{t("inPerson.sessionsHeading")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("inPerson.fields.heldOn")}</th>
                    <th scope="col">{t("inPerson.fields.place")}</th>
                    <th scope="col">{t("inPerson.fields.language")}</th>
                    <th scope="col">{t("inPerson.fields.peoplePresent")}</th>
                    <th scope="col">{t("inPerson.speakersEntered")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("inPerson.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.sessions.map((row) => (
                    <tr key={row.id}>
                      <td>{row.heldOn}</td>
                      <td dir="auto">{row.place}</td>
                      <td>{languageLabel(row.language, i18n.language)}</td>
                      <td>{row.peoplePresent}</td>
                      <td>{row.speakers}</td>
                      <td>
                        <Link to={`${base}?session=${row.id}`}>
                          {t("inPerson.addSpeakers")}
                          <span className="visually-hidden">{`: ${row.heldOn}, ${row.place}`}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </section>
  );
}
