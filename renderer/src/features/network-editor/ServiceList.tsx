// The scenario's services (its own and those added from a date): edit the frequency and vehicle
// size with the validator's message beside the field, pause from–until, or remove. Every change goes
// through the scenario store (undo/redo, autosave, validation).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatJsonPath, getAt, type JsonPath } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { useValidationStore } from '../../state/useValidationStore.ts';
import { pauseService, removeService, servicePath, serviceIds } from './networkEdits.ts';

function ServiceNumber({ path, label }: { path: JsonPath; label: string }) {
  const value = useScenarioStore((state) => getAt(state.scenario, path));
  const issues = useValidationStore((state) => state.issues);
  const key = formatJsonPath(path);
  const mine = issues.filter((issue) => issue.path === key || issue.path.startsWith(`${key}.`));
  const id = `svc-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return (
    <div className={mine.length ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        data-path={key}
        value={typeof value === 'number' ? String(value) : ''}
        aria-invalid={mine.length > 0}
        onChange={(event) => {
          const text = event.currentTarget.value.trim();
          useScenarioStore
            .getState()
            .edit(path, text === '' || !Number.isFinite(Number(text)) ? null : Number(text));
        }}
      />
      {mine.length > 0 && (
        <span className="error-text" role="alert">
          {mine.map((issue) => issue.message).join(' ')}
        </span>
      )}
    </div>
  );
}

function ServiceRow({ id }: { id: string }) {
  const { t } = useTranslation('network');
  const language = useSettingsStore((state) => state.language);
  const scenario = useScenarioStore((state) => state.scenario);
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const path = servicePath(scenario, id);
  if (!path) return null;
  const service = getAt(scenario, path);
  const name = getAt(service, ['name', language]) ?? id;
  const stops = getAt(service, ['stops']);
  const perWeek = getAt(service, ['timetable', 'departuresPerWeek']);
  const teu = getAt(service, ['capacity', 'teu']);
  const startsOn =
    path[0] === 'interventions' ? getAt(scenario, [path[0], path[1] as number, 'from']) : undefined;
  return (
    <fieldset className="editor-row" data-service={id}>
      <legend>
        {String(name)} <code>{t(`mode.${String(getAt(service, ['mode']))}`)}</code>
        {typeof startsOn === 'string' && ` · ${t('service.fromDate', { date: startsOn })}`}
      </legend>
      <p className="hint">{Array.isArray(stops) ? stops.join(' → ') : ''}</p>
      {typeof perWeek === 'number' && (
        <ServiceNumber path={[...path, 'timetable', 'departuresPerWeek']} label={t('service.perWeek')} />
      )}
      <ServiceNumber
        path={[...path, 'capacity', typeof teu === 'number' ? 'teu' : 'tonnes']}
        label={typeof teu === 'number' ? t('service.capacityTeu') : t('service.capacityTonnes')}
      />
      <ServiceNumber path={[...path, 'cutoffHours']} label={t('service.cutoff')} />
      <div className="field">
        <label htmlFor={`pause-from-${id}`}>{t('service.pauseFrom')}</label>
        <input
          id={`pause-from-${id}`}
          type="date"
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`pause-until-${id}`}>{t('service.until')}</label>
        <input
          id={`pause-until-${id}`}
          type="date"
          value={until}
          onChange={(event) => setUntil(event.currentTarget.value)}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          disabled={!from}
          onClick={() =>
            useScenarioStore.getState().replace(pauseService(scenario, id, from, until || undefined))
          }
        >
          {t('service.pause')}
        </button>
        <button
          type="button"
          onClick={() => useScenarioStore.getState().replace(removeService(scenario, id))}
        >
          {t('service.remove')}
        </button>
      </div>
    </fieldset>
  );
}

export function ServiceList() {
  const { t } = useTranslation('network');
  const scenario = useScenarioStore((state) => state.scenario);
  const [filter, setFilter] = useState('');
  const all = useMemo(() => [...serviceIds(scenario)], [scenario]);
  const shown = all.filter((id) => id.includes(filter.trim().toLowerCase()));
  return (
    <details className="editor-group">
      <summary>{t('service.list', { count: all.length })}</summary>
      <input
        type="search"
        placeholder={t('service.filter')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
      />
      {shown.map((id) => (
        <ServiceRow key={id} id={id} />
      ))}
    </details>
  );
}
