/**
 * The public contract of the simulation core. The renderer imports only types from here;
 * the worker and the command line call {@link createSimApi}.
 */
import { ENGINE_VERSION } from './engineVersion.ts';

/** The coarse API the worker exposes: scenario in, columnar results out. */
export interface SimApi {
  /** The engine version stamped on every result. */
  engineVersion(): string;
}

/** Creates the simulation API. Pure: no DOM, no Node, no wall clock. */
export function createSimApi(): SimApi {
  return {
    engineVersion: () => ENGINE_VERSION,
  };
}
