// The Experiments view: vary some of the editor's fields over a grid, a Latin hypercube or one at
// a time, with replications per point; run on the experiment pool with progress and cancel; see a
// tornado, response curves with 95 % bands and a sortable table; open any point as a new
// scenario; export the command line's CSV files; save and open the experiment file.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEditableNumber, formatNumber, parseLocaleNumber } from '../../i18n/format.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore, type Language } from '../../state/useSettingsStore.ts';
import { ResponseChart, TornadoChart, digitsFor } from './ExperimentCharts.tsx';
import { ExperimentTable } from './ExperimentTable.tsx';
import {
  cancelExperiment,
  exportExperimentCsv,
  openExperimentFile,
  runExperiment,
  saveExperimentFile,
} from './experimentActions.ts';
import {
  KPI_METRICS,
  expectedPoints,
  metricYears,
  parameterCandidates,
  pointEstimates,
  responseLines,
  tornado,
  type DesignKind,
  type ParameterCandidate,
  type ParameterSetting,
} from './experimentModel.ts';
import { LocaleNumberInput } from './LocaleNumberInput.tsx';
import { useExperimentStore, type ExperimentResults } from './useExperimentStore.ts';
import './experiments.css';

const DESIGNS: readonly DesignKind[] = ['grid', 'latin-hypercube', 'one-at-a-time'];

/** A parameter's label: the field's entity, label and unit, or its path when it is no field. */
function useParameterLabel(candidates: readonly ParameterCandidate[]): (path: string) => string {
  const { t } = useTranslation();
  return (path) => {
    const c = candidates.find((candidate) => candidate.path === path);
    return c ? `${c.entity}: ${t(c.labelKey)} (${t(c.unitKey)})` : path;
  };
}

function ValuesInput({
  setting,
  onCommit,
  label,
}: {
  setting: ParameterSetting;
  onCommit(values: number[]): void;
  label: string;
}) {
  const { t } = useTranslation('experiments');
  const language = useSettingsStore((state) => state.language);
  const [text, setText] = useState<string | undefined>(undefined);
  const [error, setError] = useState(false);
  const shown = text ?? setting.values.map((v) => formatEditableNumber(v, language)).join('; ');
  const commit = (): void => {
    if (text === undefined) return;
    const parts = text
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean);
    const values = parts.map((part) => parseLocaleNumber(part, language));
    if (values.length === 0 || values.some((v) => v === undefined)) {
      setError(true);
      return;
    }
    setError(false);
    setText(undefined);
    onCommit(values as number[]);
  };
  return (
    <label className={`field${error ? ' invalid' : ''}`}>
      {label}
      <input
        type="text"
        value={shown}
        data-testid="experiment-values"
        aria-invalid={error || undefined}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <span className={error ? 'error-text' : 'hint'}>{t('setup.valuesHint')}</span>
    </label>
  );
}

function ParameterEditor({
  index,
  setting,
  label,
}: {
  index: number;
  setting: ParameterSetting;
  label: string;
}) {
  const { t } = useTranslation('experiments');
  const setParameter = useExperimentStore((state) => state.setParameter);
  const removeParameter = useExperimentStore((state) => state.removeParameter);
  return (
    <fieldset className="experiment-parameter" data-testid="experiment-parameter">
      <legend>{label}</legend>
      <div role="radiogroup" aria-label={t('setup.valuesKind')} className="inline-options">
        {(['values', 'range'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={`parameter-${index}-kind`}
              checked={setting.kind === kind}
              onChange={() => setParameter(index, { kind })}
            />
            {t(`setup.kind.${kind}`)}
          </label>
        ))}
      </div>
      {setting.kind === 'values' ? (
        <ValuesInput
          setting={setting}
          label={t('setup.values')}
          onCommit={(values) => setParameter(index, { values })}
        />
      ) : (
        <div className="experiment-range">
          <LocaleNumberInput
            label={t('setup.from')}
            value={setting.from}
            onCommit={(from) => setParameter(index, { from: from ?? 0 })}
          />
          <LocaleNumberInput
            label={t('setup.to')}
            value={setting.to}
            onCommit={(to) => setParameter(index, { to: to ?? 0 })}
          />
          <LocaleNumberInput
            label={t('setup.count')}
            value={setting.count}
            integer
            min={2}
            max={1000}
            onCommit={(count) => setParameter(index, { count: count ?? 2 })}
          />
        </div>
      )}
      <button type="button" onClick={() => removeParameter(index)}>
        {t('setup.remove')}
      </button>
    </fieldset>
  );
}

