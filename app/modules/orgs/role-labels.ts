import type { StaffRole } from "~/generated/prisma/enums";

/** Translation keys written out in full, so the unused-key check can see them. */
export const staffRoleKeys: Record<StaffRole, string> = {
  admin: "staff.roles.admin",
  facilitator: "staff.roles.facilitator",
  drafter: "staff.roles.drafter",
};

export const staffRoles = ["admin", "facilitator", "drafter"] as const satisfies readonly StaffRole[];
