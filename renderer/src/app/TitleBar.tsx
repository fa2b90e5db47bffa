// The top bar: the scenario's name with its unsaved mark, file and history commands, the run's
// export and comparison, presentation mode and the language.
import { useTranslation } from 'react-i18next';
import { compareLatestRuns } from '../features/compare/compareActions.ts';
import { exportRunCsv } from '../features/export/exportRunCsv.ts';
import { confirmDiscardUnsaved, openScenario, saveScenario } from '../features/library/scenarioActions.ts';
import { enterPresentation } from '../features/presentation/presentationActions.ts';
import { useRunStore } from '../state/useRunStore.ts';
import { useScenarioStore } from '../state/useScenarioStore.ts';
import { LANGUAGES, useSettingsStore, type Language } from '../state/useSettingsStore.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';
import { APP_TITLE } from '../../../electron/shared/windowTitle.ts';
import { scenarioDisplayName } from './scenarioDisplayName.ts';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '中文', ru: 'Русский' };

function LanguagePicker() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const setLanguage = useSettingsStore((state) => state.setLanguage);
  return (
    <select
      aria-label={t('title.language')}
      value={language}
      onChange={(event) => setLanguage(event.currentTarget.value as Language)}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}

function HistoryButtons() {
  const { t } = useTranslation();
  const canUndo = useScenarioStore((state) => state.past.length > 0);
  const canRedo = useScenarioStore((state) => state.future.length > 0);
  return (
    <>
      <button
        type="button"
        onClick={() => useScenarioStore.getState().undo()}
        disabled={!canUndo}
        title="Ctrl+Z"
      >
        {t('title.undo')}
      </button>
      <button
        type="button"
        onClick={() => useScenarioStore.getState().redo()}
        disabled={!canRedo}
        title="Ctrl+Shift+Z"
      >
        {t('title.redo')}
      </button>
    </>
  );
}

export function TitleBar() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const scenario = useScenarioStore((state) => state.scenario);
  const dirty = useScenarioStore((state) => state.dirty);
  const hasResult = useRunStore((state) => state.result !== undefined);
  const name = scenario === undefined ? '' : scenarioDisplayName(scenario, language);
  return (
    <header className="title-bar">
      <h1>{t('title.app', { defaultValue: APP_TITLE })}</h1>
      <span className="scenario-name" data-testid="scenario-name">
        {name}
        {dirty && (
          <span className="unsaved" data-testid="unsaved-mark" title={t('title.unsaved')}>
            {' '}
            ● {t('title.unsaved')}
          </span>
        )}
      </span>
      <nav className="toolbar" aria-label={t('title.toolbar')}>
        <button
          type="button"
          onClick={() => confirmDiscardUnsaved(t('library.confirmDiscard')) && void openScenario()}
        >
          {t('title.open')}
        </button>
        <button type="button" onClick={() => void saveScenario(false)} disabled={scenario === undefined}>
          {t('title.save')}
        </button>
        <HistoryButtons />
        <button type="button" onClick={() => void exportRunCsv()} disabled={!hasResult}>
          {t('title.exportCsv')}
        </button>
        <button type="button" onClick={compareLatestRuns}>
          {t('title.compare')}
        </button>
        <button type="button" onClick={enterPresentation}>
          {t('title.presentation')}
        </button>
        <LanguagePicker />
        <button
          type="button"
          onClick={() => useWorkbenchStore.getState().setShortcutsOpen(true)}
          aria-label={t('shortcuts.title')}
        >
          ?
        </button>
        <button type="button" onClick={() => useWorkbenchStore.getState().setAboutOpen(true)}>
          {t('about.title')}
        </button>
      </nav>
    </header>
  );
}
