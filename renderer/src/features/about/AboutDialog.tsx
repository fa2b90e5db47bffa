import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSimClient } from '../../sim-client/simClient.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { CalibrationTable } from '../calibration/CalibrationTable.tsx';
import { Dialog } from '../shortcuts/Dialog.tsx';

/** About: the engine version, what reproduces the current result, and the model's calibration and scope. */
export function AboutDialog() {
  const { t } = useTranslation();
  const open = useWorkbenchStore((state) => state.aboutOpen);
  const setOpen = useWorkbenchStore((state) => state.setAboutOpen);
  const provenance = useRunStore((state) => state.result?.provenance);
  const [engineVersion, setEngineVersion] = useState<string>();
  useEffect(() => {
    if (open && engineVersion === undefined) void getSimClient().engineVersion().then(setEngineVersion);
  }, [open, engineVersion]);
  return (
    <Dialog open={open} title={t('about.title')} onClose={() => setOpen(false)}>
      <p>{t('about.text')}</p>
      <dl>
        <dt>{t('about.engine')}</dt>
        <dd data-testid="engine-version">{engineVersion ?? '…'}</dd>
        {provenance && (
          <>
            <dt>{t('about.scenarioHash')}</dt>
            <dd>
              <code>{provenance.scenarioHash.slice(0, 16)}</code>
            </dd>
            <dt>{t('about.seed')}</dt>
            <dd>{provenance.seed}</dd>
          </>
        )}
      </dl>
      <CalibrationTable />
    </Dialog>
  );
}
