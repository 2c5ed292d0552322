import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { RoleSelect } from "~/components/role-select";
import { issueStaffInvitation } from "~/modules/auth/issue-staff-invitation.server";
import { revokeStaffInvitation } from "~/modules/auth/revoke-staff-invitation.server";
import { statusLabelKeys } from "~/modules/consultations/consultation-status";
import { requirePermission } from "~/http/require-permission.server";
import { formFailure, parseForm, refusedForm, type FormFailure } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { invariantResponse } from "~/http/responses.server";
import { auditActionKeys } from "~/modules/orgs/audit-labels";
import { changeMemberRole } from "~/modules/orgs/change-member-role.server";
import { getOrganisationAdminView } from "~/modules/orgs/get-organisation-admin-view.server";
import { listBulkReadFlags } from "~/modules/orgs/list-bulk-read-flags.server";
import { listOrganisationAudit, type OrganisationAuditEntry } from "~/modules/orgs/list-organisation-audit.server";
import { listOrganisationConsultations } from "~/modules/orgs/list-organisation-consultations.server";
import { organisationPageForm } from "~/modules/orgs/organisation-forms";
import { removeMember } from "~/modules/orgs/remove-member.server";
import { updateOrganisationProfile } from "~/modules/orgs/update-organisation-profile.server";
import { staffRoleKeys } from "~/modules/orgs/role-labels";
import { WideTable } from "~/components/wide-table";
import { formattingLocale } from "~/modules/i18n/config";

export const meta = dataTitleMeta<{ organisation: { name: string } }>((data) => data.organisation.name);

// The audit log's action labels are in the staff tools' namespace, which the browser loads only where asked.
export const handle = { i18n: "workspace" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organisationId = params.orgId ?? "";
  await requirePermission(request, "organisation:manage", { organisationId });
  const organisation = await getOrganisationAdminView(organisationId);
  invariantResponse(organisation, 404);
  const language = await detectLanguage(request);
  const format = new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const audit = await listOrganisationAudit(organisationId);
  const bulkReads = await listBulkReadFlags(organisationId);
  return {
    organisation: {
      ...organisation,
      invitations: organisation.invitations.map((invitation) => ({
        id: invitation.id,
        role: invitation.role,
        issuedBy: invitation.issuedBy?.username ?? null,
        expiresAt: format.format(invitation.expiresAt),
      })),
    },
    consultations: await listOrganisationConsultations(organisationId, language),
    audit: audit.map((entry) => ({ ...entry, at: format.format(entry.at) })),
    bulkReads: bulkReads.map((flag) => ({ ...flag, raisedAt: format.format(flag.raisedAt) })),
  };
}

