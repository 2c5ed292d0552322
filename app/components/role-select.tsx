import { useTranslation } from "react-i18next";
import { staffRoleKeys, staffRoles } from "~/modules/orgs/role-labels";
import { SelectField } from "./select-field";

/**
 * A staff role to choose. It starts on an empty "Choose a role", never on a
 * role: submitting without choosing is refused with a message, so nobody is
 * made an organisation admin by not looking.
 */
export function RoleSelect({ label, id, error }: { label: string; id?: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField label={label} name="role" id={id} error={error} defaultValue="">
      <option value="">{t("members.chooseRole")}</option>
      {staffRoles.map((role) => (
        <option key={role} value={role}>
          {t(staffRoleKeys[role])}
        </option>
      ))}
    </SelectField>
  );
}
