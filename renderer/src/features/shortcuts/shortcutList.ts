/** Every keyboard shortcut, as shown in the "Keyboard shortcuts" dialog (labels are i18n keys). */
export const SHORTCUTS: readonly { keys: string; labelKey: string }[] = [
  { keys: 'Space', labelKey: 'shortcuts.playPause' },
  { keys: '← / →', labelKey: 'shortcuts.stepDay' },
  { keys: 'Shift + ← / →', labelKey: 'shortcuts.stepWeek' },
  { keys: 'Ctrl + Z', labelKey: 'shortcuts.undo' },
  { keys: 'Ctrl + Shift + Z / Ctrl + Y', labelKey: 'shortcuts.redo' },
  { keys: 'Ctrl + Enter', labelKey: 'shortcuts.run' },
  { keys: 'Ctrl + S', labelKey: 'shortcuts.save' },
  { keys: 'Ctrl + O', labelKey: 'shortcuts.open' },
  { keys: 'P', labelKey: 'shortcuts.presentation' },
  { keys: 'Esc', labelKey: 'shortcuts.escape' },
  { keys: '?', labelKey: 'shortcuts.help' },
  { keys: 'Tab → ← ↑ ↓ / + − / N', labelKey: 'shortcuts.map' },
  { keys: '← / → (tabs)', labelKey: 'shortcuts.tabs' },
];
