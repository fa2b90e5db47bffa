// The shape of the map's test hooks (window.__scoda.map with ?testHooks=1), in a file of its own
// with no imports, so the end-to-end tests and the benchmarks type their page calls with it
// instead of copying it.

export interface MapTestHooks {
  /** 'run' or 'benchmark-fixture' once a model is loaded, else undefined. */
  origin(): string | undefined;
  runLoaded(): boolean;
  nodeIds(): string[];
  /** A node's position in page CSS pixels, or undefined when it is off screen or behind the globe. */
  nodeScreenPosition(id: string): { x: number; y: number } | undefined;
  /**
   * A lane's TEU over the whole run as the map draws it while comparing: run A, run B and the
   * difference B − A the colouring shows (weeks the paired replications cannot tell from noise
   * count as 0). Undefined when no run B is shown or the map has no such link.
   */
  linkDifference(id: string): { a: number; b: number; drawn: number } | undefined;
  /** Vehicles drawn at the playback time, per kind (0 for a kind whose layer is off). */
  visibleVehicles(): Record<string, number>;
  /** World positions of drawn vehicles of a kind (CPU twin of the shader), at most `limit`. */
  vehiclePositions(kind: string, limit?: number): number[][];
  hours(): number;
  setHours(hours: number): void;
  pause(): void;
  frameStats(): { frames: number; meanMs: number; maxMs: number };
  /** Asks for `frames` more frames (the map renders on demand). */
  invalidate(frames?: number): void;
  resetFrameStats(): void;
  hovered(): unknown;
  /** The map store's public flyTo (as the presentation mode uses it). */
  flyTo(lon: number, lat: number, distance: number, durationMs?: number): void;
}
