// "Show the problem": from a refused run (or an issue in a list) to the field that holds the
// value, in the form editor: its group is opened, the field scrolled into view and focused, so the
// planner can type the fix at once. An issue no field shows leads to the list of other issues.
import { useValidationStore } from '../../state/useValidationStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { fieldForIssue } from './fieldPaths.ts';

/** Frames to wait for the editor to render after its tab opens (it renders time-sliced). */
const MAX_WAIT_FRAMES = 60;

function focusField(issuePath: string, framesLeft = MAX_WAIT_FRAMES): void {
  const inputs = [...document.querySelectorAll<HTMLElement>('[data-path]')];
  if (inputs.length === 0 && framesLeft > 0) {
    requestAnimationFrame(() => focusField(issuePath, framesLeft - 1));
    return;
  }
  const field = fieldForIssue(
    issuePath,
    inputs.map((input) => input.dataset['path'] ?? ''),
  );
  const target =
    inputs.find((input) => input.dataset['path'] === field) ??
    document.querySelector<HTMLElement>('.scenario-editor .issue-list');
  if (!target) return;
  for (let parent = target.parentElement; parent; parent = parent.parentElement)
    if (parent instanceof HTMLDetailsElement) parent.open = true;
  if (!target.hasAttribute('tabindex') && !(target instanceof HTMLInputElement)) target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/** Opens the form editor at the field of `issuePath` (default: the first issue). */
export function showIssueField(issuePath?: string): void {
  const path = issuePath ?? useValidationStore.getState().issues[0]?.path;
  if (path === undefined) return;
  useWorkbenchStore.getState().setTab('editor');
  // The editor renders on the next frame when another tab was open.
  requestAnimationFrame(() => focusField(path));
}
