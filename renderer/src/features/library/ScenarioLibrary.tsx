// The built-in scenarios with their descriptions in the chosen language, and the working
// scenario's file: open, save, or go back to the built-in it came from.
import { useTranslation } from 'react-i18next';
import { formatIsoDate, formatNumber } from '../../i18n/format.ts';
import { clearAutosave } from '../../platform/autosave.ts';
import { getAt } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { listBuiltinScenarios } from './builtinScenarios.ts';
import {
  confirmDiscardUnsaved,
  loadBuiltin,
  loadBuiltinById,
  loadDefaultBuiltin,
} from './scenarioActions.ts';

const builtins = listBuiltinScenarios();

async function discardChanges(): Promise<void> {
  const { source } = useScenarioStore.getState();
  clearAutosave();
  if (!(source.kind === 'builtin' && (await loadBuiltinById(source.id)))) await loadDefaultBuiltin();
}

/** When the working scenario starts and how long it runs, in the locale's date format. */
function ScenarioPeriod({ scenario }: { scenario: unknown }) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const start = getAt(scenario, ['startDate']);
  const days = getAt(scenario, ['durationDays']);
  if (typeof start !== 'string' || typeof days !== 'number') return null;
  return (
    <p className="hint" data-testid="scenario-period">
      {t('library.period', { start: formatIsoDate(start, language), days: formatNumber(days, language) })}
    </p>
  );
}

export function ScenarioLibrary() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const source = useScenarioStore((state) => state.source);
  const dirty = useScenarioStore((state) => state.dirty);
  const scenario = useScenarioStore((state) => state.scenario);
  return (
    <div className="scenario-library">
      <p className="hint">
        {source.kind === 'file'
          ? t('library.fromFile', { name: source.fileName })
          : source.kind === 'builtin'
            ? t('library.fromBuiltin')
            : t('library.untitled')}
      </p>
      <ScenarioPeriod scenario={scenario} />
      {dirty && (
        <button
          type="button"
          onClick={() => confirmDiscardUnsaved(t('library.confirmDiscard')) && void discardChanges()}
        >
          {t('library.discard')}
        </button>
      )}
      <h2>{t('library.builtins')}</h2>
      {builtins.length === 0 && <p className="hint">{t('library.noBuiltins')}</p>}
      <ul className="builtin-list">
        {builtins.map((entry) => (
          <li
            key={entry.id}
            className={source.kind === 'builtin' && source.id === entry.id ? 'current' : undefined}
          >
            <strong>{entry.name[language]}</strong>
            <p>{entry.description[language]}</p>
            <button
              type="button"
              aria-label={t('library.loadNamed', { name: entry.name[language] })}
              onClick={() => confirmDiscardUnsaved(t('library.confirmDiscard')) && void loadBuiltin(entry)}
            >
              {t('library.load')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
