import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../sim-core/src/api/types.ts';
import { issueText } from './translateIssue.ts';
import { showIssueField } from './showIssueField.ts';

/** Validation issues with their JSON paths. */
export function IssueList({
  title,
  issues,
  role = 'alert',
}: {
  title: string;
  issues: readonly ValidationIssue[];
  /** 'status' for warnings, which do not stop a run. */
  role?: 'alert' | 'status';
}) {
  const { t } = useTranslation();
  return (
    <div className={`issue-list issue-list-${role}`} role={role}>
      <strong>{title}</strong>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <button type="button" className="link" onClick={() => showIssueField(issue.path)}>
              <code>{issue.path || '(root)'}</code>
            </button>{' '}
            {issueText(issue, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}
