import type { LoaderFunctionArgs } from "@remix-run/node";
import { summaryDownload } from "~/http/summary-download.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return summaryDownload(request, params.slug ?? "", "counts.csv");
}
