import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fieldId, type SummaryField } from "~/components/error-summary";
import { Field } from "~/components/field";
import type { FormFailure } from "~/http/forms.server";
import { answerLabelKey, dimensionLabelKeys } from "~/modules/self-description/dimension-labels";
import { selfDescribed, selfDescribedMaxLength, type Dimension, type SelfDescriptionValues } from "~/modules/self-description/dimensions";
import { answersOf, consentField, wordsField } from "~/modules/self-description/self-description-answers";

const aboutYouPath = (slug: string) => `/c/${slug}/about-you`;

/** Why it is asked, in plain words: shown with the invitation and on the form. */
export function SelfDescriptionWhy() {
  const { t } = useTranslation("selfdescription");
  return (
    <>
      <p>{t("why.persecution")}</p>
      <p>{t("why.groupsOnly")}</p>
      <p>{t("why.optional")}</p>
    </>
  );
}

/**
 * After sending: the invitation, and a one-click way past it that stores
 * nothing. With a receipt code just shown, "Tell us about yourself" carries
 * it in the post (never in the address), as /receipt does.
 */
export function SelfDescriptionInvitation({ slug, signedIn, receiptCode }: { slug: string; signedIn: boolean; receiptCode?: string }) {
  const { t } = useTranslation("selfdescription");
  return (
    <section className="self-description-invitation" aria-labelledby="self-description-invitation">
      <h2 id="self-description-invitation">{t("invitation.heading")}</h2>
      <SelfDescriptionWhy />
      <div className="confirm-actions">
        {receiptCode ? (
          <Form method="post" action={aboutYouPath(slug)}>
            <input type="hidden" name="receiptCode" value={receiptCode} />
            <button type="submit" name="intent" value="open">
              {t("invitation.start")}
            </button>
          </Form>
        ) : (
          <Link className="button" to={aboutYouPath(slug)}>
            {t("invitation.start")}
          </Link>
        )}
        <Link to={signedIn ? "/me" : `/c/${slug}`}>{t("invitation.skip")}</Link>
      </div>
    </section>
  );
}

export function selfDescriptionSummaryFields(t: (key: string) => string, asked: readonly Dimension[], needsCode: boolean): SummaryField[] {
  return [
    ...asked.flatMap((dimension) => [
      { name: dimension, label: t(dimensionLabelKeys[dimension]), id: fieldId(`${dimension}-${answersOf(dimension)[0]}`) },
      { name: wordsField(dimension), label: `${t(dimensionLabelKeys[dimension])}: ${t("selfdescription:answers.words")}`, id: fieldId(wordsField(dimension)) },
    ]),
    { name: consentField, label: t("selfdescription:consent.label"), id: fieldId(consentField) },
    ...(needsCode ? [{ name: "receiptCode", label: t("participation:receipt.field"), id: fieldId("receiptCode") }] : []),
  ];
}

/**
 * The form: per dimension the consultation asks, its values, "Prefer not to
 * say" and "I describe it myself" with a short text; all optional. Its own
 * consent box is never ticked unless the person ticked it in the form they
 * just sent.
 */
