import { notFound } from "~/http/responses.server";

// Any address no other route matches: the root error boundary shows a translated 404.
export function loader() {
  notFound();
}

export default function NotFound() {
  return null;
}
