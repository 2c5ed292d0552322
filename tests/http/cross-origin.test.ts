/**
 * CSRF: a form posted from another site, or with no origin information at
 * all, is refused with 403 before any action runs — on every route that has
 * an action — and the database is left exactly as it was.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { tableCounts } from "../support/table-counts";

const routesDirectory = path.resolve(__dirname, "../../app/routes");

/** A concrete address for each route file that has an action. */
const actionPaths: Record<string, (world: World) => string> = {
  exit: () => "/exit",
  language: () => "/language",
  join: () => "/join",
  login: () => "/login",
  logout: () => "/logout",
  recover: () => "/recover",
  "me.delete": () => "/me/delete",
  "staff.login": () => "/staff/login",
  "staff.login_.code": () => "/staff/login/code",
  "staff.enrol": () => "/staff/enrol",
  "staff.invitation.$token": () => "/staff/invitation/some-token",
  "admin._index": () => "/admin",
  "admin.orgs.$orgId": (world) => `/admin/orgs/${world.hostOrganisationId}`,
  "c.$slug.consent": (world) => `/c/${world.consultationSlug}/consent`,
  "c.$slug.respond": (world) => `/c/${world.consultationSlug}/respond`,
  "c.$slug.about-you": (world) => `/c/${world.consultationSlug}/about-you`,
  receipt: () => "/receipt",
  "me.contributions.$id": (world) => `/me/contributions/${world.participantAContributionId}`,
  "admin.consultations.new": () => "/admin/consultations/new",
  "admin.consultations.$slug._index": (world) => `/admin/consultations/${world.consultationSlug}`,
  "admin.consultations.$slug.texts": (world) => `/admin/consultations/${world.consultationSlug}/texts`,
  "admin.consultations.$slug.principles._index": (world) => `/admin/consultations/${world.consultationSlug}/principles`,
  "admin.consultations.$slug.principles.$number": (world) => `/admin/consultations/${world.consultationSlug}/principles/1`,
  "admin.consultations.$slug.principles.$number_.remove": (world) => `/admin/consultations/${world.consultationSlug}/principles/1/remove`,
  "admin.consultations.$slug.principles.use": (world) => `/admin/consultations/${world.consultationSlug}/principles/use`,
  "admin.consultations.$slug.questions._index": (world) => `/admin/consultations/${world.consultationSlug}/questions`,
  "admin.consultations.$slug.questions.$questionId": (world) => `/admin/consultations/${world.consultationSlug}/questions/none`,
  "admin.consultations.$slug.questions.$questionId_.remove": (world) => `/admin/consultations/${world.consultationSlug}/questions/none/remove`,
  "admin.consultations.$slug.status.$to": (world) => `/admin/consultations/${world.consultationSlug}/status/archived`,
  "admin.consultations.$slug.hosts": (world) => `/admin/consultations/${world.consultationSlug}/hosts`,
  "admin.cohost-invitations": () => "/admin/cohost-invitations",
  "admin.orgs.$orgId_.setup": (world) => `/admin/orgs/${world.hostOrganisationId}/setup`,
  "admin.cohosting.$slug.leave": (world) => `/admin/cohosting/${world.consultationSlug}/leave`,
  "facilitate.$slug.in-person": (world) => `/facilitate/${world.consultationSlug}/in-person`,
  "facilitate.$slug.$id_.messages": (world) => `/facilitate/${world.consultationSlug}/${world.participantAContributionId}/messages`,
  "facilitate.$slug._index": (world) => `/facilitate/${world.consultationSlug}`,
  "facilitate.$slug.$id": (world) => `/facilitate/${world.consultationSlug}/${world.participantAContributionId}`,
  "facilitate.$slug.$id_.redact": (world) => `/facilitate/${world.consultationSlug}/${world.participantAContributionId}/redact`,
  "facilitate.$slug.codebook": (world) => `/facilitate/${world.consultationSlug}/codebook`,
  "facilitate.$slug.synthesis.$theme.($number)": (world) => `/facilitate/${world.consultationSlug}/synthesis/prevention`,
};

describe("cross-origin writes", () => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer();
    world = await createWorld();
  });
  afterAll(async () => server?.close());

  it("knows an address for every route with an action", () => {
    const withActions = readdirSync(routesDirectory)
      .filter((file) => /\.tsx?$/.test(file))
      .filter((file) => /export (async function|const) action\b/.test(readFileSync(path.join(routesDirectory, file), "utf8")))
      .map((file) => file.replace(/\.tsx?$/, ""));
    expect(withActions.filter((route) => !(route in actionPaths))).toEqual([]);
  });

  it("refuses every action posted from another origin, or with no origin, and changes nothing", async () => {
    const before = await tableCounts();
    const accepted: string[] = [];
    for (const [route, pathFor] of Object.entries(actionPaths)) {
      for (const cookie of [undefined, world.cookies.participantA, world.cookies.adminOfHost, world.cookies.platformAdmin]) {
        for (const origin of ["http://evil.example", null]) {
          const result = await send(server, pathFor(world), {
            form: { language: "ar", returnTo: "/", name: "Forged organisation", role: "admin", pseudonym: "forged", passphrase: "forged passphrase", repeatPassphrase: "forged passphrase" },
            cookie,
            origin,
          });
          if (result.status !== 403 || result.setCookies.length > 0) accepted.push(`${route} origin=${origin} → ${result.status}`);
          if (result.status === 403) expect(result.body).toContain("sent from another website");
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  }, 60_000);
});
