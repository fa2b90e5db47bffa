// The network editor's form fields: a label, its input (or select) and the problems with it beside
// it, laid out as the editor's other fields are. The scenario-bound ones read and write one JSON
// path through the scenario store (each change an undo step, typing coalesced) and show the
// validator's messages for that path.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { formatJsonPath, getAt, type JsonPath } from '../../state/scenarioPath.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useValidationStore } from '../../state/useValidationStore.ts';

/** The validator's messages for `path` and below it. */
export function usePathIssues(path: JsonPath): string[] {
  const issues = useValidationStore((state) => state.issues);
  const key = formatJsonPath(path);
  return issues
    .filter(
      (issue) => issue.path === key || issue.path.startsWith(`${key}.`) || issue.path.startsWith(`${key}[`),
    )
    .map((issue) => issue.message);
}

/** An id for the input of a JSON path. */
export const fieldId = (path: JsonPath): string =>
  `svc-${formatJsonPath(path).replace(/[^A-Za-z0-9]+/g, '-')}`;

/** A labelled field with the problems with it beside it (marked invalid for assistive tech). */
export function FieldFrame({
  id,
  label,
  problems = [],
  children,
}: {
  id: string;
  label: string;
  problems?: readonly string[] | undefined;
  children: ReactNode;
}) {
  return (
    <div className={problems.length ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {problems.length > 0 && (
        <span className="error-text" role="alert" id={`${id}-problems`}>
          {problems.join(' ')}
        </span>
      )}
    </div>
  );
}

export function InputField({
  id,
  label,
  problems,
  ...input
}: { id: string; label: string; problems?: readonly string[] } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} problems={problems}>
      <input id={id} aria-invalid={problems !== undefined && problems.length > 0} {...input} />
    </FieldFrame>
  );
}

export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  problems,
}: {
  id: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange(value: string): void;
  problems?: readonly string[];
}) {
  return (
    <FieldFrame id={id} label={label} problems={problems}>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A number at a JSON path; text that is not a number is written as null for the validator to name. */
export function ScenarioNumberField({ path, label }: { path: JsonPath; label: string }) {
  const value = useScenarioStore((state) => getAt(state.scenario, path));
  const problems = usePathIssues(path);
  return (
    <InputField
      id={fieldId(path)}
      label={label}
      type="text"
      inputMode="decimal"
      data-path={formatJsonPath(path)}
      value={typeof value === 'number' ? String(value) : ''}
      problems={problems}
      onChange={(event) => {
        const text = event.currentTarget.value.trim();
        useScenarioStore
          .getState()
          .edit(path, text === '' || !Number.isFinite(Number(text)) ? null : Number(text));
      }}
    />
  );
}

/** A text at a JSON path. */
export function ScenarioTextField({ path, label }: { path: JsonPath; label: string }) {
  const value = useScenarioStore((state) => getAt(state.scenario, path));
  return (
    <InputField
      id={fieldId(path)}
      label={label}
      type="text"
      data-path={formatJsonPath(path)}
      value={typeof value === 'string' ? value : ''}
      problems={usePathIssues(path)}
      onChange={(event) => useScenarioStore.getState().edit(path, event.currentTarget.value)}
    />
  );
}

/** One of `options` at a JSON path. */
export function ScenarioSelectField({
  path,
  label,
  options,
}: {
  path: JsonPath;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  const value = useScenarioStore((state) => getAt(state.scenario, path));
  return (
    <SelectField
      id={fieldId(path)}
      label={label}
      value={typeof value === 'string' ? value : ''}
      options={options}
      problems={usePathIssues(path)}
      onChange={(next) => useScenarioStore.getState().edit(path, next)}
    />
  );
}

/** A yes/no at a JSON path. */
export function ScenarioCheckboxField({ path, label }: { path: JsonPath; label: string }) {
  const value = useScenarioStore((state) => getAt(state.scenario, path));
  const problems = usePathIssues(path);
  return (
    <div className={problems.length ? 'field invalid' : 'field'}>
      <label>
        <input
          type="checkbox"
          data-path={formatJsonPath(path)}
          checked={value === true}
          onChange={(event) => useScenarioStore.getState().edit(path, event.currentTarget.checked)}
        />{' '}
        {label}
      </label>
      {problems.length > 0 && (
        <span className="error-text" role="alert">
          {problems.join(' ')}
        </span>
      )}
    </div>
  );
}
