import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { quickExit } from "~/http/quick-exit.server";

// GET as well as POST: without JavaScript the Quick exit button is a plain
// link. Ending one's own session is the only effect, so a forged link can
// do no more than sign someone out.
export const loader = ({ request }: LoaderFunctionArgs) => quickExit(request);
export const action = ({ request }: ActionFunctionArgs) => quickExit(request);
