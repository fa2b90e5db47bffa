import { useEffect } from 'react';
import { shortcutAction } from './keyboardShortcuts.ts';
import { moveWithinTablist } from './tablistKeys.ts';

/** Listens for the workbench's shortcuts on the whole window. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Ctrl+Z in a text field is the field's own undo, not the scenario's.
      if (
        (event.ctrlKey || event.metaKey) &&
        ['z', 'y'].includes(event.key.toLowerCase()) &&
        (event.target as Element | null)?.closest?.('textarea')
      )
        return;
      if (!event.ctrlKey && !event.metaKey && !event.altKey && moveWithinTablist(event)) {
        event.preventDefault();
        return;
      }
      const action = shortcutAction(event);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
