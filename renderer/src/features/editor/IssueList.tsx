import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../sim-core/src/api/types.ts';
import { issueText } from './translateIssue.ts';

/** Validation issues with their JSON paths. */
export function IssueList({ title, issues }: { title: string; issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation();
  return (
    <div className="issue-list" role="alert">
      <strong>{title}</strong>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <code>{issue.path || '(root)'}</code> {issueText(issue.message, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}
