// How two runs' replications pair up for common random numbers, and which cells of a weekly series
// differ beyond noise. Pure functions over results, shared by Compare (features) and the map's
// difference colouring (scene), so it sits below both.
import type { RunResult } from '../../../sim-core/src/api/types.ts';
import { confidenceInterval95 } from '../../../sim-core/src/vocabulary/confidenceInterval.ts';

export type PairingState =
  /** Paired on `pairs` replications with equal seeds. */
  | 'paired'
  /** The runs' replication seeds differ: no common random numbers. */
  | 'seedsDiffer'
  /** Fewer than two pairs: a mean difference, no interval. */
  | 'tooFew';

/** How the two runs' replications pair up: the count of leading replications with equal seeds. */
export function pairing(a: RunResult, b: RunResult): { state: PairingState; pairs: number } {
  const seedsA = a.provenance.replicationSeeds;
  const seedsB = b.provenance.replicationSeeds;
  let pairs = 0;
  while (pairs < seedsA.length && pairs < seedsB.length && seedsA[pairs] === seedsB[pairs]) pairs++;
  if (pairs === 0) return { state: 'seedsDiffer', pairs };
  return { state: pairs < 2 ? 'tooFew' : 'paired', pairs };
}

/**
 * Per cell of a [period][entity] series, whether B − A is distinguishable from zero over the
 * paired replications (1) or not (0): the map mutes the links where it is not. `valueA(r, cell)`
 * and `valueB(r, cell)` read replication r's value.
 */
export function distinguishableCells(
  cells: number,
  pairs: number,
  valueA: (replication: number, cell: number) => number,
  valueB: (replication: number, cell: number) => number,
): Uint8Array {
  const out = new Uint8Array(cells);
  if (pairs < 2) return out;
  const differences = new Float64Array(pairs);
  for (let cell = 0; cell < cells; cell++) {
    let allZero = true;
    for (let r = 0; r < pairs; r++) {
      const d = valueB(r, cell) - valueA(r, cell);
      differences[r] = d;
      if (d !== 0) allZero = false;
    }
    if (allZero) continue;
    const { low, high } = confidenceInterval95(differences);
    out[cell] = low > 0 || high < 0 ? 1 : 0;
  }
  return out;
}
