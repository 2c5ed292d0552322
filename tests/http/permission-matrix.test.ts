/**
 * Every route × every kind of actor, over HTTP against the production
 * server. The matrix is the written-down access policy: adding a route file
 * without a row here fails the first test, and any change in who can reach
 * what fails the second.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorNames, createWorld, type ActorName, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";

/** "200", "403", "404" … or "→/path" for a 30x redirect to that path. */
type Outcome = string;
type Row = {
  route: string;
  method: "GET" | "POST";
  path: (world: World) => string;
  form?: Record<string, string> | ((world: World) => Record<string, string>);
  /** Ends sessions or deletes accounts: runs on a world of its own per actor. */
  destructive?: boolean;
  expect: Record<ActorName, Outcome>;
};

const everyone = (outcome: Outcome): Record<ActorName, Outcome> =>
  Object.fromEntries(actorNames.map((name) => [name, outcome])) as Record<ActorName, Outcome>;

const forAnonymousOnly: Record<ActorName, Outcome> = {
  anonymous: "200",
  participantA: "→/me",
  participantB: "→/me",
  facilitatorOfHost: "→/staff",
  facilitatorOfOther: "→/staff",
  drafterOfHost: "→/staff",
  adminOfHost: "→/staff",
  platformAdmin: "→/staff",
};

const ownAccount: Record<ActorName, Outcome> = {
  anonymous: "→/login",
  participantA: "200",
  participantB: "200",
  facilitatorOfHost: "403",
  facilitatorOfOther: "403",
  drafterOfHost: "403",
  adminOfHost: "403",
  platformAdmin: "403",
};

const anyStaff: Record<ActorName, Outcome> = {
  anonymous: "→/staff/login",
  participantA: "403",
  participantB: "403",
  facilitatorOfHost: "200",
  facilitatorOfOther: "200",
  drafterOfHost: "200",
  adminOfHost: "200",
  platformAdmin: "200",
};

const secondFactorStep: Record<ActorName, Outcome> = {
  ...everyone("→/staff"),
  anonymous: "→/staff/login",
  participantA: "→/staff/login",
  participantB: "→/staff/login",
};

const onlyFor = (allowed: ActorName, outcome = "200"): Record<ActorName, Outcome> => ({
  ...everyone("404"),
  anonymous: "→/staff/login",
  [allowed]: outcome,
});

/** Giving input: no session or a participant's; every staff session is refused. */
const givesInput = (outcome: Outcome): Record<ActorName, Outcome> => ({
  ...everyone("403"),
  anonymous: outcome,
  participantA: outcome,
  participantB: outcome,
});

/** Participant A's own contribution. */
const ownContribution = (outcome: Outcome): Record<ActorName, Outcome> => ({
  ...everyone("404"),
  anonymous: "→/login",
  participantA: outcome,
});

const neutralSite = "→https://www.bbc.co.uk/weather";

