/**
 * Compiled scenarios kept between calls, keyed by the scenario's content hash (scenarioHash). A
 * pool worker is sent the same scenario once per replication, a queue worker the same point again
 * when a job is retried or a target search adds replications to a value: each call used to
 * compile it anew (~0.2 s warm of a 1-year baseline replication's ~1.3 s). A replication never
 * writes to its compiled scenario (it only reads it; the command line's threads and runScenario
 * have always run every replication of a run on one compile), so one compile serves any number of
 * replications and the numbers are the same as with a fresh one.
 *
 * The cache compiles a copy of the scenario it is given: the compiled form keeps references into
 * its scenario, and a caller that edits its object after the call (the hash then differs, so it
 * misses) must not change what a later hit on the old content returns.
 */
import { compileScenario, type CompiledScenario } from '../model/index.ts';
import { scenarioHash } from '../scenario/hash.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface CompiledScenarioCache {
  /**
   * The compiled form of `scenario` (a validated one), compiled on a miss. `hash` is its
   * scenarioHash when the caller already has it (a run's provenance), computed here otherwise.
   */
  compiled(scenario: Scenario, hash?: string): { hash: string; compiled: CompiledScenario };
  /** Compiles so far (misses): what the tests and a curious host read. */
  readonly compiles: number;
}

export interface CompiledScenarioCacheOptions {
  /**
   * Scenarios kept, the most recently used first (default 4). A run needs one; a target search
   * on one worker alternates between a few values.
   */
  capacity?: number;
  /** The compiler (tests count its calls); compileScenario by default. */
  compile?: (scenario: Scenario) => CompiledScenario;
}

export function createCompiledScenarioCache(
  options: CompiledScenarioCacheOptions = {},
): CompiledScenarioCache {
  const capacity = options.capacity ?? 4;
  if (!(Number.isInteger(capacity) && capacity >= 1))
    throw new RangeError(`capacity must be a whole number from 1, got ${capacity}`);
  const compile = options.compile ?? compileScenario;
  // Insertion order is recency: a hit is deleted and set again, the first key is the oldest.
  const entries = new Map<string, CompiledScenario>();
  let compiles = 0;
  return {
    compiled: (scenario, hash = scenarioHash(scenario)) => {
      let compiled = entries.get(hash);
      if (compiled) {
        entries.delete(hash);
      } else {
        compiled = compile(copyOf(scenario));
        compiles += 1;
        if (entries.size >= capacity) entries.delete(entries.keys().next().value as string);
      }
      entries.set(hash, compiled);
      return { hash, compiled };
    },
    get compiles() {
      return compiles;
    },
  };
}

/**
 * A deep copy of validated scenario data (plain objects, arrays, primitives), keeping key order,
 * members set to undefined, NaN and -0 as they are: what a JSON round trip would not.
 */
function copyOf<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyOf) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) copy[key] = copyOf(member);
  return copy as T;
}
