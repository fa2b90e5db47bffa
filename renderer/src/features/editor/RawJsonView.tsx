// The scenario as raw JSON: edit freely, Apply to make it the working scenario (one undo step).
// Shows JSON syntax errors and the same validation issues as the form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useValidationStore } from '../../state/useValidationStore.ts';
import { IssueList } from './IssueList.tsx';

function pretty(scenario: unknown): string {
  return scenario === undefined ? '' : JSON.stringify(scenario, null, 2);
}

export function RawJsonView() {
  const { t } = useTranslation();
  const scenario = useScenarioStore((state) => state.scenario);
  const issues = useValidationStore((state) => state.issues);
  // The draft belongs to the scenario it was started from; an undo or a load resets it.
  const [draft, setDraft] = useState<{ base: unknown; text: string } | undefined>(undefined);
  const [syntaxError, setSyntaxError] = useState<string | undefined>(undefined);
  const text = draft !== undefined && draft.base === scenario ? draft.text : pretty(scenario);
  const apply = () => {
    try {
      const parsed: unknown = JSON.parse(text);
      setSyntaxError(undefined);
      useScenarioStore.getState().replace(parsed);
      setDraft(undefined);
    } catch (error) {
      setSyntaxError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="raw-json">
      <label htmlFor="raw-json-text">{t('json.label')}</label>
      <textarea
        id="raw-json-text"
        spellCheck={false}
        value={text}
        onChange={(event) => setDraft({ base: scenario, text: event.currentTarget.value })}
        rows={24}
      />
      <div className="row">
        <button type="button" onClick={apply} disabled={draft?.base !== scenario}>
          {t('json.apply')}
        </button>
        <button type="button" onClick={() => setDraft(undefined)} disabled={draft?.base !== scenario}>
          {t('json.revert')}
        </button>
      </div>
      {syntaxError && (
        <p className="error-text" role="alert">
          {t('json.syntaxError', { reason: syntaxError })}
        </p>
      )}
      {issues.length > 0 && (
        <IssueList title={t('validation.issues', { count: issues.length })} issues={issues} />
      )}
    </div>
  );
}
