/**
 * How the property tests run: one fixed seed by default (the same cases on every CI run), a
 * different one with `PROPERTY_SEED=<n>`, more or fewer cases with `PROPERTY_RUNS=<n>` (both read by
 * web-test-runner.config.mjs into the test page). A failure names the seed and the shrunk input.
 */
import fc from 'fast-check';

export const DEFAULT_SEED = 20250707;

const config = (globalThis as { __civicProperty?: { seed?: string; runs?: string } }).__civicProperty ?? {};
const num = (v: string | undefined) => (v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/** The seed of every property of this run. */
export const SEED = num(config.seed) ?? DEFAULT_SEED;
const RUNS = num(config.runs);

export interface CheckOptions<T> {
  /** Cases per property (PROPERTY_RUNS overrides it). */
  runs: number;
  /** Replays one property with another seed. */
  seed?: number;
  /** Inputs tried first (bundled records). */
  examples?: T[];
}

/** `fc.assert` with the run's seed; a failure says how to replay it. */
export function check<T>(arb: fc.Arbitrary<T>, predicate: (value: T) => void, opts: CheckOptions<T>): void {
  const seed = opts.seed ?? SEED;
  try {
    fc.assert(fc.property(arb, predicate), {
      seed,
      numRuns: RUNS ?? opts.runs,
      examples: opts.examples?.map((e) => [e] as [T]),
      // Shrinking big data can take long: keep a failure report fast.
      interruptAfterTimeLimit: 10000,
      markInterruptAsFailure: false,
      includeErrorInReport: true,
    });
  } catch (e) {
    const err = e as Error;
    err.message = `${err.message}\n\nReplay: PROPERTY_SEED=${seed} npx web-test-runner "test/property/**/*.test.ts"`;
    throw err;
  }
}
