/**
 * Every validation problem has a stable code, the values it quotes (`params`) and an English
 * sentence built from them here. The app translates by code (renderer/src/i18n/locales/<lang>/issues.json),
 * so rewording a sentence here never leaves a translation behind. Values from the file enter the
 * params already quoted and cut (safeText.ts); this table only arranges them.
 */
import type { ValidationIssue as IssueOf } from '../vocabulary/validationIssue.ts';
import { safeText } from './safeText.ts';

export type IssueParams = Readonly<Record<string, string | number>>;

const s = (n: unknown): string => (n === 1 ? '' : 's');
const p = (params: IssueParams, key: string): string => String(params[key] ?? '');
const got = (params: IssueParams): string => (params['got'] === undefined ? '' : `, got ${p(params, 'got')}`);

const ISSUE_MESSAGES = {
  // The shape budget (jsonShape.ts) and the issue budget.
  'too-deep': (q: IssueParams) =>
    `nested more than ${p(q, 'limit')} levels deep; a scenario is at most ${p(q, 'limit')}`,
  'too-many-list-items': (q: IssueParams) =>
    `expected at most ${p(q, 'limit')} items, got more (the longest list a scenario may have)`,
  'too-many-containers': (q: IssueParams) =>
    `the file holds more than ${p(q, 'limit')} objects and arrays, more than any scenario can`,
  'list-not-checked': (q: IssueParams) =>
    `not checked further: the first ${p(q, 'checked')} items already have ${p(q, 'problems')} problems (${p(q, 'rest')} items left unchecked)`,
  'more-problems': (q: IssueParams) => `... and ${p(q, 'count')} more problem${s(q['count'])}`,
  // Format versions (migrations.ts).
  'bad-format-version': (q: IssueParams) => `expected a format version (a whole number >= 1)${got(q)}`,
  'newer-format-version': (q: IssueParams) =>
    `this file is in format version ${p(q, 'version')}, newer than this simulator reads (up to ${p(q, 'supported')}); update the simulator`,
  'no-migration': (q: IssueParams) =>
    `no migration from format version ${p(q, 'version')}; this file cannot be read`,
  migrated: (q: IssueParams) => p(q, 'description'),
  // The schema (formatZodIssues.ts).
  missing: (q: IssueParams) => `missing: expected ${p(q, 'expected')}`,
  'wrong-type': (q: IssueParams) => `expected ${p(q, 'expected')}${got(q)}`,
  'number-range': (q: IssueParams) =>
    `expected ${q['noun'] === 'integer' ? 'an integer' : 'a number'} ${p(q, 'op')} ${p(q, 'limit')}${got(q)}`,
  'item-count': (q: IssueParams) => `expected ${bounded(q, 'item')}${got(q)}`,
  'text-length': (q: IssueParams) => `expected ${bounded(q, 'character')}${got(q)}`,
  'bad-id': (q: IssueParams) => `expected a kebab-case id (a-z, 0-9, -)${got(q)}`,
  'bad-date': (q: IssueParams) => `expected a date as YYYY-MM-DD${got(q)}`,
  'bad-country': (q: IssueParams) => `expected an ISO country code such as "${p(q, 'example')}"${got(q)}`,
  'bad-format': (q: IssueParams) => `expected text matching ${p(q, 'pattern')}${got(q)}`,
  'missing-choice': (q: IssueParams) => `missing: expected ${choice(q)}`,
  'not-one-of': (q: IssueParams) => `expected ${choice(q)}${got(q)}`,
  'no-matching-form': (q: IssueParams) => `matches none of the allowed forms${got(q)}: ${p(q, 'forms')}`,
  'not-multiple': (q: IssueParams) => `expected a multiple of ${p(q, 'divisor')}${got(q)}`,
  'invalid-value': (q: IssueParams) => `${p(q, 'detail')}${got(q)}`,
  'unknown-key': () => 'unknown key (not part of the scenario format; check its spelling)',
  // References between parts (checkNetwork.ts, checkDemand.ts, checkTimeline.ts).
  'duplicate-id': (q: IssueParams) => `duplicate ${p(q, 'kind')} id ${p(q, 'id')} (also at ${p(q, 'first')})`,
  'unknown-reference': (q: IssueParams) =>
    `unknown ${p(q, 'kind')} ${p(q, 'id')}${q['suggestion'] === undefined ? '' : ` (did you mean ${p(q, 'suggestion')}?)`}`,
  'seasonality-all-zero': () => 'all 12 monthly weights are 0; give at least one month a weight > 0',
  'inspection-hours-missing': (q: IssueParams) =>
    `missing: needed when inspectionProbability > 0 (got ${p(q, 'probability')})`,
  'link-same-ends': (q: IssueParams) => `a link joins two different nodes, got ${p(q, 'node')} at both ends`,
  'geometry-far-from-node': (q: IssueParams) =>
    `the line ends ${p(q, 'km')} km away from the ${p(q, 'end')} node ${p(q, 'node')}; is the geometry reversed or wrong?`,
  'same-stop-twice': (q: IssueParams) => `the same stop ${p(q, 'stop')} twice in a row`,
  'no-link-between-stops': (q: IssueParams) =>
    `no ${p(q, 'mode')} link joins ${p(q, 'from')} and ${p(q, 'to')} (a service travels links of its own mode)`,
  'leg-count': (q: IssueParams) =>
    `expected ${p(q, 'expected')} entries (one per leg between the ${p(q, 'stops')} stops)${got(q)}`,
  'wrong-vehicle': (q: IssueParams) => `a ${p(q, 'mode')} service runs "${p(q, 'expected')}"${got(q)}`,
  'wrong-capacity-unit': (q: IssueParams) =>
    `a ${p(q, 'mode')} service's capacity is counted in ${p(q, 'unit')} ({ "${p(q, 'unit')}": ... }), got ${p(q, 'other')}`,
  // The calendar (checkTimeline.ts).
  'not-a-date': (q: IssueParams) => `${p(q, 'value')} is not a calendar date`,
  'warmup-too-long': (q: IssueParams) =>
    `expected fewer days than durationDays (${p(q, 'durationDays')})${got(q)}: nothing would be reported`,
  'date-outside-run': (q: IssueParams) =>
    `expected a date inside the run (${p(q, 'first')} to ${p(q, 'last')})${got(q)}`,
  'date-not-after-from': (q: IssueParams) => `expected a date after "from" (${p(q, 'from')})${got(q)}`,
  'date-after-run': (q: IssueParams) =>
    `${p(q, 'value')} is after the run's last day (${p(q, 'last')}); the change lasts to the end of the run`,
  // Distributions (checkDistributions.ts).
  'max-below-min': (q: IssueParams) => `expected max >= min (${p(q, 'min')})${got(q)}`,
  'mode-below-min': (q: IssueParams) => `expected mode >= min (${p(q, 'min')})${got(q)}`,
  'mode-above-max': (q: IssueParams) => `expected mode <= max (${p(q, 'max')})${got(q)}`,
  'p90-below-median': (q: IssueParams) => `expected p90 >= median (${p(q, 'median')})${got(q)}`,
  'weight-count': (q: IssueParams) => `expected ${p(q, 'expected')} weights (one per value)${got(q)}`,
  'weights-all-zero': () => 'all weights are 0; give at least one value a weight > 0',
  // Run size (limits.ts) and reachability (checkItineraries.ts).
  'consignment-size-zero': () =>
    'expected a mean consignment size > 0 (a size of 0 would mean endless consignments)',
  'too-many-consignments': (q: IssueParams) =>
    `the run would generate about ${p(q, 'estimate')} consignments per replication, above the cap of ${p(q, 'cap')}; ` +
    `the largest is demand[${p(q, 'index')}] (${p(q, 'id')}): shorten the run, lower annualVolume or growth, or raise consignmentSize`,
  'too-many-vehicle-legs': (q: IssueParams) =>
    `the run would make about ${p(q, 'estimate')} vehicle legs per replication, above the cap of ${p(q, 'cap')}; ` +
    `the most frequent is services[${p(q, 'index')}] (${p(q, 'id')})`,
  'too-many-result-cells': (q: IssueParams) =>
    `weekly results would hold ${p(q, 'estimate')} numbers per replication, above the cap of ${p(q, 'cap')}; shorten the run or split the network`,
  'too-many-geometry-points': (q: IssueParams) =>
    `the link lines hold ${p(q, 'estimate')} points, above the cap of ${p(q, 'cap')}; simplify them`,
  'demand-unreachable': (q: IssueParams) =>
    `no chain of services goes from ${p(q, 'origin')} to ${p(q, 'destination')}; this demand's cargo will wait at its origin`,
} satisfies Record<string, (params: IssueParams) => string>;

