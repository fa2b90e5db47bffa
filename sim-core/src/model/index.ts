/**
 * The multimodal corridor model: compile a validated scenario once, then run replications.
 *
 * ```ts
 * const compiled = compileScenario(scenario);
 * const result = runReplication(compiled, { replication: 0, seed: replicationSeed(scenario.seed, 0) });
 * ```
 */
import type { ReplicationResult } from '../vocabulary/runResult.ts';
import { cyrb128 } from '../kernel/RandomStreams.ts';
import type { CompiledScenario } from './compileScenario.ts';
import { createReplication, type ReplicationOptions } from './Replication.ts';

export { compileScenario } from './compileScenario.ts';
export type { CompiledScenario } from './compileScenario.ts';
export { createReplication } from './Replication.ts';
export type { ReplicationOptions, ReplicationRun } from './Replication.ts';

/**
 * The seed of replication `index` under a base seed: the first 32 bits (unsigned) of the cyrb128
 * hash of `"<baseSeed>/replication/<index>"`. Replications get unrelated seeds, and replication i
 * has the same seed however many replications a run makes.
 */
export function replicationSeed(baseSeed: number, index: number): number {
  return (cyrb128(`${baseSeed}/replication/${index}`)[0] as number) >>> 0;
}

/** Runs one replication to its end. */
export function runReplication(compiled: CompiledScenario, opts: ReplicationOptions): ReplicationResult {
  const run = createReplication(compiled, opts);
  while (!run.step(Infinity)) {
    // step(Infinity) finishes in one call; the loop guards against a future chunked step.
  }
  return run.result();
}
