/**
 * 200 while the process answers HTTP, without touching the database (a
 * liveness probe; /healthz is the readiness one). `npm run bench` also uses
 * it as the resource route the page shell's cost is compared with.
 */
export function loader() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
