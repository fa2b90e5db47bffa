// One number the planner can change: label, unit, range and, when the value is wrong, the
// validator's message beside it. The text being typed is kept locally while the field has focus,
// so "1." or "-" can be typed without the stored value fighting back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../sim-core/src/api/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { getAt } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import type { NumberFieldSpec } from './editorFields.ts';
import { issueText } from './translateIssue.ts';

/** The stored value as shown (× scale, float noise removed), or '' when it is not a number. */
export function shownValue(stored: unknown, scale: number): string {
  return typeof stored === 'number' && Number.isFinite(stored)
    ? String(Number((stored * scale).toPrecision(12)))
    : '';
}

/** What a typed text stores: a number (÷ scale), or null so that validation reports it. */
export function storedValue(text: string, scale: number): number | null {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) return null;
  return Number((value / scale).toPrecision(12));
}

function useRangeText(spec: NumberFieldSpec): string {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
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
  const stored = useScenarioStore((state) => getAt(state.scenario, spec.path));
  // The typed text, tied to the stored value it produced: an undo or a load replaces it.
  const [draft, setDraft] = useState<{ base: unknown; text: string } | undefined>(undefined);
  const range = useRangeText(spec);
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
          draft !== undefined && Object.is(draft.base, stored) ? draft.text : shownValue(stored, spec.scale)
        }
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onBlur={() => setDraft(undefined)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          const value = storedValue(text, spec.scale);
          setDraft({ base: value, text });
          useScenarioStore.getState().edit(spec.path, value);
        }}
      />
      <span id={`${id}-hint`} className="hint">
        {t(spec.unitKey)} · {range}
      </span>
      {invalid && (
        <span id={`${id}-error`} className="error-text" role="alert">
          {issues.map((issue) => issueText(issue, t)).join(' ')}
        </span>
      )}
    </div>
  );
}
