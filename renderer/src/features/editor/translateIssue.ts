// Validation messages come from sim-core in English. The common patterns (a number out of range,
// a missing value, a malformed date, an unknown key) are translated here; anything else is shown
// in English after a translated prefix.
import type { TFunction } from 'i18next';

interface Pattern {
  regex: RegExp;
  key: string;
  values(match: RegExpExecArray): Record<string, string>;
}

const OPERATORS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

const PATTERNS: readonly Pattern[] = [
  {
    regex: /^expected (a number|an integer) (>=|>|<=|<) (-?[\d.e+]+)(?:, got (.+))?$/,
    key: 'validation.bound',
    values: (m) => ({
      noun: m[1] === 'an integer' ? 'integer' : 'number',
      op: OPERATORS[m[2] ?? ''] ?? m[2] ?? '',
      limit: m[3] ?? '',
      got: m[4] ?? '',
    }),
  },
  {
    regex: /^missing: expected (a number|an integer|a string|an object|an array|true or false)$/,
    key: 'validation.missing',
    values: () => ({}),
  },
  {
    regex: /^expected (a number|an integer), got (.+)$/,
    key: 'validation.notNumber',
    values: (m) => ({ got: m[2] ?? '' }),
  },
  {
    regex: /^expected a date as YYYY-MM-DD(?:, got (.+))?$/,
    key: 'validation.date',
    values: (m) => ({ got: m[1] ?? '' }),
  },
  {
    regex: /^unknown key/,
    key: 'validation.unknownKey',
    values: () => ({}),
  },
];

/** The message in the chosen language when it follows a known pattern, else the English text. */
export function translateIssueMessage(message: string, t: TFunction): string {
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(message);
    if (!match) continue;
    const values = pattern.values(match);
    const noun = values['noun'] ? t(`validation.noun.${values['noun']}`) : '';
    const text = t(pattern.key, { ...values, noun });
    // The joiner is part of the translation: Chinese uses full-width brackets with no space.
    return values['got'] ? `${text}${t('validation.got', { got: values['got'] })}` : text;
  }
  return message;
}

/** A message with the translated prefix, as shown beside a field. */
export function issueText(message: string, t: TFunction): string {
  return `${t('validation.prefix')} ${translateIssueMessage(message, t)}`;
}
