// Spreadsheets in and out: export the scenario's sheets as .xlsx or CSV, import an edited .xlsx.
// An import with problems lists each by sheet, row and column and leaves the scenario as it was.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbookIssue } from '../../../../sim-core/src/api/editorTypes.ts';
import {
  exportWorkbookCsv,
  exportWorkbookXlsx,
  importWorkbook,
  type WorkbookOutcome,
} from './workbookActions.ts';

function issueCell(issue: WorkbookIssue): string {
  if (!issue.sheet) return '';
  return `${issue.sheet}${issue.column !== undefined && issue.row !== undefined ? `!${issue.column}${issue.row}` : issue.row !== undefined ? ` ${issue.row}` : ''}`;
}

export function WorkbookSection() {
  const { t } = useTranslation('network');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WorkbookOutcome | { status: 'failed'; message: string }>();
  const act = (action: () => Promise<WorkbookOutcome>) => async () => {
    setBusy(true);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="editor-group" open>
      <summary>{t('workbook.title')}</summary>
      <p className="hint">{t('workbook.hint')}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={act(exportWorkbookXlsx)}>
          {t('workbook.exportXlsx')}
        </button>
        <button type="button" disabled={busy} onClick={act(exportWorkbookCsv)}>
          {t('workbook.exportCsv')}
        </button>
        <button type="button" disabled={busy} onClick={act(importWorkbook)} data-testid="workbook-import">
          {t('workbook.import')}
        </button>
      </div>
      {outcome?.status === 'imported' && (
        <p className="hint" role="status" data-testid="workbook-status">
          {t('workbook.imported')}
        </p>
      )}
      {outcome?.status === 'exported' && (
        <p className="hint" role="status">
          {t('workbook.exported', { count: outcome.files })}
        </p>
      )}
      {outcome?.status === 'failed' && (
        <p className="error-text" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.status === 'invalid' && (
        <div className="issue-list issue-list-alert" role="alert" data-testid="workbook-issues">
          <strong>{t('workbook.rejected', { count: outcome.issues.length })}</strong>
          <ul>
            {outcome.issues.map((issue, index) => (
              <li key={index}>
                <code>{issueCell(issue)}</code> {issue.header ? `(${issue.header}) ` : ''}
                {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