const matrix: Row[] = [
  { route: "_index", method: "GET", path: () => "/", expect: everyone("200") },
  { route: "$", method: "GET", path: () => "/no-such-page", expect: everyone("404") },
  { route: "c.$slug._index", method: "GET", path: (w) => `/c/${w.consultationSlug}`, expect: everyone("200") },
  // The quick exit explained before taking part: public text, like the consultation page.
  { route: "c.$slug.before-you-start", method: "GET", path: (w) => `/c/${w.consultationSlug}/before-you-start`, expect: everyone("200") },
  { route: "safety", method: "GET", path: () => "/safety", expect: everyone("200") },
  { route: "healthz", method: "GET", path: () => "/healthz", expect: everyone("200") },
  { route: "livez", method: "GET", path: () => "/livez", expect: everyone("200") },
  { route: "exit", method: "GET", path: () => "/exit", destructive: true, expect: everyone(neutralSite) },
  { route: "language", method: "GET", path: () => "/language", expect: everyone("→/") },
  {
    route: "language",
    method: "POST",
    path: () => "/language",
    form: { language: "es", returnTo: "/safety" },
    expect: everyone("→/safety"),
  },
  { route: "join", method: "GET", path: () => "/join", expect: forAnonymousOnly },
  { route: "login", method: "GET", path: () => "/login", expect: forAnonymousOnly },
  { route: "recover", method: "GET", path: () => "/recover", expect: forAnonymousOnly },
  { route: "logout", method: "GET", path: () => "/logout", expect: everyone("200") },
  { route: "logout", method: "POST", path: () => "/logout", form: {}, destructive: true, expect: everyone("→/") },
  { route: "me._index", method: "GET", path: () => "/me", expect: ownAccount },
  { route: "me.delete", method: "GET", path: () => "/me/delete", expect: ownAccount },
  {
    route: "me.delete",
    method: "POST",
    path: () => "/me/delete",
    form: {},
    destructive: true,
    expect: { ...ownAccount, participantA: "→/", participantB: "→/" },
  },
  { route: "staff.login", method: "GET", path: () => "/staff/login", expect: forAnonymousOnly },
  { route: "staff.login_.code", method: "GET", path: () => "/staff/login/code", expect: secondFactorStep },
  // Fully signed-in staff see a "done" page: Remix renders it after the enrolment action too.
  { route: "staff.enrol", method: "GET", path: () => "/staff/enrol", expect: { ...secondFactorStep, ...anyStaff, participantA: "→/staff/login", participantB: "→/staff/login" } },
  {
    route: "staff.invitation.$token",
    method: "GET",
    path: () => "/staff/invitation/not-a-real-token",
    expect: everyone("404"),
  },
  { route: "staff._index", method: "GET", path: () => "/staff", expect: anyStaff },
  {
    route: "admin._index",
    method: "GET",
    path: () => "/admin",
    expect: { ...anyStaff, facilitatorOfHost: "403", facilitatorOfOther: "403", drafterOfHost: "403" },
  },
  {
    route: "admin._index",
    method: "POST",
    path: () => "/admin",
    form: { name: "A new organisation" },
    expect: { ...everyone("403"), anonymous: "→/staff/login", platformAdmin: "→/admin/orgs/:id/setup" },
  },
  {
    // A new organisation's set-up: its admins, and platform admins only while it has none (this one has).
    route: "admin.orgs.$orgId_.setup",
    method: "GET",
    path: (w) => `/admin/orgs/${w.hostOrganisationId}/setup`,
    expect: onlyFor("adminOfHost"),
  },
  {
    route: "admin.orgs.$orgId_.setup",
    method: "POST",
    path: (w) => `/admin/orgs/${w.hostOrganisationId}/setup`,
    form: { intent: "invite-first-admin" },
    expect: onlyFor("adminOfHost"),
  },
  {
    // Read-only view for the admins of every accepted host (here: the lead's).
    route: "admin.cohosting.$slug._index",
    method: "GET",
    path: (w) => `/admin/cohosting/${w.consultationSlug}`,
    expect: onlyFor("adminOfHost"),
  },
  {
    // Only a co-host leaves: the lead's admin has nothing to leave.
    route: "admin.cohosting.$slug.leave",
    method: "GET",
    path: (w) => `/admin/cohosting/${w.consultationSlug}/leave`,
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    route: "admin.cohosting.$slug.leave",
    method: "POST",
    path: (w) => `/admin/cohosting/${w.consultationSlug}/leave`,
    form: (w) => ({ intent: "leave", organisationId: w.hostOrganisationId }),
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    // The host organisation is only invited there: its admin does not manage that consultation.
    route: "admin.consultations.$slug.hosts_.$orgId.remove",
    method: "GET",
    path: (w) => `/admin/consultations/invitation-consultation/hosts/${w.hostOrganisationId}/remove`,
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    route: "admin.orgs.$orgId",
    method: "GET",
    path: (w) => `/admin/orgs/${w.hostOrganisationId}`,
    expect: onlyFor("adminOfHost"),
  },
  {
    route: "admin.orgs.$orgId_.audit[.csv]",
    method: "GET",
    path: (w) => `/admin/orgs/${w.hostOrganisationId}/audit.csv`,
    expect: onlyFor("adminOfHost"),
  },
  {
    route: "admin.orgs.$orgId",
    method: "POST",
    path: (w) => `/admin/orgs/${w.hostOrganisationId}`,
    form: { intent: "invite", role: "facilitator" },
    expect: onlyFor("adminOfHost"),
  },
  { route: "facilitate._index", method: "GET", path: () => "/facilitate", expect: anyStaff },
  {
    route: "facilitate.$slug._index",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}`,
    expect: onlyFor("facilitatorOfHost"),
  },
  { route: "facilitate.$slug._index", method: "GET", path: () => "/facilitate/no-such-consultation", expect: onlyFor("anonymous", "→/staff/login") },
  // In-person input: the hosts' facilitators only; everyone else as on the queue (another organisation's: 404).
  {
    route: "facilitate.$slug.in-person",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/in-person`,
    expect: onlyFor("facilitatorOfHost"),
  },
  {
    // A session form without its fields: refused as invalid (400) for the host's facilitator only.
    route: "facilitate.$slug.in-person",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/in-person`,
    form: { intent: "session" },
    expect: onlyFor("facilitatorOfHost", "400"),
  },
  {
    route: "facilitate.$slug.in-person",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/in-person?session=00000000-0000-4000-8000-000000000000`,
    expect: onlyFor("facilitatorOfHost", "404"),
  },
  {
    // The inbox of participant A's contribution: the host's facilitators; another organisation's get 404.
    route: "facilitate.$slug.$id_.messages",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}/messages`,
    expect: onlyFor("facilitatorOfHost"),
  },
  {
    // Participant A did not choose (d): refused with its message, nothing stored.
    route: "facilitate.$slug.$id_.messages",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}/messages`,
    form: { intent: "send", body: "A question" },
    expect: onlyFor("facilitatorOfHost", "400"),
  },
  {
    route: "facilitate.$slug.$id_.messages",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/00000000-0000-4000-8000-000000000000/messages`,
    expect: onlyFor("facilitatorOfHost", "404"),
  },
  {
    // No exact duplicates in the world: the queue's own facilitator is refused with a message (400); everyone else as on its page.
    route: "facilitate.$slug._index",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}`,
    form: { intent: "merge-duplicates" },
    expect: onlyFor("facilitatorOfHost", "400"),
  },
  {
    route: "facilitate.$slug._index",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}`,
    form: { intent: "approve-selected" },
    expect: onlyFor("facilitatorOfHost", "400"),
  },
  {
    // One contribution: only the hosting organisation's facilitator; a facilitator of another organisation gets 404, as if it did not exist.
    route: "facilitate.$slug.$id",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}`,
    expect: onlyFor("facilitatorOfHost"),
  },
  {
    route: "facilitate.$slug.$id",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/00000000-0000-4000-8000-000000000000`,
    expect: onlyFor("facilitatorOfHost", "404"),
  },
  {
    // The contribution of another consultation (participant A's own, under the other organisation's consultation slug): 404 for everyone.
    route: "facilitate.$slug.$id",
    method: "GET",
    path: (w) => `/facilitate/invitation-consultation/${w.participantAContributionId}`,
    expect: onlyFor("anonymous", "→/staff/login"),
  },
  {
    // A save on a version that was never shown: the conflict (409), nothing stored.
    route: "facilitate.$slug.$id",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}`,
    form: { intent: "hold", version: "999" },
    expect: onlyFor("facilitatorOfHost", "409"),
  },
  {
    route: "facilitate.$slug.$id",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}`,
    form: { intent: "reject", version: "0" },
    expect: onlyFor("facilitatorOfHost", "400"),
  },
  {
    route: "facilitate.$slug.$id",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}`,
    form: { intent: "approve", version: "999", confirm: "yes" },
    expect: onlyFor("facilitatorOfHost", "409"),
  },
  // Redaction of one item: its hosts' facilitators only; anyone else, another organisation's facilitator included, gets 404.
  {
    route: "facilitate.$slug.$id_.redact",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}/redact`,
    expect: onlyFor("facilitatorOfHost"),
  },
  {
    route: "facilitate.$slug.$id_.redact",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/00000000-0000-4000-8000-000000000000/redact`,
    expect: onlyFor("anonymous", "→/staff/login"),
  },
  {
    route: "facilitate.$slug.$id_.redact",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}/redact`,
    // A version no page showed: the host's facilitator reaches the conflict (nothing stored, so the item stays as it is for later rows).
    form: { intent: "save", version: "99" },
    expect: onlyFor("facilitatorOfHost", "409"),
  },
  {
    route: "facilitate.$slug.$id_.redact",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/${w.participantAContributionId}/redact`,
    form: { intent: "addKnownName", term: "Matrix Name" },
    expect: onlyFor("facilitatorOfHost", "→/facilitate/matrix-consultation/:id/redact"),
  },
  {
    route: "facilitate.$slug.codebook",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/codebook`,
    expect: onlyFor("facilitatorOfHost"),
  },
  { route: "facilitate.$slug.codebook", method: "GET", path: () => "/facilitate/no-such-consultation/codebook", expect: onlyFor("anonymous", "→/staff/login") },
  {
    route: "facilitate.$slug.codebook",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/codebook`,
    form: { intent: "add", name: "Matrix theme", description: "" },
    expect: onlyFor("facilitatorOfHost", "→/facilitate/matrix-consultation/codebook"),
  },
  {
    route: "facilitate.$slug.codebook[.csv]",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/codebook.csv`,
    expect: onlyFor("facilitatorOfHost"),
  },
  {
    route: "facilitate.$slug.codebook[.qdc]",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/codebook.qdc`,
    expect: onlyFor("facilitatorOfHost"),
  },
  // Syntheses: the hosts' facilitators only; another organisation's facilitator, a drafter or an admin get 404.
  {
    route: "facilitate.$slug.synthesis._index",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/synthesis`,
    expect: onlyFor("facilitatorOfHost"),
  },
  { route: "facilitate.$slug.synthesis._index", method: "GET", path: () => "/facilitate/no-such-consultation/synthesis", expect: onlyFor("anonymous", "→/staff/login") },
  {
    route: "facilitate.$slug.synthesis.$theme.($number)",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/synthesis/protection`,
    expect: onlyFor("facilitatorOfHost"),
  },
  {
    // The world's consultation has no draft principles: no such page, for its facilitators too.
    route: "facilitate.$slug.synthesis.$theme.($number)",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/synthesis/protection/1`,
    expect: onlyFor("facilitatorOfHost", "404"),
  },
  {
    route: "facilitate.$slug.synthesis.$theme.($number)",
    method: "GET",
    path: (w) => `/facilitate/${w.consultationSlug}/synthesis/no-such-theme`,
    expect: onlyFor("facilitatorOfHost", "404"),
  },
  {
    // A save on a version that was never shown: the conflict (409), nothing stored.
    route: "facilitate.$slug.synthesis.$theme.($number)",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/synthesis/protection`,
    form: { intent: "save", version: "999", said: "Matrix synthesis" },
    expect: onlyFor("facilitatorOfHost", "409"),
  },
  {
    route: "facilitate.$slug.synthesis.$theme.($number)",
    method: "POST",
    path: (w) => `/facilitate/${w.consultationSlug}/synthesis/protection`,
    form: { intent: "publish", version: "1" },
    expect: onlyFor("facilitatorOfHost", "404"),
  },
  // The public outcome: no sign-in; nothing is published in the world's consultation yet, so there is none to read.
  { route: "c.$slug.outcome", method: "GET", path: (w) => `/c/${w.consultationSlug}/outcome`, expect: everyone("404") },
  { route: "draft._index", method: "GET", path: () => "/draft", expect: anyStaff },
  // A region the drafter cannot read is an unknown filter value (400); staff without a drafter role get no overview to filter.
  { route: "draft._index", method: "GET", path: () => "/draft?region=invitation-consultation", expect: { ...anyStaff, drafterOfHost: "400" } },
  // Across consultations: drafters only; everyone else as on a consultation's drafters' page (404).
  { route: "draft.themes.$theme", method: "GET", path: () => "/draft/themes/protection", expect: onlyFor("drafterOfHost") },
  { route: "draft.themes.$theme", method: "GET", path: () => "/draft/themes/no-such-theme", expect: onlyFor("drafterOfHost", "400") },
  // The world's consultation has no draft principles: principle 1 is unknown to its drafter (400), refused to everyone else.
  { route: "draft.principles.$number", method: "GET", path: () => "/draft/principles/1", expect: onlyFor("drafterOfHost", "400") },
  // Issue 13: where groups differ most, per theme — the theme page's own access; a lens on the pages answers as they do.
  { route: "draft.themes.$theme_.differences", method: "GET", path: () => "/draft/themes/protection/differences", expect: onlyFor("drafterOfHost") },
  { route: "draft.themes.$theme_.differences", method: "GET", path: () => "/draft/themes/no-such-theme/differences", expect: onlyFor("drafterOfHost", "400") },
  { route: "draft.themes.$theme", method: "GET", path: () => "/draft/themes/protection?lens=disability%3Dyes", expect: onlyFor("drafterOfHost", "400") },
  { route: "archive", method: "GET", path: () => "/archive", expect: everyone("200") },
  {
    route: "admin.consultations.new",
    method: "GET",
    path: () => "/admin/consultations/new",
    expect: { ...anyStaff, facilitatorOfHost: "403", facilitatorOfOther: "403", drafterOfHost: "403" },
  },
  {
    // Creating needs "organisation:manage" on the lead organisation named in the form.
    route: "admin.consultations.new",
    method: "POST",
    path: () => "/admin/consultations/new",
    form: (w) => ({
      organisationId: w.hostOrganisationId,
      slug: "matrix-created",
      title: "Created by the matrix",
      regionCity: "Winnipeg",
      regionCountry: "Canada",
      timeZone: "America/Winnipeg",
      languages: "en, fr",
      opensOn: "2030-01-01",
      closesOn: "2030-02-01",
    }),
    expect: onlyFor("adminOfHost", "→/admin/consultations/matrix-created"),
  },
  {
    route: "admin.consultations.$slug._index",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}`,
    expect: onlyFor("adminOfHost"),
  },
  {
    route: "admin.consultations.$slug._index",
    method: "GET",
    path: () => "/admin/consultations/no-such-consultation",
    expect: onlyFor("anonymous", "→/staff/login"),
  },
  {
    // An incomplete settings form: the action runs (400) only for the lead organisation's admin.
    route: "admin.consultations.$slug._index",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}`,
    form: { intent: "settings" },
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    route: "admin.consultations.$slug.texts",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/texts`,
    expect: onlyFor("adminOfHost"),
  },
  {
    route: "admin.consultations.$slug.texts",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/texts`,
    form: { intent: "text", language: "en", title: "Matrix consultation" },
    expect: onlyFor("adminOfHost", "→/admin/consultations/matrix-consultation/texts"),
  },
  {
    route: "admin.consultations.$slug.principles._index",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/principles`,
    expect: onlyFor("adminOfHost"),
  },
  {
    route: "admin.consultations.$slug.principles._index",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/principles`,
    form: { intent: "startDocument" },
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    route: "admin.consultations.$slug.questions._index",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/questions`,
    expect: onlyFor("adminOfHost"),
  },
  {
    route: "admin.consultations.$slug.questions._index",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/questions`,
    form: { intent: "add" },
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    // No such item in the world's consultation: its managers get 404 too, everyone else what they get on its other pages.
    route: "admin.consultations.$slug.questions.$questionId",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/questions/no-such-question`,
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    route: "admin.consultations.$slug.questions.$questionId",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/questions/no-such-question`,
    form: {},
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    // No such item in the world's consultation: its managers get 404 too, everyone else what they get on its other pages.
    route: "admin.consultations.$slug.questions.$questionId_.remove",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/questions/no-such-question/remove`,
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    route: "admin.consultations.$slug.questions.$questionId_.remove",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/questions/no-such-question/remove`,
    form: {},
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    // No such item in the world's consultation: its managers get 404 too, everyone else what they get on its other pages.
    route: "admin.consultations.$slug.principles.$number",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/principles/1`,
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    route: "admin.consultations.$slug.principles.$number",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/principles/1`,
    form: {},
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    // No such item in the world's consultation: its managers get 404 too, everyone else what they get on its other pages.
    route: "admin.consultations.$slug.principles.$number_.remove",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/principles/1/remove`,
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    route: "admin.consultations.$slug.principles.$number_.remove",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/principles/1/remove`,
    form: {},
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    // No such item in the world's consultation: its managers get 404 too, everyone else what they get on its other pages.
    route: "admin.consultations.$slug.principles.use",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/principles/use?versionId=none`,
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    route: "admin.consultations.$slug.principles.use",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/principles/use?versionId=none`,
    form: {},
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    // No such item in the world's consultation: its managers get 404 too, everyone else what they get on its other pages.
    route: "admin.consultations.$slug.status.$to",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/status/archived`,
    expect: onlyFor("adminOfHost", "404"),
  },
  {
    route: "admin.consultations.$slug.status.$to",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/status/archived`,
    form: {},
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    route: "admin.consultations.$slug.hosts",
    method: "GET",
    path: (w) => `/admin/consultations/${w.consultationSlug}/hosts`,
    expect: onlyFor("adminOfHost"),
  },
  {
    route: "admin.consultations.$slug.hosts",
    method: "POST",
    path: (w) => `/admin/consultations/${w.consultationSlug}/hosts`,
    form: { intent: "invite", organisationSlug: "no-such-organisation" },
    expect: onlyFor("adminOfHost", "400"),
  },
  {
    route: "admin.cohost-invitations",
    method: "GET",
    path: () => "/admin/cohost-invitations",
    expect: { ...anyStaff, facilitatorOfHost: "403", facilitatorOfOther: "403", drafterOfHost: "403" },
  },
  {
    // Only an admin of the invited organisation answers; a platform admin is no reader of it.
    route: "admin.cohost-invitations",
    method: "POST",
    path: () => "/admin/cohost-invitations",
    form: (w) => ({ hostId: w.cohostInvitationId, decision: "decline" }),
    expect: {
      ...anyStaff,
      facilitatorOfHost: "403",
      facilitatorOfOther: "403",
      drafterOfHost: "403",
      participantA: "403",
      participantB: "403",
      adminOfHost: "→/admin/cohost-invitations",
      platformAdmin: "404",
    },
  },
  {
    route: "draft.$slug",
    method: "GET",
    path: (w) => `/draft/${w.consultationSlug}`,
    expect: onlyFor("drafterOfHost"),
  },
  // The report's downloads: the page's drafters only; anyone else what an unknown consultation gets.
  { route: "draft.$slug_.export[.csv]", method: "GET", path: (w) => `/draft/${w.consultationSlug}/export.csv`, expect: onlyFor("drafterOfHost") },
  { route: "draft.$slug_.export[.md]", method: "GET", path: (w) => `/draft/${w.consultationSlug}/export.md`, expect: onlyFor("drafterOfHost") },
  { route: "draft.$slug_.export[.docx]", method: "GET", path: (w) => `/draft/${w.consultationSlug}/export.docx`, expect: onlyFor("drafterOfHost") },
  // An unknown filter: refused with its message (400), for the drafter only.
  { route: "draft.$slug_.export[.csv]", method: "GET", path: (w) => `/draft/${w.consultationSlug}/export.csv?kind=phone`, expect: onlyFor("drafterOfHost", "400") },
  { route: "draft.$slug_.export[.csv]", method: "GET", path: () => "/draft/no-such-consultation/export.csv", expect: onlyFor("anonymous", "→/staff/login") },
  { route: "draft.$slug_.export-counts[.csv]", method: "GET", path: (w) => `/draft/${w.consultationSlug}/export-counts.csv`, expect: onlyFor("drafterOfHost") },
  { route: "draft.$slug_.export-counts[.csv]", method: "GET", path: () => "/draft/no-such-consultation/export-counts.csv", expect: onlyFor("anonymous", "→/staff/login") },
  // Participation: anyone without a session, or a participant, gives input; staff sessions never do.
  { route: "c.$slug.consent", method: "GET", path: (w) => `/c/${w.consultationSlug}/consent`, expect: givesInput("200") },
  // An incomplete consent form: refused as invalid (400), never a 500.
  { route: "c.$slug.consent", method: "POST", path: (w) => `/c/${w.consultationSlug}/consent`, form: {}, expect: givesInput("400") },
  { route: "c.$slug.respond", method: "GET", path: (w) => `/c/${w.consultationSlug}/respond`, expect: givesInput("200") },
  {
    // Only participant A has a contribution in this consultation to move on with; the others have none (409).
    route: "c.$slug.respond",
    method: "POST",
    path: (w) => `/c/${w.consultationSlug}/respond`,
    form: { intent: "next" },
    expect: { ...givesInput("409"), participantA: "→/c/matrix-consultation/respond" },
  },
  // The optional self-description: for people giving input only. The world's consultation asks for none, so there is no such page;
  // the demo consultation's page is reached in tests/http/self-description.test.ts.
  { route: "c.$slug.about-you", method: "GET", path: (w) => `/c/${w.consultationSlug}/about-you`, expect: givesInput("404") },
  { route: "c.$slug.about-you", method: "POST", path: (w) => `/c/${w.consultationSlug}/about-you`, form: { intent: "open" }, expect: givesInput("404") },
  { route: "receipt", method: "GET", path: () => "/receipt", expect: givesInput("200") },
  { route: "receipt", method: "POST", path: () => "/receipt", form: {}, expect: givesInput("400") },
  {
    // A contribution is reached only by the participant it belongs to: 404 for anyone else, as if it did not exist.
    route: "me.contributions.$id",
    method: "GET",
    path: (w) => `/me/contributions/${w.participantAContributionId}`,
    expect: ownContribution("200"),
  },
  {
    route: "me.contributions.$id",
    method: "POST",
    path: (w) => `/me/contributions/${w.participantAContributionId}`,
    form: { intent: "consent", useInSummaries: "on" },
    // Saved: back to the contribution's own page, with the notice.
    expect: ownContribution("→/me/contributions/:id"),
  },
  {
    // Participant B cannot withdraw participant A's contribution.
    route: "me.contributions.$id",
    method: "POST",
    path: (w) => `/me/contributions/${w.participantAContributionId}`,
    form: { intent: "confirmWithdraw" },
    destructive: true,
    // The owner is sent to /me: a withdrawn contribution is no longer linked to the account.
    expect: ownContribution("→/me"),
  },
  { route: "me.contributions.$id", method: "GET", path: () => "/me/contributions/00000000-0000-4000-8000-000000000000", expect: { ...ownContribution("404") } },
  {
    // Only the author reaches their thread; with no facilitator's message (and no (d)) a reply is refused, not stored.
    route: "me.contributions.$id",
    method: "POST",
    path: (w) => `/me/contributions/${w.participantAContributionId}`,
    form: { intent: "reply", body: "A reply" },
    expect: ownContribution("400"),
  },
  {
    route: "me.contributions.$id",
    method: "POST",
    path: (w) => `/me/contributions/${w.participantAContributionId}`,
    form: { intent: "contactOff" },
    expect: ownContribution("→/me/contributions/:id"),
  },
];

