/**
 * One plain `pg` connection for work Prisma cannot do or must not see:
 * statements as the database owner (restore, role checks), or counts read
 * past the app's own pool (the load test's invariants). Always closed, even
 * when the work throws; the connect gives up after 10 s rather than hang a
 * CLI command on a server that is down.
 */
import pg from "pg";

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
