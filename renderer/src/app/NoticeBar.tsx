// One-line notices: a file opened or saved, a recovered edit (with the way back to the built-in),
// an export, a failure. Text comes from i18n keys, so it follows a language switch.
import { useTranslation } from 'react-i18next';
import { loadDefaultBuiltin } from '../features/library/scenarioActions.ts';
import { clearAutosave } from '../platform/autosave.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';

async function discardRestoredEdit(): Promise<void> {
  clearAutosave();
  useWorkbenchStore.getState().showNotice(undefined);
  await loadDefaultBuiltin();
}

export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useWorkbenchStore((state) => state.notice);
  const showNotice = useWorkbenchStore((state) => state.showNotice);
  if (!notice) return null;
  const restored = notice.key === 'library.restored' || notice.key === 'library.recovered';
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span>{t(notice.key, notice.values ?? {})}</span>
      {restored && (
        <button type="button" onClick={() => void discardRestoredEdit()}>
          {t('library.discard')}
        </button>
      )}
      <button
        type="button"
        className="close"
        aria-label={t('common.dismiss')}
        onClick={() => showNotice(undefined)}
      >
        ×
      </button>
    </div>
  );
}
