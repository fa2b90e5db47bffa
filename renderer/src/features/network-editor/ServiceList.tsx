// The scenario's services (its own and those added from a date): edit every field that was set when
// the service was made (name, frequency or weekdays, vehicle size, speed or days on the way, cut-off,
// rate, scheduled, return share, corridor) with the problems beside the field, pause from–until, or
// remove. Every change goes through the scenario store (undo/redo, autosave, validation).
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAt, type JsonPath } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import {
  fieldId,
  InputField,
  ScenarioCheckboxField,
  ScenarioNumberField,
  ScenarioSelectField,
  ScenarioTextField,
  usePathIssues,
} from './fields.tsx';
import {
  parseWeekdays,
  pauseService,
  records,
  removeService,
  scaledLegHours,
  servicePath,
  serviceIds,
  serviceTiming,
} from './networkEdits.ts';

const round1 = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Speed or days on the way, read from the legs' times; typing a new one scales every leg from the
 * times at the start of the edit (so keystrokes do not compound rounding), one undo step.
 */
function TimingField({
  path,
  name,
  label,
  measure,
  factorFor,
}: {
  path: JsonPath;
  /** Tells the field's input id apart from the other timing field's. */
  name: string;
  label: string;
  measure(timing: { hours: number; speedKmh?: number }): number | undefined;
  /** The factor on leg hours that turns the value at the start into `next`. */
  factorFor(start: number, next: number): number;
}) {
  const { t } = useTranslation('network');
  const scenario = useScenarioStore((state) => state.scenario);
  const service = getAt(scenario, path);
  const timing = serviceTiming(scenario, service);
  const value = timing ? measure(timing) : undefined;
  const legsPath = [...path, 'legHours'];
  const issues = usePathIssues(legsPath);
  const start = useRef<{ value: number; service: unknown } | undefined>(undefined);
  const [draft, setDraft] = useState<string>();
  if (value === undefined) return null;
  const typed = draft === undefined ? undefined : Number(draft.trim().replace(',', '.'));
  const local = typed !== undefined && !(Number.isFinite(typed) && typed > 0) ? [t('service.positive')] : [];
  return (
    <InputField
      id={`${fieldId(legsPath)}-${name}`}
      label={label}
      type="text"
      inputMode="decimal"
      value={draft ?? round1(value)}
      problems={[...local, ...issues]}
      onFocus={() => {
        start.current = { value, service };
      }}
      onBlur={() => {
        start.current = undefined;
        setDraft(undefined);
      }}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        const next = Number(text.trim().replace(',', '.'));
        const from = start.current ?? { value, service };
        start.current = from;
        if (!(Number.isFinite(next) && next > 0)) return;
        useScenarioStore.getState().edit(legsPath, scaledLegHours(from.service, factorFor(from.value, next)));
      }}
    />
  );
}

/** Fixed weekdays ("1, 4"): edited as text, written when it reads as weekdays 1-7. */
function WeekdaysField({ path }: { path: JsonPath }) {
  const { t } = useTranslation('network');
  const value = useScenarioStore((state) => getAt(state.scenario, path));
  const shown = Array.isArray(value) ? value.join(', ') : '';
  const [draft, setDraft] = useState<string>();
  const issues = usePathIssues(path);
  const local = draft !== undefined && parseWeekdays(draft) === undefined ? [t('service.badWeekdays')] : [];
  return (
    <InputField
      id={fieldId(path)}
      label={t('service.weekdaysFixed')}
      type="text"
      value={draft ?? shown}
      problems={[...local, ...issues]}
      onBlur={() => setDraft(undefined)}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        const days = parseWeekdays(text);
        if (days) useScenarioStore.getState().edit(path, days);
      }}
    />
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
  const mode = String(getAt(service, ['mode']));
  const perWeek = getAt(service, ['timetable', 'departuresPerWeek']);
  const teu = getAt(service, ['capacity', 'teu']);
  const corridors = records(scenario, 'corridors').map((c) => String(c['id']));
  const startsOn =
    path[0] === 'interventions' ? getAt(scenario, [path[0], path[1] as number, 'from']) : undefined;
  return (
    <fieldset className="editor-row" data-service={id}>
      <legend>
        {String(name)} <code>{t(`mode.${mode}`)}</code>
        {typeof startsOn === 'string' && ` · ${t('service.fromDate', { date: startsOn })}`}
      </legend>
      <p className="hint">{Array.isArray(stops) ? stops.join(' → ') : ''}</p>
      <ScenarioTextField path={[...path, 'name', language]} label={t('service.name')} />
      {typeof perWeek === 'number' ? (
        <ScenarioNumberField
          path={[...path, 'timetable', 'departuresPerWeek']}
          label={t('service.perWeek')}
        />
      ) : (
        <WeekdaysField path={[...path, 'timetable', 'weekdays']} />
      )}
      <ScenarioNumberField
        path={[...path, 'capacity', typeof teu === 'number' ? 'teu' : 'tonnes']}
        label={typeof teu === 'number' ? t('service.capacityTeu') : t('service.capacityTonnes')}
      />
      <TimingField
        path={path}
        name="speed"
        label={t('service.speed')}
        measure={(timing) => timing.speedKmh}
        factorFor={(start, next) => start / next}
      />
      <TimingField
        path={path}
        name="days"
        label={mode === 'sea' ? t('service.seaDays') : t('service.daysOnTheWay')}
        measure={(timing) => timing.hours / 24}
        factorFor={(start, next) => next / start}
      />
      <ScenarioNumberField path={[...path, 'cutoffHours']} label={t('service.cutoff')} />
      <ScenarioNumberField path={[...path, 'ratePerUnitUsd']} label={t('service.rate')} />
      {mode === 'rail' && (
        <>
          <ScenarioCheckboxField path={[...path, 'scheduled']} label={t('service.scheduled')} />
          <ScenarioNumberField path={[...path, 'returnShare']} label={t('service.returnShare')} />
        </>
      )}
      <ScenarioSelectField
        path={[...path, 'corridor']}
        label={t('service.corridor')}
        options={corridors.map((corridor) => ({ value: corridor, label: corridor }))}
      />
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
