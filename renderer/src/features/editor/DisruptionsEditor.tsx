// Disruptions: a terminal or border crossing at a fraction of its capacity for a date range
// (throttle-node interventions). Add, edit, remove; each field shows its validation message.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../sim-core/src/api/types.ts';
import { dateInputPattern, formatDateInput, parseDateInput } from '../../i18n/format.ts';
import { formatJsonPath, getAt } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore, type Language } from '../../state/useSettingsStore.ts';
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

/**
 * What a typed date stores: YYYY-MM-DD read in the language's order (31.12.2024 in Russian,
 * 31/12/2024 in English, 2024/12/31 in Chinese; ISO always), nothing for an empty optional
 * field, or null so that validation refuses the run while the field says what to type.
 */
export function storedDate(text: string, language: Language, optional: boolean): string | null | undefined {
  if (text.trim() === '' && optional) return undefined;
  return parseDateInput(text, language) ?? null;
}

/**
 * A date typed in the language's format, not the browser's (a native date input follows the
 * browser's locale: 12/31/2024 in a Russian interface). The typed text is kept while the field has
 * focus, as in NumberField, so a half-typed date is not rewritten under the cursor.
 */
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
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const value = useScenarioStore((state) => getAt(state.scenario, ['interventions', index, field]));
  const [draft, setDraft] = useState<{ base: unknown; text: string } | undefined>(undefined);
  const issues = assignment.byField.get(formatJsonPath(['interventions', index, field]));
  const id = `disruption-${index}-${field}`;
  const pattern = dateInputPattern(language, {
    year: t('media.dateLetters.year'),
    month: t('media.dateLetters.month'),
    day: t('media.dateLetters.day'),
  });
  const unreadable = value === null;
  const invalid = unreadable || Boolean(issues?.length);
  return (
    <div className={invalid ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder={pattern}
        value={
          draft !== undefined && Object.is(draft.base, value)
            ? draft.text
            : typeof value === 'string'
              ? formatDateInput(value, language)
              : ''
        }
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onBlur={() => setDraft(undefined)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          const stored = storedDate(text, language, field === 'to');
          setDraft({ base: stored, text });
          useScenarioStore.getState().edit(['interventions', index, field], stored);
        }}
      />
      <span id={`${id}-hint`} className="hint">
        {pattern}
      </span>
      {unreadable ? (
        <span className="error-text" role="alert">
          {t('editor.message.notDate', { pattern, example: formatDateInput('2025-03-31', language) })}
        </span>
      ) : (
        <FieldError issues={issues} />
      )}
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
