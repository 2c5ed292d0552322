/**
 * What happened to a contribution, as its history on the item page says it.
 * Keys written out in full, so the unused-key check can see them; an action
 * without a label is shown as it is.
 */
export const historyActionKeys: Record<string, string> = {
  "submission.approved": "workspace:item.history.approved",
  "submission.held": "workspace:item.history.held",
  "submission.rejected": "workspace:item.history.rejected",
  "submission.coded": "workspace:item.history.coded",
  "submission.tagged": "workspace:item.history.tagged",
  "submission.safety-flagged": "workspace:item.history.safetyFlagged",
  "submission.safety-unflagged": "workspace:item.history.safetyUnflagged",
  "submission.merged-duplicate": "workspace:item.history.mergedDuplicate",
};