function ParameterPicker({ candidates }: { candidates: readonly ParameterCandidate[] }) {
  const { t } = useTranslation('experiments');
  const { t: tw } = useTranslation();
  const settings = useExperimentStore((state) => state.settings);
  const addParameter = useExperimentStore((state) => state.addParameter);
  const [picked, setPicked] = useState('');
  const groups = [...new Set(candidates.map((c) => c.group))];
  const add = (): void => {
    const c = candidates.find((candidate) => candidate.path === picked);
    if (!c) return;
    const base = c.base === undefined ? 1 : Number((c.base * c.scale).toPrecision(12));
    const step = c.integer ? 1 : Math.abs(base) * 0.25 || 1;
    const low = Math.max(c.min, c.integer ? base - 1 : Number((base - step).toPrecision(6)));
    const high = c.integer ? base + 1 : Number((base + step).toPrecision(6));
    const used = new Set(settings.parameters.map((p) => p.id));
    let id = c.id;
    for (let n = 2; used.has(id); n++) id = `${c.id}-${n}`;
    addParameter({
      path: c.path,
      id,
      scale: c.scale,
      integer: c.integer,
      kind: 'values',
      values: [...new Set([low, base, high])],
      from: low,
      to: high,
      count: 3,
    });
    setPicked('');
  };
  return (
    <div className="experiment-picker">
      <label className="field">
        {t('setup.pick')}
        <select
          data-testid="experiment-pick"
          value={picked}
          onChange={(event) => setPicked(event.currentTarget.value)}
        >
          <option value="">{t('setup.pickNone')}</option>
          {groups.map((group) => (
            <optgroup key={group} label={tw(`editor.group.${group}`)}>
              {candidates
                .filter((c) => c.group === group && !settings.parameters.some((p) => p.path === c.path))
                .map((c) => (
                  <option key={c.path} value={c.path}>
                    {`${c.entity}: ${tw(c.labelKey)} (${tw(c.unitKey)})`}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!picked || settings.parameters.length >= 20}
        onClick={add}
        data-testid="experiment-add"
      >
        {t('setup.add')}
      </button>
    </div>
  );
}

function Setup({
  candidates,
  label,
}: {
  candidates: readonly ParameterCandidate[];
  label: (path: string) => string;
}) {
  const { t } = useTranslation('experiments');
  const settings = useExperimentStore((state) => state.settings);
  const setSettings = useExperimentStore((state) => state.setSettings);
  const running = useExperimentStore((state) => state.status.kind === 'running');
  const language = useSettingsStore((state) => state.language);
  return (
    <section aria-labelledby="experiment-setup-title">
      <h3 id="experiment-setup-title">{t('setup.title')}</h3>
      <ParameterPicker candidates={candidates} />
      {settings.parameters.map((setting, index) => (
        <ParameterEditor key={setting.path} index={index} setting={setting} label={label(setting.path)} />
      ))}
      <fieldset>
        <legend>{t('setup.design')}</legend>
        <div role="radiogroup" aria-label={t('setup.design')} className="inline-options">
          {DESIGNS.map((design) => (
            <label key={design}>
              <input
                type="radio"
                name="experiment-design"
                data-testid={`experiment-design-${design}`}
                checked={settings.design === design}
                onChange={() => setSettings({ design })}
              />
              {t(`design.${design}`)}
            </label>
          ))}
        </div>
        {settings.design === 'latin-hypercube' ? (
          <div className="experiment-range">
            <LocaleNumberInput
              label={t('setup.lhsPoints')}
              value={settings.lhsPoints}
              integer
              min={2}
              max={10000}
              onCommit={(lhsPoints) => setSettings({ lhsPoints: lhsPoints ?? 10 })}
            />
            <LocaleNumberInput
              label={t('setup.lhsSeed')}
              value={settings.lhsSeed}
              integer
              min={0}
              max={4294967295}
              onCommit={(lhsSeed) => setSettings({ lhsSeed: lhsSeed ?? 1 })}
            />
          </div>
        ) : null}
      </fieldset>
      <div className="experiment-range">
        <LocaleNumberInput
          label={t('setup.replications')}
          testId="experiment-replications"
          value={settings.replications}
          integer
          min={1}
          max={100}
          onCommit={(replications) => setSettings({ replications: replications ?? 1 })}
        />
        <LocaleNumberInput
          label={t('setup.seed')}
          value={settings.seed}
          integer
          min={0}
          max={4294967295}
          optional
          onCommit={(seed) => setSettings({ seed })}
        />
        <LocaleNumberInput
          label={t('setup.durationDays')}
          testId="experiment-duration"
          value={settings.durationDays}
          integer
          min={1}
          max={36500}
          optional
          onCommit={(durationDays) => setSettings({ durationDays })}
        />
      </div>
      <fieldset>
        <legend>{t('setup.metrics')}</legend>
        <div className="experiment-metrics">
          {KPI_METRICS.map((metric) => (
            <label key={metric}>
              <input
                type="checkbox"
                checked={settings.metrics.includes(metric)}
                onChange={(event) =>
                  setSettings({
                    metrics: event.currentTarget.checked
                      ? KPI_METRICS.filter((m) => m === metric || settings.metrics.includes(m))
                      : settings.metrics.filter((m) => m !== metric),
                  })
                }
              />
              {t(`metric.${metric}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">
        {t('setup.size', {
          points: formatNumber(expectedPoints(settings), language),
          runs: formatNumber(expectedPoints(settings) * settings.replications, language),
        })}
      </p>
      <div className="experiment-actions">
        <button
          type="button"
          className="primary"
          data-testid="experiment-run"
          disabled={running || settings.parameters.length === 0 || settings.metrics.length === 0}
          onClick={runExperiment}
        >
          {t('run')}
        </button>
        <button type="button" data-testid="experiment-cancel" disabled={!running} onClick={cancelExperiment}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}

function Status() {
  const { t } = useTranslation('experiments');
  const status = useExperimentStore((state) => state.status);
  const language = useSettingsStore((state) => state.language);
  if (status.kind === 'running')
    return (
      <div className="run-progress" role="status">
        <progress
          aria-label={t('progress')}
          max={1}
          value={status.fraction}
          data-testid="experiment-progress"
        />
        <span>
          {t('progressText', {
            percent: formatNumber(status.fraction * 100, language),
            done: formatNumber(status.pointsDone, language),
            points: formatNumber(status.points, language),
          })}
        </span>
      </div>
    );
  if (status.kind === 'invalid')
    return (
      <div role="alert" className="experiment-issues">
        <p>{t('invalid')}</p>
        <ul>
          {status.issues.map((issue, i) => (
            <li key={i}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      </div>
    );
  if (status.kind === 'failed')
    return (
      <p role="alert" className="error-text">
        {t('failed', { message: status.message })}
      </p>
    );
  return null;
}

function Results({
  results,
  label,
  language,
}: {
  results: ExperimentResults;
  label: (path: string) => string;
  language: Language;
}) {
  const { t } = useTranslation('experiments');
  const { outline } = results;
  const [metric, setMetric] = useState(outline.metrics[0] ?? '');
  const years = metricYears(results.results, metric);
  const [yearChoice, setYear] = useState<number | undefined>(undefined);
  const year = yearChoice !== undefined && years.includes(yearChoice) ? yearChoice : years.at(-1);
  const [parameter, setParameter] = useState(0);
  const estimates = pointEstimates(outline, results.results, metric, year);
  const kpiLabel = `${t(`metric.${metric}`, { defaultValue: metric })}${year === undefined ? '' : `, ${year}`}`;
  const parameterLabel = (p: number): string => label(outline.parameters[p]?.path ?? '');
  const sensitivity = outline.design.kind === 'one-at-a-time' ? tornado(outline, estimates) : undefined;
  const lines = responseLines(outline, estimates, Math.min(parameter, outline.parameters.length - 1));
  const p = Math.min(parameter, outline.parameters.length - 1);
  const digits = digitsFor(Math.max(...estimates.map((e) => Math.abs(e.mean)).filter(Number.isFinite), 1));
  return (
    <section aria-labelledby="experiment-results-title" data-testid="experiment-results">
      <h3 id="experiment-results-title">
        {t('results.title', { points: outline.points.length, replications: outline.replications })}
      </h3>
      <div className="experiment-range">
        <label className="field">
          {t('results.metric')}
          <select
            value={metric}
            onChange={(event) => setMetric(event.currentTarget.value)}
            data-testid="experiment-metric"
          >
            {outline.metrics.map((m) => (
              <option key={m} value={m}>
                {t(`metric.${m}`, { defaultValue: m })}
              </option>
            ))}
          </select>
        </label>
        {years.length > 1 ? (
          <label className="field">
            {t('results.year')}
            <select value={year} onChange={(event) => setYear(Number(event.currentTarget.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field">
          {t('results.along')}
          <select
            value={p}
            onChange={(event) => setParameter(Number(event.currentTarget.value))}
            data-testid="experiment-along"
          >
            {outline.parameters.map((param, i) => (
              <option key={param.id} value={i}>
                {parameterLabel(i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {sensitivity ? (
        <TornadoChart
          base={sensitivity.base}
          bars={sensitivity.bars}
          parameterLabel={parameterLabel}
          kpiLabel={kpiLabel}
          language={language}
        />
      ) : null}
      <ResponseChart
        lines={lines}
        parameter={p}
        parameterLabel={parameterLabel(p)}
        kpiLabel={kpiLabel}
        language={language}
        lineLabel={(line) =>
          line.others
            .map(
              (o) => `${outline.parameters[o.parameter]?.id ?? ''} = ${formatNumber(o.value, language, 4)}`,
            )
            .join(', ')
        }
      />
      <ExperimentTable outline={outline} estimates={estimates} kpiLabel={kpiLabel} digits={digits} />
      <div className="experiment-actions">
        <button type="button" data-testid="experiment-export" onClick={() => void exportExperimentCsv()}>
          {t('export')}
        </button>
      </div>
    </section>
  );
}

export function ExperimentsPanel() {
  const { t } = useTranslation('experiments');
  const scenario = useScenarioStore((state) => state.scenario);
  const language = useSettingsStore((state) => state.language);
  const results = useExperimentStore((state) => state.results);
  const candidates = useMemo(() => parameterCandidates(scenario, language), [scenario, language]);
  const label = useParameterLabel(candidates);
  return (
    <div className="experiments-panel">
      <div className="experiment-actions">
        <button type="button" onClick={() => void openExperimentFile(candidates)}>
          {t('file.open')}
        </button>
        <button type="button" onClick={saveExperimentFile}>
          {t('file.save')}
        </button>
      </div>
      <p className="hint">{t('intro')}</p>
      <Setup candidates={candidates} label={label} />
      <Status />
      {results ? (
        <Results key={results.outline.experimentHash} results={results} label={label} language={language} />
      ) : null}
    </div>
  );
}
