import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** A receipt code, shown once, with what it is for and how to keep it. */
export function ReceiptCodeDisplay({ code }: { code: string }) {
  const { t } = useTranslation("participation");
  return (
    <section className="receipt-code" aria-labelledby="receipt-code-heading">
      <h2 id="receipt-code-heading">{t("receiptCode.heading")}</h2>
      <p className="receipt-code__value">
        <code dir="ltr" translate="no">
          {code}
        </code>
      </p>
      <p>{t("receiptCode.once")}</p>
      <p>
        {t("receiptCode.use")} <Link to="/receipt">{t("nav.receipt", { ns: "common" })}</Link>
      </p>
      <p>{t("receiptCode.keepSafe")}</p>
    </section>
  );
}
