import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SupportList } from "~/components/participation/support-resources";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { listRegionalSupport } from "~/modules/safety/regional-support.server";

export const meta = titleMeta("safety.title");

export async function loader({ request }: LoaderFunctionArgs) {
  return { regions: await listRegionalSupport(await detectLanguage(request)) };
}

/**
 * How to remove this site from the history, browser by browser. Keys are
 * written out in full (tests/locales.test.ts finds unused keys that way).
 */
function useBrowserSteps() {
  const { t } = useTranslation();
  return [
    { id: "chrome-android", name: t("safety.browsers.chromeAndroid.name"), steps: [t("safety.browsers.chromeAndroid.step1"), t("safety.browsers.chromeAndroid.step2")] },
    { id: "safari-iphone", name: t("safety.browsers.safariIphone.name"), steps: [t("safety.browsers.safariIphone.step1"), t("safety.browsers.safariIphone.step2")] },
    { id: "samsung", name: t("safety.browsers.samsung.name"), steps: [t("safety.browsers.samsung.step1"), t("safety.browsers.samsung.step2")] },
    { id: "chrome-computer", name: t("safety.browsers.chromeComputer.name"), steps: [t("safety.browsers.chromeComputer.step1"), t("safety.browsers.chromeComputer.step2")] },
    { id: "firefox", name: t("safety.browsers.firefox.name"), steps: [t("safety.browsers.firefox.step1"), t("safety.browsers.firefox.step2")] },
    { id: "edge", name: t("safety.browsers.edge.name"), steps: [t("safety.browsers.edge.step1"), t("safety.browsers.edge.step2")] },
    { id: "safari-mac", name: t("safety.browsers.safariMac.name"), steps: [t("safety.browsers.safariMac.step1"), t("safety.browsers.safariMac.step2")] },
  ];
}

export default function SafetyPage() {
  const { regions } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const browsers = useBrowserSteps();
  return (
    <article className="prose">
      <h1>{t("safety.title")}</h1>
      <p className="lead">{t("safety.intro")}</p>
      <h2>{t("safety.quickExitHeading")}</h2>
      <p>{t("safety.quickExitBody")}</p>
      <p>{t("safety.quickExitLimits")}</p>
      <h2>{t("safety.deviceHeading")}</h2>
      <p>{t("safety.deviceBody")}</p>
      <h2>{t("safety.browsingHeading")}</h2>
      <p>{t("safety.browsingBody")}</p>

      <section aria-labelledby="clear-history">
        <h2 id="clear-history">{t("safety.clearHeading")}</h2>
        <p>{t("safety.clearIntro")}</p>
        <p>{t("safety.clearCaution")}</p>
        {/* Closed by default and readable without JavaScript: one browser at a time. */}
        {browsers.map((browser) => (
          <details key={browser.id} className="browser-steps">
            <summary>{browser.name}</summary>
            <ol>
              {browser.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </details>
        ))}
      </section>

      <h2>{t("safety.nothingStoredHeading")}</h2>
      <p>{t("safety.nothingStoredBody")}</p>

      <section aria-labelledby="support-by-region">
        <h2 id="support-by-region">{t("safety.supportHeading")}</h2>
        <p>{t("safety.supportIntro")}</p>
        {regions.length === 0 ? <p>{t("safety.supportNone")}</p> : null}
        {regions.map((region) => (
          <section key={region.region} aria-label={region.region}>
            <h3>{region.region}</h3>
            <SupportList entries={region.resources} language={region.language} />
            <SupportList entries={region.hostContacts} />
          </section>
        ))}
      </section>
    </article>
  );
}
