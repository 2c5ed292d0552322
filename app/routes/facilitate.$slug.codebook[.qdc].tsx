import type { LoaderFunctionArgs } from "@remix-run/node";
import { codebookDownload } from "~/http/codebook-download.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return codebookDownload(request, params.slug ?? "", "qdc");
}
