import { useTranslation } from 'react-i18next';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { Dialog } from './Dialog.tsx';
import { SHORTCUTS } from './shortcutList.ts';

/** Every shortcut, opened with `?`. */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const open = useWorkbenchStore((state) => state.shortcutsOpen);
  const setOpen = useWorkbenchStore((state) => state.setShortcutsOpen);
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={() => setOpen(false)}>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{t(shortcut.labelKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
