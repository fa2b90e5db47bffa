// What validation reports. Part of the public contract (sim-core/src/api re-exports it with the
// scenario layer's code list filled in: ValidationIssue<ValidationCode>).

/**
 * One problem found in a scenario. `code` names the rule (stable: the app translates by it),
 * `params` the values the message quotes (values from the file already quoted, escaped and cut),
 * `message` the English sentence.
 */
export interface ValidationIssue<Code extends string = string> {
  /** As in `services[3].departuresPerWeek`. */
  path: string;
  code: Code;
  params: Readonly<Record<string, string | number>>;
  message: string;
}