function outcomeOf(result: { status: number; location: string | null }): Outcome {
  if (result.status >= 300 && result.status < 400 && result.location) {
    const location = new URL(result.location, "http://app.invalid");
    // Ids made during the run (a new organisation's) read as ":id".
    const pathname = location.pathname.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ":id");
    return location.host === "app.invalid" ? `→${pathname}` : `→${result.location}`;
  }
  return String(result.status);
}

const routesDirectory = path.resolve(__dirname, "../../app/routes");

describe("permission matrix", () => {
  let server: TestServer;
  let world: World;

  beforeAll(async () => {
    server = await startTestServer();
    world = await createWorld();
  });
  afterAll(async () => server?.close());

  it("has a row for every route file", () => {
    const routeFiles = readdirSync(routesDirectory)
      .filter((file) => /\.tsx?$/.test(file) && !/\.(test|server)\./.test(file))
      .map((file) => file.replace(/\.tsx?$/, ""));
    const covered = new Set(matrix.map((row) => row.route));
    expect(routeFiles.filter((route) => !covered.has(route)), "routes missing from the permission matrix").toEqual([]);
  });

  it("gives each actor exactly the expected outcome on every route", async () => {
    const mismatches: string[] = [];
    let worldNumber = 0;
    for (const row of matrix) {
      for (const actor of actorNames) {
        const rowWorld = row.destructive ? await createWorld(`-${++worldNumber}`) : world;
        const result = await send(server, row.path(rowWorld), {
          method: row.method,
          form: typeof row.form === "function" ? row.form(rowWorld) : row.form,
          cookie: rowWorld.cookies[actor],
        });
        const actual = outcomeOf(result);
        if (actual !== row.expect[actor]) {
          mismatches.push(`${row.method} ${row.path(rowWorld)} as ${actor}: expected ${row.expect[actor]}, got ${actual}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
