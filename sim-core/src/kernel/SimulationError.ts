/**
 * A failed event: its handler threw. The run stops and this error carries where and when, so a
 * message can say "event at 412.500 h for train-7 failed: ..." instead of a bare stack trace.
 */
export class SimulationError extends Error {
  /** Sim time of the failed event, hours since the scenario start. */
  readonly simTimeHours: number;
  /** The entity the event was scheduled for, when the scheduler named one. */
  readonly entity: string | undefined;
  /** What the handler threw. */
  override readonly cause: unknown;

  constructor(simTimeHours: number, entity: string | undefined, cause: unknown) {
    const what = cause instanceof Error ? cause.message : String(cause);
    const who = entity === undefined ? '' : ` for ${entity}`;
    super(`event at ${simTimeHours.toFixed(3)} h${who} failed: ${what}`, { cause });
    this.name = 'SimulationError';
    this.simTimeHours = simTimeHours;
    this.entity = entity;
    this.cause = cause;
  }
}
