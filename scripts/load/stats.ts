/**
 * What the load run measured: every request (role, step, status, time to
 * the last byte) and every finished flow, kept in memory (a 60-second run is
 * a few tens of thousands of numbers) and summarised at the end.
 */
export type Role = "participant" | "facilitator" | "drafter";

export type RequestRecord = { role: Role; flow: string; step: string; status: number; ms: number; startedAt: number };
export type FlowRecord = { role: Role; flow: string; ms: number; requests: number; endedAt: number };

export class Recorder {
  readonly requests: RequestRecord[] = [];
  readonly flows: FlowRecord[] = [];
  /** Flows that met a page they did not expect: what happened, counted (never any input text). */
  readonly problems = new Map<string, number>();

  request(record: RequestRecord) {
    this.requests.push(record);
  }

  flow(record: FlowRecord) {
    this.flows.push(record);
  }

  problem(description: string) {
    this.problems.set(description, (this.problems.get(description) ?? 0) + 1);
  }
}

/** Nearest-rank percentile of already sorted numbers (0 for none). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export type Spread = { count: number; p50: number; p95: number; p99: number; max: number };

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
  };
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name) ?? [];
    group.push(item);
    groups.set(name, group);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);

export function spreadLine(label: string, spread: Spread, width = 28): string {
  return `  ${label.padEnd(width)} n=${String(spread.count).padStart(6)}  p50 ${ms(spread.p50)}  p95 ${ms(spread.p95)}  p99 ${ms(spread.p99)}  max ${ms(spread.max)}`;
}
