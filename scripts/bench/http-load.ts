/**
 * One autocannon run (in this process, through its JS API) against the app:
 * requests per second and latency percentiles. autocannon's own summary has
 * no p95, so every response's time is kept and the percentiles computed here.
 * A run with any non-2xx answer is reported as such (a fast error page is
 * not a fast page).
 */
import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; p50: number; p95: number; p99: number; requests: number; non2xx: number };

export type LoadOptions = { url: string; connections: number; seconds: number; headers?: Record<string, string>; warmupSeconds?: number };

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function run(options: LoadOptions, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: options.url, connections: options.connections, duration: seconds, headers: options.headers },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode > 299) non2xx += 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    requests: result.requests.total,
    non2xx: non2xx + result.errors + result.timeouts,
  };
}

/** A short warm-up (JIT, pools, caches), then the measured run. */
export async function measure(options: LoadOptions): Promise<LoadResult> {
  await run(options, options.warmupSeconds ?? 2);
  const result = await run(options, options.seconds);
  if (result.non2xx > 0) console.warn(`  ${options.url}: ${result.non2xx} of ${result.requests} answers were not 2xx (or failed)`);
  return result;
}
