import { getEnvironment } from "~/env.server";
import { parseMasterKeyRing, type MasterKeyRing } from "./envelope.server";

let cached: MasterKeyRing | undefined;

/** The master keys from the environment (validated at boot by env.server). */
export function getMasterKeyRing(): MasterKeyRing {
  const environment = getEnvironment();
  cached ??= parseMasterKeyRing(environment.CONVENE_MASTER_KEY, environment.CONVENE_PREVIOUS_MASTER_KEYS);
  return cached;
}
