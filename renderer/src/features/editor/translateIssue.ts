// Validation issues in the chosen language, by their code (i18n/locales/<lang>/issues.json). The
// params come quoted, escaped and cut from sim-core; words among them (a kind of id, a type, the
// end of a line) are translated here, and the value found is appended in each language's way.
import type { TFunction } from 'i18next';
import type { ValidationCode, ValidationIssue } from '../../../../sim-core/src/api/types.ts';

/**
 * Every code with the variants its translation has (a key below the code), listed here so that
 * the type checker fails when sim-core adds a code this list lacks, and the completeness test
 * (translateIssue.test.ts) fails when a language lacks a translation of one.
 */
export const ISSUE_TRANSLATION_KEYS = {
  'too-deep': [],
  'too-many-list-items': [],
  'too-many-containers': [],
  'list-not-checked': [],
  'more-problems': [],
  'bad-format-version': [],
  'newer-format-version': [],
  'no-migration': [],
  migrated: [],
  missing: [],
  'wrong-type': [],
  'number-range': [],
  'item-count': ['min', 'max', 'exact'],
  'text-length': ['min', 'max', 'exact'],
  'bad-id': [],
  'bad-date': [],
  'bad-country': [],
  'bad-format': [],
  'missing-choice': [],
  'not-one-of': [],
  'no-matching-form': [],
  'not-multiple': [],
  'invalid-value': [],
  'unknown-key': [],
  'duplicate-id': [],
  'unknown-reference': [],
  'seasonality-all-zero': [],
  'inspection-hours-missing': [],
  'link-same-ends': [],
  'geometry-far-from-node': [],
  'same-stop-twice': [],
  'no-link-between-stops': [],
  'leg-count': [],
  'wrong-vehicle': [],
  'wrong-capacity-unit': [],
  'not-a-date': [],
  'warmup-too-long': [],
  'date-outside-run': [],
  'date-not-after-from': [],
  'date-after-run': [],
  'max-below-min': [],
  'mode-below-min': [],
  'mode-above-max': [],
  'p90-below-median': [],
  'weight-count': [],
  'weights-all-zero': [],
  'consignment-size-zero': [],
  'too-many-consignments': [],
  'too-many-vehicle-legs': [],
  'too-many-result-cells': [],
  'too-many-geometry-points': [],
  'demand-unreachable': [],
} as const satisfies Record<ValidationCode, readonly string[]>;

/** Params whose values are words to translate, and the group of words they come from. */
const WORD_PARAMS: Record<string, string> = { kind: 'kind', end: 'end', noun: 'noun' };

const OPERATORS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

type IssueLike = Pick<ValidationIssue, 'code' | 'params' | 'message'>;

/** The issue's message in the chosen language (English when a code is somehow unknown). */
export function translateIssue(issue: IssueLike, t: TFunction): string {
  const variants: readonly string[] = ISSUE_TRANSLATION_KEYS[issue.code] ?? [];
  const params: Record<string, string | number> = { ...issue.params };
  for (const [param, group] of Object.entries(WORD_PARAMS)) {
    const value = params[param];
    if (typeof value === 'string') params[param] = t(`issues:${group}.${value}`, { defaultValue: value });
  }
  if (typeof params['op'] === 'string') params['op'] = OPERATORS[params['op']] ?? params['op'];
  if (typeof params['type'] === 'string')
    params['expected'] = t(`issues:type.${params['type']}`, { defaultValue: params['expected'] ?? '' });
  const variant = variants.length > 0 ? `.${String(params['bound'] ?? variants[0])}` : '';
  const key = `issues:code.${issue.code}${variant}`;
  if (!i18nHas(t, key)) return issue.message;
  let text = t(key, params);
  if (params['suggestion'] !== undefined) text += t('issues:suggestion', params);
  // The joiner is part of the translation: Chinese uses full-width brackets with no space.
  if (params['got'] !== undefined) text += t('validation.got', { got: params['got'] });
  return text;
}

function i18nHas(t: TFunction, key: string): boolean {
  return t(key, { defaultValue: '\u0000' }) !== '\u0000';
}

/** A message with the translated prefix, as shown beside a field. */
export function issueText(issue: IssueLike, t: TFunction): string {
  return `${t('validation.prefix')} ${translateIssue(issue, t)}`;
}
