// What validation reports. Part of the public contract (sim-core/src/api re-exports it).

/** One message from validation: where (JSON path) and what was expected. */
export interface ValidationIssue {
  /** As in `services[3].departuresPerWeek`. */
  path: string;
  message: string;
}
