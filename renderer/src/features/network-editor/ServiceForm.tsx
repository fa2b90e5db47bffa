// A new service: mode, name, ports of call / stations / airports in order (picked on the map or
// from a searchable list), frequency (a week, or fixed weekdays), vehicle size, speed, cut-off,
// rate, scheduled or ad hoc, return share, corridor and the dates it runs. Links missing between
// stops are generated (sea lanes, rail lines, great circles) when the service is added.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField } from './fields.tsx';
import { getAt } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { createService } from './networkActions.ts';
import { MODE_DEFAULTS, MODES, type Mode } from './networkDefaults.ts';
import type { ServiceDraft } from './networkEdits.ts';
import { nodeOptions } from './nodeOptions.ts';
import { StopPicker } from './StopPicker.tsx';

function initialDraft(mode: Mode, corridor: string): ServiceDraft {
  const defaults = MODE_DEFAULTS[mode];
  return {
    name: '',
    mode,
    stops: [],
    departuresPerWeek: 1,
    capacity: 'teu' in defaults.capacity ? defaults.capacity.teu : defaults.capacity.tonnes,
    speedKmh: defaults.speedKmh,
    cutoffHours: mode === 'air' ? 4 : 24,
    ratePerUnitUsd: defaults.rateUsd,
    scheduled: true,
    returnShare: 0,
    corridor,
  };
}

function NumberInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  onChange(value: number): void;
}) {
  return (
    <InputField
      id={id}
      label={label}
      type="number"
      value={Number.isFinite(value) ? value : ''}
      step="any"
      onChange={(event) => onChange(event.currentTarget.valueAsNumber)}
    />
  );
}

export function ServiceForm() {
  const { t } = useTranslation('network');
  const scenario = useScenarioStore((state) => state.scenario);
  const language = useSettingsStore((state) => state.language);
  const nodes = useMemo(() => nodeOptions(scenario, language), [scenario, language]);
  const corridors = useMemo(() => {
    const list = getAt(scenario, ['corridors']);
    return Array.isArray(list) ? list.map((c) => String(getAt(c, ['id']))) : [];
  }, [scenario]);
  const [draft, setDraft] = useState<ServiceDraft>(() => initialDraft('sea', corridors[0] ?? ''));
  const [weekdays, setWeekdays] = useState('');
  const [status, setStatus] = useState<{ kind: 'added' | 'error'; text: string } | undefined>();
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const capacityLabel = draft.mode === 'air' ? t('service.capacityTonnes') : t('service.capacityTeu');
  const submit = async () => {
    const days = weekdays
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    const full: ServiceDraft = { ...draft, name: draft.name.trim() || draft.stops.join(' – ') };
    if (days.length > 0) full.weekdays = days;
    if (full.stops.length < 2) {
      setStatus({ kind: 'error', text: t('service.needStops') });
      return;
    }
    try {
      const { id, warnings } = await createService(full);
      setStatus({ kind: 'added', text: [t('service.added', { id }), ...warnings].join(' ') });
      setDraft(initialDraft(draft.mode, draft.corridor));
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <fieldset className="editor-row" data-testid="service-form">
      <legend>{t('service.new')}</legend>
      <SelectField
        id="service-mode"
        label={t('service.mode')}
        value={draft.mode}
        options={MODES.map((mode) => ({ value: mode, label: t(`mode.${mode}`) }))}
        onChange={(mode) => setDraft(initialDraft(mode as Mode, draft.corridor))}
      />
      <InputField
        id="service-name"
        label={t('service.name')}
        type="text"
        value={draft.name}
        onChange={(event) => set('name', event.currentTarget.value)}
      />
      <StopPicker nodes={nodes} stops={draft.stops} onChange={(stops) => set('stops', stops)} />
      <NumberInput
        id="service-frequency"
        label={t('service.perWeek')}
        value={draft.departuresPerWeek}
        onChange={(v) => set('departuresPerWeek', v)}
      />
      <InputField
        id="service-weekdays"
        label={t('service.weekdays')}
        type="text"
        placeholder="1, 4"
        value={weekdays}
        onChange={(event) => setWeekdays(event.currentTarget.value)}
      />
      <NumberInput
        id="service-capacity"
        label={capacityLabel}
        value={draft.capacity}
        onChange={(v) => set('capacity', v)}
      />
      <NumberInput
        id="service-speed"
        label={t('service.speed')}
        value={draft.speedKmh}
        onChange={(v) => set('speedKmh', v)}
      />
      <NumberInput
        id="service-cutoff"
        label={t('service.cutoff')}
        value={draft.cutoffHours}
        onChange={(v) => set('cutoffHours', v)}
      />
      <NumberInput
        id="service-rate"
        label={t('service.rate')}
        value={draft.ratePerUnitUsd}
        onChange={(v) => set('ratePerUnitUsd', v)}
      />
      {draft.mode === 'rail' && (
        <>
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={draft.scheduled}
                onChange={(event) => set('scheduled', event.currentTarget.checked)}
              />{' '}
              {t('service.scheduled')}
            </label>
          </div>
          <NumberInput
            id="service-return"
            label={t('service.returnShare')}
            value={draft.returnShare}
            onChange={(v) => set('returnShare', v)}
          />
        </>
      )}
      <SelectField
        id="service-corridor"
        label={t('service.corridor')}
        value={draft.corridor}
        options={corridors.map((id) => ({ value: id, label: id }))}
        onChange={(corridor) => set('corridor', corridor)}
      />
      <InputField
        id="service-from"
        label={t('service.from')}
        type="date"
        value={draft.from ?? ''}
        onChange={(event) => set('from', event.currentTarget.value || undefined)}
      />
      <InputField
        id="service-until"
        label={t('service.until')}
        type="date"
        value={draft.until ?? ''}
        onChange={(event) => set('until', event.currentTarget.value || undefined)}
      />
      <button type="button" onClick={() => void submit()} data-testid="service-add">
        {t('service.add')}
      </button>
      {status && (
        <p
          className={status.kind === 'error' ? 'error-text' : 'hint'}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </fieldset>
  );
}
