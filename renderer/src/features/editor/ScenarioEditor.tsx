// The form editor: the planner's levers by group, each field with its message, plus the
// disruptions and a list of issues no field shows (so nothing is hidden).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { useValidationStore } from '../../state/useValidationStore.ts';
import { DisruptionsEditor } from './DisruptionsEditor.tsx';
import { allFieldPaths, editorFieldGroups, type FieldGroup } from './editorFields.ts';
import { assignIssues, type IssueAssignment } from './fieldPaths.ts';
import { NumberField } from './NumberField.tsx';
import { IssueList } from './IssueList.tsx';

function GroupSection({ group, assignment }: { group: FieldGroup; assignment: IssueAssignment }) {
  const { t } = useTranslation();
  return (
    <details className="editor-group" open={group.id === 'corridors' || group.id === 'rail'}>
      <summary>{t(`editor.group.${group.id}`)}</summary>
      {group.rows.map((row, index) => (
        <fieldset key={`${row.name}-${index}`} className="editor-row">
          <legend>{row.name}</legend>
          {row.fields.map((spec) => (
            <NumberField key={spec.key} spec={spec} issues={assignment.byField.get(spec.key)} />
          ))}
        </fieldset>
      ))}
    </details>
  );
}

export function ScenarioEditor() {
  const { t } = useTranslation();
  const scenario = useScenarioStore((state) => state.scenario);
  const language = useSettingsStore((state) => state.language);
  const issues = useValidationStore((state) => state.issues);
  const status = useValidationStore((state) => state.status);
  const warnings = useValidationStore((state) => state.warnings);
  const groups = useMemo(() => editorFieldGroups(scenario, language), [scenario, language]);
  const assignment = useMemo(
    () => assignIssues(issues, allFieldPaths(groups, scenario)),
    [issues, groups, scenario],
  );
  if (scenario === undefined) return <p className="hint">{t('editor.noScenario')}</p>;
  return (
    <div className="scenario-editor">
      <p className="hint" data-testid="validation-status">
        {t(`validation.status.${status}`, { count: issues.length })}
      </p>
      {warnings.length > 0 && <IssueList title={t('validation.warnings')} issues={warnings} role="status" />}
      {assignment.unassigned.length > 0 && (
        <IssueList title={t('validation.otherIssues')} issues={assignment.unassigned} />
      )}
      {groups.map((group) => (
        <GroupSection key={group.id} group={group} assignment={assignment} />
      ))}
      <DisruptionsEditor assignment={assignment} />
    </div>
  );
}
