// A modal dialog on the native <dialog> element: focus is trapped and Esc closes it.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Dialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  // Where focus was before the dialog opened: it goes back there on close, so a keyboard user
  // carries on from the control they were at.
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal?.();
    }
    if (!open && dialog.open) dialog.close?.();
    if (!open && returnFocus.current?.isConnected) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [open]);
  const titleId = `dialog-${title.replace(/\W+/g, '-')}`;
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} onCancel={onClose} className="dialog">
      <h2 id={titleId}>{title}</h2>
      {children}
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </dialog>
  );
}
