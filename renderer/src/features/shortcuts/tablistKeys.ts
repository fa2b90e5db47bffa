// Arrow keys within a tab list (WAI-ARIA tabs pattern): Left/Right move to the previous/next tab
// and select it, Home/End to the first/last; focus follows. One handler for every tab list.

/** Handles a key on a tab; true when it moved. */
export function moveWithinTablist(event: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  const tab = (event.target as Element | null)?.closest?.('[role="tab"]');
  const list = tab?.closest('[role="tablist"]');
  if (!tab || !list) return false;
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const index = tabs.indexOf(tab as HTMLElement);
  const last = tabs.length - 1;
  const next =
    event.key === 'ArrowRight'
      ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft'
        ? (index + last) % tabs.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : -1;
  const target = tabs[next];
  if (next < 0 || !target) return false;
  target.focus();
  target.click();
  return true;
}
