// A number typed the interface language's way ("3,5" in Russian), committed on blur or Enter;
// while typing, the text is kept as it is. An entry that is not a number is refused with a
// message beside the field, and the last good value stays.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEditableNumber, parseLocaleNumber } from '../../i18n/format.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';

export function LocaleNumberInput({
  label,
  value,
  onCommit,
  integer = false,
  min,
  max,
  optional = false,
  testId,
}: {
  label: string;
  value: number | undefined;
  onCommit(value: number | undefined): void;
  integer?: boolean;
  min?: number;
  max?: number;
  /** Empty means "the scenario's" (undefined). */
  optional?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation('experiments');
  const language = useSettingsStore((state) => state.language);
  const [text, setText] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const shown = text ?? (value === undefined ? '' : formatEditableNumber(value, language));
  const commit = (): void => {
    if (text === undefined) return;
    const trimmed = text.trim();
    if (trimmed === '' && optional) {
      onCommit(undefined);
      setError(undefined);
      setText(undefined);
      return;
    }
    const parsed = parseLocaleNumber(trimmed, language);
    const bad =
      parsed === undefined ||
      (integer && !Number.isInteger(parsed)) ||
      (min !== undefined && parsed < min) ||
      (max !== undefined && parsed > max);
    if (bad) {
      setError(
        t(integer ? 'input.wholeNumber' : 'input.number', {
          min: min ?? '',
          max: max ?? '',
        }),
      );
      return;
    }
    setError(undefined);
    setText(undefined);
    onCommit(parsed);
  };
  return (
    <label className={`field${error ? ' invalid' : ''}`}>
      {label}
      <input
        type="text"
        inputMode="decimal"
        value={shown}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {error ? <span className="error-text">{error}</span> : null}
    </label>
  );
}