export function SelfDescriptionForm({
  slug,
  asked,
  values,
  failure,
  hiddenFields,
  askCode,
  skipTo,
}: {
  slug: string;
  asked: readonly Dimension[];
  /** The form's values: what was just sent, or what is saved (to change it). */
  values: Record<string, string>;
  failure?: FormFailure;
  hiddenFields?: ReactNode;
  /** Without an account, and no code carried: the receipt code is asked for in the form. */
  askCode: boolean;
  skipTo: string;
}) {
  const { t } = useTranslation("selfdescription");
  const errors = failure?.errors ?? {};
  return (
    <Form method="post" action={aboutYouPath(slug)} noValidate>
      {hiddenFields}
      {asked.map((dimension) => {
        const error = errors[dimension];
        const errorId = `${dimension}-error`;
        return (
          <fieldset key={dimension} className={error ? "field field--error" : "field"} aria-describedby={error ? errorId : undefined}>
            <legend>{t(dimensionLabelKeys[dimension])}</legend>
            {error ? (
              <p className="field__error" id={errorId}>
                {t(error)}
              </p>
            ) : null}
            {answersOf(dimension).map((answer) => {
              const id = fieldId(`${dimension}-${answer}`);
              return (
                <div className="radio" key={answer}>
                  <input type="radio" id={id} name={dimension} value={answer} defaultChecked={values[dimension] === answer} />
                  <label htmlFor={id}>{t(answerLabelKey(dimension, answer))}</label>
                </div>
              );
            })}
            <Field
              label={t("answers.words")}
              hint={t("answers.wordsHint", { max: selfDescribedMaxLength })}
              name={wordsField(dimension)}
              id={fieldId(wordsField(dimension))}
              error={errors[wordsField(dimension)]}
              defaultValue={values[wordsField(dimension)] ?? ""}
              maxLength={selfDescribedMaxLength}
              autoComplete="off"
              dir="auto"
            />
          </fieldset>
        );
      })}
      <div className={errors[consentField] ? "field field--checkbox field--error" : "field field--checkbox"}>
        {errors[consentField] ? (
          <p className="field__error" id="consent-error">
            {t(errors[consentField])}
          </p>
        ) : null}
        <input
          type="checkbox"
          id={fieldId(consentField)}
          name={consentField}
          defaultChecked={values[consentField] === "on"}
          aria-describedby={errors[consentField] ? "consent-error consent-hint" : "consent-hint"}
        />
        <label htmlFor={fieldId(consentField)}>{t("consent.label")}</label>
        <p className="field__hint" id="consent-hint">
          {t("consent.hint")}
        </p>
      </div>
      {askCode ? (
        <Field
          label={t("participation:receipt.field")}
          hint={t("form.receiptHint")}
          name="receiptCode"
          id={fieldId("receiptCode")}
          error={errors.receiptCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
        />
      ) : null}
      <div className="confirm-actions">
        <button type="submit" name="intent" value="save">
          {t("form.save")}
        </button>
        <Link to={skipTo}>{t("invitation.skip")}</Link>
      </div>
    </Form>
  );
}

/** One answer as its author reads it back: the value's label, or their own words. */
function answerText(t: (key: string) => string, dimension: Dimension, answer: { value: string; words?: string }): string {
  return answer.value === selfDescribed && answer.words ? answer.words : t(answerLabelKey(dimension, answer.value));
}

/**
 * "About you (optional)" on the person's own contribution (My contributions,
 * /receipt): what they said, to them only, with "Change" and "Delete".
 * `hiddenFields` carries what proves it is theirs (the contribution's id for
 * an account, the receipt code without one).
 */
export function OwnSelfDescription({
  slug,
  own,
  hiddenFields,
}: {
  slug: string;
  own: { asked: Dimension[]; values: SelfDescriptionValues | null };
  hiddenFields: ReactNode;
}) {
  const { t } = useTranslation("selfdescription");
  const answered = own.values ? (Object.entries(own.values) as Array<[Dimension, { value: string; words?: string }]>) : [];
  return (
    <section aria-labelledby="own-self-description">
      <h2 id="own-self-description">{t("own.heading")}</h2>
      {answered.length > 0 ? (
        <>
          <p>{t("own.onlyYou")}</p>
          <dl>
            {answered.map(([dimension, answer]) => (
              <div key={dimension}>
                <dt>{t(dimensionLabelKeys[dimension])}</dt>
                <dd dir="auto">{answerText(t, dimension, answer)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p>{t("own.none")}</p>
      )}
      <div className="confirm-actions">
        {own.asked.length > 0 ? (
          <Form method="post" action={aboutYouPath(slug)}>
            {hiddenFields}
            <button type="submit" name="intent" value="open" className="button--secondary">
              {answered.length > 0 ? t("own.change") : t("invitation.start")}
            </button>
          </Form>
        ) : null}
        {answered.length > 0 ? (
          <Form method="post" action={aboutYouPath(slug)}>
            {hiddenFields}
            <button type="submit" name="intent" value="delete" className="button--secondary">
              {t("own.delete")}
            </button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}
