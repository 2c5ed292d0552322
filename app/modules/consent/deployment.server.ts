/**
 * Who runs this platform and where its data is stored, as this deployment
 * was configured (CONVENE_OPERATOR, CONVENE_DATA_LOCATION). The consent page
 * says both (consent checklist item 3); null means unset, and the page then
 * says this is a demonstration copy.
 */
import { getEnvironment } from "~/env.server";

export type DeploymentFacts = { operator: string | null; dataLocation: string | null };

export function getDeploymentFacts(): DeploymentFacts {
  const environment = getEnvironment();
  return { operator: environment.CONVENE_OPERATOR ?? null, dataLocation: environment.CONVENE_DATA_LOCATION ?? null };
}
