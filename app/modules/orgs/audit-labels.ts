/**
 * Audit actions as people read them. Keys are written out in full, so the
 * unused-key check can see them; an action without a label is shown as is.
 */
export const auditActionKeys: Record<string, string> = {
  "organisation.created": "consultations:audit.organisationCreated",
  "organisation.profile-changed": "consultations:audit.organisationProfileChanged",
  "staff.invited": "consultations:audit.staffInvited",
  "staff.invitation-accepted": "consultations:audit.staffInvitationAccepted",
  "consultation.created": "consultations:audit.consultationCreated",
  "consultation.settings-changed": "consultations:audit.consultationSettingsChanged",
  "consultation.opened": "consultations:audit.consultationOpened",
  "consultation.closed": "consultations:audit.consultationClosed",
  "consultation.reopened": "consultations:audit.consultationReopened",
  "consultation.archived": "consultations:audit.consultationArchived",
  "consultation.cohost-invited": "consultations:audit.cohostInvited",
  "consultation.cohost-accepted": "consultations:audit.cohostAccepted",
  "consultation.cohost-declined": "consultations:audit.cohostDeclined",
  "consultation.cohost-removed": "consultations:audit.cohostRemoved",
  "consultation.draft-version-changed": "consultations:audit.draftVersionChanged",
  "draft.document-created": "consultations:audit.draftDocumentCreated",
  "draft.version-created": "consultations:audit.draftVersionCreated",
  "draft.imported": "consultations:audit.draftImported",
  "draft.principle-saved": "consultations:audit.draftPrincipleSaved",
  "draft.principle-removed": "consultations:audit.draftPrincipleRemoved",
  "question.added": "consultations:audit.questionAdded",
  "question.removed": "consultations:audit.questionRemoved",
  "question.text-saved": "consultations:audit.questionTextSaved",
  "consultation.text-saved": "consultations:audit.consultationTextSaved",
  "consultation.support-resource-added": "consultations:audit.supportResourceAdded",
  "consultation.support-resource-removed": "consultations:audit.supportResourceRemoved",
  "demo.seeded": "consultations:audit.demoSeeded",
};
