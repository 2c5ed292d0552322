/** The bulk-read limit (bulk-reads.server.ts), shared with the pages that say how long to wait. */
export const bulkReadLimit = 200;
export const bulkReadWindowMinutes = 10;
/** How long a slowed-down person waits before the next page of input (the 429's Retry-After). */
export const bulkReadRetryAfterSeconds = 60;
