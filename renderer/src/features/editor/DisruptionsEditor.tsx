// Disruptions: a terminal or border crossing at a fraction of its capacity for a date range
// (throttle-node interventions). Add, edit, remove; each field shows its validation message.
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../sim-core/src/api/types.ts';
import { formatJsonPath, getAt } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import type { IssueAssignment } from './fieldPaths.ts';
import { NumberField } from './NumberField.tsx';
import { issueText } from './translateIssue.ts';

interface NodeOption {
  id: string;
  name: string;
}

const DEFAULT_OFFSET_DAYS = 30;
const DEFAULT_LENGTH_DAYS = 30;

/** An ISO date `days` later (UTC, so no time zone shifts it). */
export function addDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function FieldError({ issues }: { issues: readonly ValidationIssue[] | undefined }) {
  const { t } = useTranslation();
  if (!issues?.length) return null;
  return (
    <span className="error-text" role="alert">
      {issues.map((issue) => issueText(issue, t)).join(' ')}
    </span>
  );
}

function DateField({
  index,
  field,
  label,
  assignment,
}: {
  index: number;
  field: 'from' | 'to';
  label: string;
  assignment: IssueAssignment;
}) {
  const value = useScenarioStore((state) => getAt(state.scenario, ['interventions', index, field]));
  const issues = assignment.byField.get(formatJsonPath(['interventions', index, field]));
  return (
    <div className={issues?.length ? 'field invalid' : 'field'}>
      <label htmlFor={`disruption-${index}-${field}`}>{label}</label>
      <input
        id={`disruption-${index}-${field}`}
        type="date"
        value={typeof value === 'string' ? value : ''}
        aria-invalid={Boolean(issues?.length)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          useScenarioStore
            .getState()
            .edit(['interventions', index, field], text === '' && field === 'to' ? undefined : text);
        }}
      />
      <FieldError issues={issues} />
    </div>
  );
}

function DisruptionRow({
  index,
  nodes,
  assignment,
}: {
  index: number;
  nodes: NodeOption[];
  assignment: IssueAssignment;
}) {
  const { t } = useTranslation();
  const node = useScenarioStore((state) => getAt(state.scenario, ['interventions', index, 'node']));
  const nodeIssues = assignment.byField.get(formatJsonPath(['interventions', index, 'node']));
  const remove = () => {
    const list = asArray(getAt(useScenarioStore.getState().scenario, ['interventions']));
    useScenarioStore.getState().edit(
      ['interventions'],
      list.filter((_, i) => i !== index),
    );
  };
  return (
    <fieldset className="editor-row disruption">
      <legend>{t('editor.disruption.title', { number: index + 1 })}</legend>
      <div className="field">
        <label htmlFor={`disruption-${index}-node`}>{t('editor.disruption.node')}</label>
        <select
          id={`disruption-${index}-node`}
          value={typeof node === 'string' ? node : ''}
          onChange={(event) =>
            useScenarioStore.getState().edit(['interventions', index, 'node'], event.currentTarget.value)
          }
        >
          {nodes.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
        <FieldError issues={nodeIssues} />
      </div>
      <DateField index={index} field="from" label={t('editor.disruption.from')} assignment={assignment} />
      <DateField index={index} field="to" label={t('editor.disruption.to')} assignment={assignment} />
      <NumberField
        spec={{
          path: ['interventions', index, 'factor'],
          key: formatJsonPath(['interventions', index, 'factor']),
          labelKey: 'editor.disruption.capacity',
          unitKey: 'units.percentOfCapacity',
          min: 0,
          max: undefined,
          minExclusive: false,
          integer: false,
          scale: 100,
        }}
        issues={assignment.byField.get(formatJsonPath(['interventions', index, 'factor']))}
      />
      <button type="button" onClick={remove}>
        {t('editor.disruption.remove')}
      </button>
    </fieldset>
  );
}

export function DisruptionsEditor({ assignment }: { assignment: IssueAssignment }) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const scenario = useScenarioStore((state) => state.scenario);
  const interventions = asArray(getAt(scenario, ['interventions']));
  const nodes: NodeOption[] = asArray(getAt(scenario, ['nodes'])).flatMap((node) => {
    const id = getAt(node, ['id']);
    const name = getAt(node, ['name', language]);
    return typeof id === 'string' ? [{ id, name: typeof name === 'string' ? name : id }] : [];
  });
  const add = () => {
    // A valid starting point: a month in, for a month, at half capacity; the planner adjusts it.
    const start = getAt(scenario, ['startDate']);
    const from = addDays(typeof start === 'string' ? start : '2025-01-01', DEFAULT_OFFSET_DAYS);
    const disruption = {
      kind: 'throttle-node',
      node: nodes[0]?.id ?? '',
      from,
      to: addDays(from, DEFAULT_LENGTH_DAYS),
      factor: 0.5,
    };
    useScenarioStore.getState().edit(['interventions'], [...interventions, disruption]);
  };
  return (
    <details className="editor-group" open>
      <summary>{t('editor.group.disruptions')}</summary>
      {interventions.map((intervention, index) =>
        getAt(intervention, ['kind']) === 'throttle-node' ? (
          <DisruptionRow key={index} index={index} nodes={nodes} assignment={assignment} />
        ) : null,
      )}
      <button type="button" onClick={add} disabled={nodes.length === 0}>
        {t('editor.disruption.add')}
      </button>
    </details>
  );
}
