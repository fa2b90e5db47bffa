import type { ValidationIssue } from '../vocabulary/validationIssue.ts';
import { formatPath, type PathSegments } from './jsonPath.ts';

/**
 * Gathers the errors and warnings of one validation. Paths are kept as segments until here so
 * that every check formats them the same way.
 */
export class IssueCollector {
  readonly errors: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];

  error(path: PathSegments, message: string): void {
    this.errors.push({ path: formatPath(path), message });
  }

  warn(path: PathSegments, message: string): void {
    this.warnings.push({ path: formatPath(path), message });
  }
}

/** Ids of one kind (nodes, links, ...) in file order, reporting duplicates and unknown references. */
export class IdIndex {
  private readonly indexById = new Map<string, number>();
  private readonly pathById = new Map<string, string>();
  private suggestionsLeft = 50;

  constructor(
    private readonly kind: string,
    private readonly issues: IssueCollector,
  ) {}

  /** Registers an id met at `path`; a second one with the same id is an error naming the first. */
  add(id: unknown, path: PathSegments): void {
    if (typeof id !== 'string') return;
    const first = this.pathById.get(id);
    if (first !== undefined) {
      this.issues.error(path, `duplicate ${this.kind} id "${id}" (also at ${first})`);
      return;
    }
    this.indexById.set(id, this.indexById.size);
    this.pathById.set(id, formatPath(path.slice(0, -1)));
  }

  has(id: string): boolean {
    return this.indexById.has(id);
  }

  get size(): number {
    return this.indexById.size;
  }

  ids(): IterableIterator<string> {
    return this.indexById.keys();
  }

  /** Checks a reference; an unknown id is an error, with the closest known id as a hint. */
  reference(value: unknown, path: PathSegments): boolean {
    if (typeof value !== 'string') return false;
    if (this.indexById.has(value)) return true;
    this.issues.error(path, `unknown ${this.kind} "${value}"${this.hint(value)}`);
    return false;
  }

  private hint(value: string): string {
    // Suggestions cost O(ids x length^2); cap them so a file full of bad references stays fast.
    if (this.suggestionsLeft <= 0 || this.indexById.size > 20_000) return '';
    this.suggestionsLeft -= 1;
    // A shortened id ("jiaozhou" for "jiaozhou-hub") is the commonest slip: prefer a unique prefix match.
    const extended = [...this.indexById.keys()].filter((id) => id.startsWith(`${value}-`));
    if (extended.length === 1) return ` (did you mean "${extended[0]}"?)`;
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(value.length / 4)) + 1;
    for (const id of this.indexById.keys()) {
      if (Math.abs(id.length - value.length) >= bestDistance) continue;
      const distance = editDistance(id, value, bestDistance);
      if (distance < bestDistance) {
        best = id;
        bestDistance = distance;
      }
    }
    return best === undefined ? '' : ` (did you mean "${best}"?)`;
  }
}

/** Levenshtein distance, giving up (returning `limit`) once every path exceeds it. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length] ?? limit;
}
