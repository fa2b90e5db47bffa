// The video export dialog: the form (loaded on first opening, with the encoder: VideoForm.tsx),
// then progress with Cancel.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../i18n/format.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { Dialog } from '../shortcuts/Dialog.tsx';
import { useVideoExportStore } from './useVideoExportStore.ts';

const VideoForm = lazy(() => import('./VideoForm.tsx'));

/** Stops a recording; the recorder is loaded by then if one is going on. */
function cancelRecording(): void {
  void import('./recordVideo.ts').then((recorder) => recorder.cancelRecording());
}

function Progress() {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const progress = useVideoExportStore((s) => s.progress);
  const outcome = useVideoExportStore((s) => s.outcome);
  return (
    <>
      {progress && (
        <div className="row">
          <progress max={progress.total} value={progress.done} aria-label={t('media.progress')} />
          <span>{formatPercent(progress.done / progress.total, language, 0)}</span>
          <button type="button" onClick={cancelRecording}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {outcome && (
        <p role="status" data-testid="video-outcome">
          {t(outcome.key, outcome.values ?? {})}
        </p>
      )}
    </>
  );
}

export function VideoExportDialog() {
  const { t } = useTranslation();
  const open = useVideoExportStore((s) => s.open);
  return (
    <Dialog
      open={open}
      title={t('media.videoTitle')}
      onClose={() => {
        cancelRecording();
        useVideoExportStore.getState().setOpen(false);
      }}
    >
      {open && (
        <Suspense fallback={<p className="hint">{t('media.loading')}</p>}>
          <VideoForm />
        </Suspense>
      )}
      <Progress />
    </Dialog>
  );
}
