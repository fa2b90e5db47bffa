// One number the planner can change: label, unit, range and, when the value is wrong, the
// validator's message beside it. The text being typed is kept locally while the field has focus,
// so "1." or "-" can be typed without the stored value fighting back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../sim-core/src/api/types.ts';
import type { TFunction } from 'i18next';
import { formatEditableNumber, formatNumber, parseLocaleNumber } from '../../i18n/format.ts';
import { getAt } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore, type Language } from '../../state/useSettingsStore.ts';
import type { NumberFieldSpec } from './editorFields.ts';
import { issueText } from './translateIssue.ts';

/** The stored value as shown (× scale, float noise removed, the language's decimal sign), or ''. */
export function shownValue(stored: unknown, scale: number, language: Language = 'en'): string {
  return typeof stored === 'number' && Number.isFinite(stored)
    ? formatEditableNumber(Number((stored * scale).toPrecision(12)), language)
    : '';
}

/**
 * What a typed text stores: a number (÷ scale) read the language's way ("3,5" in Russian), or
 * null so that validation refuses the run while the field says what is wrong.
 */
export function storedValue(text: string, scale: number, language: Language = 'en'): number | null {
  const value = parseLocaleNumber(text, language);
  return value === undefined ? null : Number((value / scale).toPrecision(12));
}

/**
 * The field's message in the planner's units and words: the range in the shown unit and what was
 * typed (-100 %, not -1), or the validator's own text when the problem is not the number's.
 */
export function fieldMessage(
  spec: NumberFieldSpec,
  stored: unknown,
  issues: readonly ValidationIssue[],
  language: Language,
  t: TFunction,
): string {
  const unit = t(spec.unitKey);
  if (typeof stored !== 'number' || !Number.isFinite(stored))
    return t('editor.message.notNumber', { example: formatNumber(3.5, language, 1) });
  const shown = stored * spec.scale;
  const typed = `${formatNumber(shown, language, 6)} ${unit}`;
  const belowMin = spec.minExclusive ? shown <= spec.min : shown < spec.min;
  if (belowMin || (spec.max !== undefined && shown > spec.max))
    return t('editor.message.outOfRange', { range: rangeText(spec, language, t), unit, typed });
  if (spec.integer && !Number.isInteger(shown)) return t('editor.message.wholeNumber', { typed });
  return issues.map((issue) => issueText(issue, t)).join(' ');
}

function rangeText(spec: NumberFieldSpec, language: Language, t: TFunction): string {
  const min = formatNumber(spec.min, language, 2);
  if (spec.max !== undefined)
    return t('editor.range.between', { min, max: formatNumber(spec.max, language, 2) });
  return t(spec.minExclusive ? 'editor.range.above' : 'editor.range.atLeast', { min });
}

export function NumberField({
  spec,
  issues,
}: {
  spec: NumberFieldSpec;
  issues: readonly ValidationIssue[] | undefined;
}) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const stored = useScenarioStore((state) => getAt(state.scenario, spec.path));
  // The typed text, tied to the stored value it produced: an undo or a load replaces it.
  const [draft, setDraft] = useState<{ base: unknown; text: string } | undefined>(undefined);
  const range = rangeText(spec, language, t);
  const id = `field-${spec.key.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const invalid = issues !== undefined && issues.length > 0;
  return (
    <div className={invalid ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{t(spec.labelKey)}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        data-path={spec.key}
        value={
          draft !== undefined && Object.is(draft.base, stored)
            ? draft.text
            : shownValue(stored, spec.scale, language)
        }
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onBlur={() => setDraft(undefined)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          const value = storedValue(text, spec.scale, language);
          setDraft({ base: value, text });
          useScenarioStore.getState().edit(spec.path, value);
        }}
      />
      <span id={`${id}-hint`} className="hint">
        {t(spec.unitKey)} · {range}
      </span>
      {invalid && (
        <span id={`${id}-error`} className="error-text" role="alert">
          {fieldMessage(spec, stored, issues, language, t)}
        </span>
      )}
    </div>
  );
}