/** Translation keys written out in full. */
const hostingKeys = {
  lead: "consultations:orgs.hosting.lead",
  accepted: "consultations:orgs.hosting.cohost",
  pending: "consultations:orgs.hosting.invited",
  declined: "consultations:orgs.hosting.declined",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const organisationId = params.orgId ?? "";
  const actor = await requirePermission(request, "organisation:manage", { organisationId });
  const form = await parseForm(request, organisationPageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const back = `/admin/orgs/${organisationId}`;
  const actorId = actor.staffUserId;
  switch (form.data.intent) {
    case "profile": {
      const { intent: _intent, ...profile } = form.data;
      await updateOrganisationProfile({ organisationId, profile, actorId });
      return redirectWithNotice(back, "consultations:orgs.profileSaved");
    }
    case "invite": {
      const invitation = await issueStaffInvitation({ organisationId, role: form.data.role, issuedById: actorId });
      // The link is shown once, in this response; only its hash is stored.
      return data({ invitationLink: new URL(invitation.path, request.url).toString(), role: form.data.role });
    }
    case "revoke-invitation": {
      const revoked = await revokeStaffInvitation({ organisationId, invitationId: form.data.invitationId, actorId });
      if (!revoked.ok) return refusedForm(revoked, form.values);
      return redirectWithNotice(back, "common:members.notices.invitationRevoked");
    }
    case "remove-member": {
      const removed = await removeMember({ organisationId, membershipId: form.data.membershipId, actorId });
      if (!removed.ok) return refusedForm(removed, form.values);
      return redirectWithNotice(back, { key: "common:members.notices.memberRemoved", values: { username: removed.username } });
    }
    case "change-role": {
      const changed = await changeMemberRole({ organisationId, membershipId: form.data.membershipId, role: form.data.role, actorId });
      if (!changed.ok) return refusedForm(changed, form.values);
      return redirectWithNotice(back, { key: "common:members.notices.roleChanged", values: { username: changed.username } });
    }
  }
}

type AuditRow = Omit<OrganisationAuditEntry, "at"> & { at: string };

/** What an entry was about, in one line: the member, the role or change of role, the other organisation. */
function AuditDetails({ entry }: { entry: AuditRow }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (entry.member) parts.push(t("members.audit.member", { username: entry.member }));
  if (entry.roleChange) {
    parts.push(t("members.audit.roleChange", { from: t(staffRoleKeys[entry.roleChange.from]), to: t(staffRoleKeys[entry.roleChange.to]) }));
  } else if (entry.role) parts.push(t("members.audit.role", { role: t(staffRoleKeys[entry.role]) }));
  if (entry.otherOrganisation) parts.push(t("members.audit.organisation", { organisation: entry.otherOrganisation }));
  return <>{parts.join("; ")}</>;
}

function failureFor(failure: FormFailure | undefined, intent: string, id?: { name: string; value: string }) {
  if (!failure || failure.values.intent !== intent) return undefined;
  if (id && failure.values[id.name] !== id.value) return undefined;
  return failure;
}

export default function OrganisationAdminPage() {
  const { organisation, consultations, audit, bulkReads } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const { t: tc } = useTranslation("consultations");
  const failure = result && "failure" in result ? result.failure : undefined;
  const profileFailure = failureFor(failure, "profile");
  const inviteFailure = failureFor(failure, "invite");
  const profile = { ...organisation, ...profileFailure?.values };
  const memberLabel = (username: string, role: keyof typeof staffRoleKeys) => `${username} (${t(staffRoleKeys[role])})`;
  return (
    <section className="prose">
      <h1>{organisation.name}</h1>
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "name", label: tc("orgs.fields.name"), id: fieldId("name") },
          { name: "description", label: tc("orgs.fields.description"), id: fieldId("description") },
          { name: "region", label: tc("orgs.fields.region"), id: fieldId("region") },
          { name: "supportContact", label: tc("orgs.fields.supportContact"), id: fieldId("supportContact") },
          { name: "escalationNote", label: tc("orgs.fields.escalationNote"), id: fieldId("escalationNote") },
          {
            name: "role",
            label: t("admin.fields.role"),
            id: failure?.values.intent === "change-role" ? fieldId(`role-${failure.values.membershipId ?? ""}`) : fieldId("role"),
          },
        ]}
      />
      <p>{tc("orgs.address", { slug: organisation.slug })}</p>

      <h2>{tc("orgs.consultationsHeading")}</h2>
      {consultations.length === 0 ? (
        <p>{tc("orgs.noConsultations")}</p>
      ) : (
        <ul>
          {consultations.map((consultation) => (
            <li key={consultation.slug}>
              {consultation.role === "lead" ? (
                <Link to={`/admin/consultations/${consultation.slug}`}>{consultation.title}</Link>
              ) : consultation.invitation === "accepted" ? (
                <Link to={`/admin/cohosting/${consultation.slug}`}>{consultation.title}</Link>
              ) : (
                consultation.title
              )}{" "}
              ({tc(consultation.role === "lead" ? hostingKeys.lead : hostingKeys[consultation.invitation])},{" "}
              {tc(statusLabelKeys[consultation.status])})
            </li>
          ))}
        </ul>
      )}
      <ul className="link-list">
        <li>
          <Link to={`/admin/consultations/new?org=${organisation.id}`}>{tc("admin.new.link")}</Link>
        </li>
        <li>
          <Link to="/admin/cohost-invitations">{tc("orgs.invitationsLink")}</Link>
        </li>
      </ul>

      <h2>{tc("orgs.profileHeading")}</h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="profile" />
        <Field label={tc("orgs.fields.name")} name="name" id={fieldId("name")} error={profileFailure?.errors.name} defaultValue={profile.name} required />
        <Field
          label={tc("orgs.fields.description")}
          name="description"
          id={fieldId("description")}
          error={profileFailure?.errors.description}
          defaultValue={profile.description}
          multiline
        />
        <Field label={tc("orgs.fields.region")} name="region" id={fieldId("region")} error={profileFailure?.errors.region} defaultValue={profile.region} />
        <Field
          label={tc("orgs.fields.supportContact")}
          hint={tc("orgs.fields.supportContactHint")}
          name="supportContact"
          id={fieldId("supportContact")}
          error={profileFailure?.errors.supportContact}
          defaultValue={profile.supportContact}
        />
        <Field
          label={tc("orgs.fields.escalationNote")}
          hint={tc("orgs.fields.escalationNoteHint")}
          name="escalationNote"
          id={fieldId("escalationNote")}
          error={profileFailure?.errors.escalationNote}
          defaultValue={profile.escalationNote}
          multiline
        />
        <button type="submit">{tc("orgs.profileSubmit")}</button>
      </Form>

      <h2>{t("admin.members")}</h2>
      <p>{t("members.intro")}</p>
      <ul className="card-list">
        {organisation.memberships.map((membership) => {
          const memberFailure = failure?.values.membershipId === membership.id ? failure : undefined;
          const name = memberLabel(membership.staffUser.username, membership.role);
          return (
            <li key={membership.id} className="card">
              <h3>{name}</h3>
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="change-role" />
                <input type="hidden" name="membershipId" value={membership.id} />
                <RoleSelect
                  label={t("members.newRole", { username: membership.staffUser.username })}
                  id={fieldId(`role-${membership.id}`)}
                  error={memberFailure?.values.intent === "change-role" ? memberFailure.errors.role : undefined}
                />
                <button type="submit" aria-label={t("members.namedAction", { action: t("members.changeRole"), name })}>
                  {t("members.changeRole")}
                </button>
              </Form>
              <Form method="post">
                <input type="hidden" name="intent" value="remove-member" />
                <input type="hidden" name="membershipId" value={membership.id} />
                {memberFailure?.values.intent === "remove-member" && memberFailure.formError ? (
                  <p className="field__error">{t(memberFailure.formError)}</p>
                ) : null}
                <button type="submit" aria-label={t("members.namedAction", { action: t("members.remove"), name })}>
                  {t("members.remove")}
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
      <p>{t("members.lastAdminHint")}</p>

      <h2>{t("members.pendingHeading")}</h2>
      {organisation.invitations.length === 0 ? (
        <p>{t("members.pendingNone")}</p>
      ) : (
        <ul>
          {organisation.invitations.map((invitation) => (
            <li key={invitation.id}>
              {t("members.pendingInvitation", {
                role: t(staffRoleKeys[invitation.role]),
                expires: invitation.expiresAt,
                issuer: invitation.issuedBy ?? tc("orgs.auditSystem"),
              })}
              <Form method="post">
                <input type="hidden" name="intent" value="revoke-invitation" />
                <input type="hidden" name="invitationId" value={invitation.id} />
                <button
                  type="submit"
                  aria-label={t("members.namedAction", { action: t("members.revoke"), name: t(staffRoleKeys[invitation.role]) })}
                >
                  {t("members.revoke")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}

      <h2>{t("admin.inviteHeading")}</h2>
      {result && "invitationLink" in result ? (
        <div className="notice" role="status">
          <p>{t("admin.invitationCreated", { role: t(staffRoleKeys[result.role]) })}</p>
          <p>
            <code className="invitation-link">{result.invitationLink}</code>
          </p>
        </div>
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <RoleSelect label={t("admin.fields.role")} id={fieldId("role")} error={inviteFailure?.errors.role} />
        <button type="submit">{t("admin.inviteSubmit")}</button>
      </Form>

      <h2>{tc("orgs.bulkReadHeading")}</h2>
      <p>{tc("orgs.bulkReadIntro")}</p>
      {bulkReads.length === 0 ? (
        <p>{tc("orgs.bulkReadNone")}</p>
      ) : (
        <ul>
          {bulkReads.map((flag) => (
            <li key={flag.id}>{tc("orgs.bulkReadFlag", { name: flag.staff, count: flag.readsCounted, at: flag.raisedAt })}</li>
          ))}
        </ul>
      )}

      <h2>{tc("orgs.auditHeading")}</h2>
      <p>
        <a href={`/admin/orgs/${organisation.id}/audit.csv`} download>
          {tc("orgs.auditDownload")}
        </a>
      </p>
      {audit.length === 0 ? (
        <p>{tc("orgs.auditNone")}</p>
      ) : (
        <WideTable label={tc("orgs.auditCaption")}>
          <caption>{tc("orgs.auditCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tc("orgs.auditColumns.when")}</th>
              <th scope="col">{tc("orgs.auditColumns.who")}</th>
              <th scope="col">{tc("orgs.auditColumns.what")}</th>
              <th scope="col">{t("members.audit.detailsColumn")}</th>
              <th scope="col">{tc("orgs.auditColumns.consultation")}</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.at}</td>
                <td>
                  {entry.actor ??
                    (entry.actorKind === "otherStaff"
                      ? entry.actorOrganisation
                        ? tc("orgs.auditOtherOrganisationNamed", { organisation: entry.actorOrganisation })
                        : tc("orgs.auditOtherOrganisation")
                      : tc("orgs.auditSystem"))}
                </td>
                <td>{auditActionKeys[entry.action] ? tc(auditActionKeys[entry.action]!) : entry.action}</td>
                <td>
                  <AuditDetails entry={entry} />
                </td>
                <td>{entry.consultationSlug ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </WideTable>
      )}
    </section>
  );
}
