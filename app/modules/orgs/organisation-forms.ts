/** Schema of the organisation profile form; messages are "consultations" namespace keys. */
import { z } from "zod";
import { text } from "~/modules/consultations/consultation-forms";

export const organisationProfileForm = z.object({
  name: text(120, "consultations:errors.organisationNameRequired"),
  description: text(2000),
  region: text(200),
  supportContact: text(300),
});
