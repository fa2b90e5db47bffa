import { issueMessage, safeParams, type ValidationCode, type ValidationIssue } from './issueMessages.ts';
import { formatPath, type PathSegments } from './jsonPath.ts';
import { quoted } from './safeText.ts';

/** One issue: its path formatted, its params made safe, its English sentence. */
type RawParams = Readonly<Record<string, string | number | undefined>>;

export function makeIssue(
  path: PathSegments | string,
  code: ValidationCode,
  params: RawParams = {},
): ValidationIssue {
  const safe = safeParams(params);
  return {
    path: typeof path === 'string' ? path : formatPath(path),
    code,
    params: safe,
    message: issueMessage(code, safe),
  };
}

/**
 * Issues kept at most per kind (errors, warnings): past it they are only counted, so a file with
 * millions of problems costs a counter, not a list. Reports show far fewer (LIMITS.maxIssues).
 */
const KEPT_ISSUES = 1_000;

/**
 * Gathers the errors and warnings of one validation. Paths are kept as segments until here so
 * that every check formats them the same way.
 */
export class IssueCollector {
  readonly errors: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];
  /** Errors and warnings met beyond {@link KEPT_ISSUES}, not kept. */
  errorsDropped = 0;
  warningsDropped = 0;

  error(path: PathSegments, code: ValidationCode, params?: RawParams): void {
    if (this.errors.length >= KEPT_ISSUES) this.errorsDropped += 1;
    else this.errors.push(makeIssue(path, code, params));
  }

  warn(path: PathSegments, code: ValidationCode, params?: RawParams): void {
    if (this.warnings.length < KEPT_ISSUES) this.warnings.push(makeIssue(path, code, params));
    else this.warningsDropped += 1;
  }

  /** Issues made elsewhere (the schema's), kept within the same budget. */
  addErrors(issues: readonly ValidationIssue[]): void {
    for (const issue of issues) {
      if (this.errors.length >= KEPT_ISSUES) this.errorsDropped += 1;
      else this.errors.push(issue);
    }
  }

  get errorCount(): number {
    return this.errors.length + this.errorsDropped;
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
      this.issues.error(path, 'duplicate-id', { kind: this.kind, id: quoted(id), first });
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
    const suggestion = this.hint(value);
    this.issues.error(path, 'unknown-reference', {
      kind: this.kind,
      id: quoted(value),
      suggestion: suggestion === undefined ? undefined : quoted(suggestion),
    });
    return false;
  }

  private hint(value: string): string | undefined {
    // Ids are at most MAX_ID_CHARS long: a longer value is no slip of one, and comparing it would
    // cost its length times every id's. Suggestions are capped per kind too, and skipped for very
    // large id sets, so that a file full of bad references stays fast.
    if (value.length > MAX_ID_CHARS || this.suggestionsLeft <= 0 || this.indexById.size > 20_000)
      return undefined;
    this.suggestionsLeft -= 1;
    // A shortened id ("jiaozhou" for "jiaozhou-hub") is the commonest slip: prefer a unique prefix match.
    let extended: string | undefined;
    let extendedCount = 0;
    for (const id of this.indexById.keys()) {
      if (id.startsWith(`${value}-`)) [extended, extendedCount] = [id, extendedCount + 1];
    }
    if (extendedCount === 1) return extended;
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(value.length / 4)) + 1;
    for (const id of this.indexById.keys()) {
      if (Math.abs(id.length - value.length) >= bestDistance) continue;
      const distance = boundedEditDistance(id, value, bestDistance);
      if (distance < bestDistance) {
        best = id;
        bestDistance = distance;
      }
    }
    return best;
  }
}

/** The longest id the format allows (schema.ts); no hint is looked for beyond it. */
const MAX_ID_CHARS = 80;

/**
 * Levenshtein distance within a band: cells more than `limit` off the diagonal cannot be under
 * the limit, so each row costs O(limit), not O(length); gives up (returning `limit`) as soon as a
 * whole row reaches it.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  const width = b.length + 1;
  let previous = new Uint32Array(width);
  let current = new Uint32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current.fill(limit);
    if (from === 1) current[0] = i;
    let rowMin = from === 1 ? i : limit;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? limit) + 1,
        (current[j - 1] ?? limit) + 1,
        (previous[j - 1] ?? limit) + cost,
        limit,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] ?? limit, limit);
}
