/**
 * How soon withdrawn words become unrecoverable from this server — the one
 * number the participant pages state and the scheduler keeps (see
 * purge-withdrawn-keys.server.ts). Plain constants, so pages can show them.
 */

/** The running server looks for pending purges this often (and once just after it starts). */
export const keyPurgeCheckMinutes = 5;

/**
 * What participants are told: within this many minutes of a withdrawal, no
 * copy of the contribution's data key is left in this server's files. One
 * check interval, plus the purge's bounded wait for older transactions to
 * end, plus its own run time, with room to spare.
 */
export const withdrawnUnrecoverableWithinMinutes = 10;
