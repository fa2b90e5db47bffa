// The keyboard: what each key does, as a pure function from the event to an action, so it can be
// tested without a DOM. Playback keys are inactive while typing in a field.
import { timeline } from '../../state/mapBridge.ts';
import { openScenario, saveScenario } from '../library/scenarioActions.ts';
import { leavePresentation, togglePresentation } from '../presentation/presentationActions.ts';
import { runWorkingScenario } from '../runner/runController.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** True when the event comes from somewhere the user types (inputs, selects, text areas, editors). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  return element.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** The action for a key press, or undefined when the key is not a shortcut here. */
export function shortcutAction(event: KeyLike): (() => void) | undefined {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const workbench = useWorkbenchStore.getState();
  if (event.key === 'Escape') {
    if (workbench.shortcutsOpen) return () => workbench.setShortcutsOpen(false);
    if (workbench.aboutOpen) return () => workbench.setAboutOpen(false);
    if (workbench.presentation) return leavePresentation;
    return undefined;
  }
  if (mod && !event.altKey) {
    if (key === 'z' && !event.shiftKey) return () => useScenarioStore.getState().undo();
    if ((key === 'z' && event.shiftKey) || key === 'y') return () => useScenarioStore.getState().redo();
    if (key === 'enter') return () => void runWorkingScenario();
    if (key === 's') return () => void saveScenario(event.shiftKey);
    if (key === 'o') return () => void openScenario();
    return undefined;
  }
  // Plain keys act on playback; in a text field they are the user's typing.
  if (isTypingTarget(event.target) || event.altKey) return undefined;
  if (event.key === '?') return () => workbench.setShortcutsOpen(true);
  // P, not F5: F5 is the browser's reload, which a user expects to keep.
  if (key === 'p') return togglePresentation;
  const playback = timeline();
  if (event.key === ' ') return () => playback.toggle();
  if (event.key === 'ArrowRight') return () => playback.stepDays(event.shiftKey ? 7 : 1);
  if (event.key === 'ArrowLeft') return () => playback.stepDays(event.shiftKey ? -7 : -1);
  return undefined;
}
