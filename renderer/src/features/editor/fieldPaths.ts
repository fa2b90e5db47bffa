// Maps each validation issue (a JSON path such as `services[3].timetable.departuresPerWeek`) to
// the editor field that shows it: the field at that path, else the deepest field containing it,
// else the first field inside it (an issue on `services[3].timetable` belongs to its
// departures field). Issues no field can show are listed apart, so none is ever hidden.
import type { ValidationIssue } from '../../../../sim-core/src/api/types.ts';

/** True when `ancestor` is `path` or a path above it (segment boundaries respected). */
export function isPathWithin(path: string, ancestor: string): boolean {
  if (ancestor === '') return true;
  if (!path.startsWith(ancestor)) return false;
  const next = path.charAt(ancestor.length);
  return next === '' || next === '.' || next === '[';
}

/** The field that should show an issue at `issuePath`, or undefined. */
export function fieldForIssue(issuePath: string, fieldPaths: readonly string[]): string | undefined {
  let containing: string | undefined;
  let contained: string | undefined;
  for (const field of fieldPaths) {
    if (field === issuePath) return field;
    if (isPathWithin(issuePath, field)) {
      if (containing === undefined || field.length > containing.length) containing = field;
    } else if (contained === undefined && isPathWithin(field, issuePath)) {
      contained = field;
    }
  }
  return containing ?? contained;
}

export interface IssueAssignment {
  byField: Map<string, ValidationIssue[]>;
  unassigned: ValidationIssue[];
}

/** Every issue placed beside one field, or in `unassigned`. */
export function assignIssues(
  issues: readonly ValidationIssue[],
  fieldPaths: readonly string[],
): IssueAssignment {
  const byField = new Map<string, ValidationIssue[]>();
  const unassigned: ValidationIssue[] = [];
  for (const issue of issues) {
    const field = fieldForIssue(issue.path, fieldPaths);
    if (field === undefined) unassigned.push(issue);
    else byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  return { byField, unassigned };
}
