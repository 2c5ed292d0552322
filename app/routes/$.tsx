// Any address no other route matches: the root error boundary shows a translated 404.
export function loader() {
  throw new Response(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