/** Every code a validation issue may carry. */
export type ValidationCode = keyof typeof ISSUE_MESSAGES;

/** A validation problem whose code is one of this table's. */
export type ValidationIssue = IssueOf<ValidationCode>;

/** The English sentence of a code, with its params filled in. */
export function issueMessage(code: ValidationCode, params: IssueParams): string {
  return ISSUE_MESSAGES[code](params);
}

/** Every code, for the tests that check each has a translation. */
export const VALIDATION_CODES = Object.keys(ISSUE_MESSAGES) as ValidationCode[];

/**
 * A backstop for params: strings have their control characters escaped and are cut, so that no
 * code path can put a raw value from the file into a message.
 */
export function safeParams(params: Readonly<Record<string, string | number | undefined>>): IssueParams {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    out[key] = typeof value === 'string' ? safeText(value, 500) : value;
  }
  return out;
}

function bounded(q: IssueParams, noun: string): string {
  const n = Number(q['limit']);
  const word = noun === 'item' ? `item${s(n)}` : n === 1 ? 'character' : 'characters';
  if (q['bound'] === 'exact') return `exactly ${n} ${noun === 'item' ? word : 'characters'}`;
  return `${q['bound'] === 'min' ? 'at least' : 'at most'} ${n} ${word}`;
}

function choice(q: IssueParams): string {
  return q['count'] === 1 ? p(q, 'allowed') : `one of ${p(q, 'allowed')}`;
}
