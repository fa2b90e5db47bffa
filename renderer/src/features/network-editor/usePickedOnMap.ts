// Takes picks from the map while `active`: each new pick (node or point) is handed to `onPick`.
// Turning it off (or unmounting) gives the map's clicks back to selection.
import { useEffect, useRef } from 'react';
import { useMapEditStore, type MapEditPick, type PickMode } from '../../state/useMapEditStore.ts';

export function usePickedOnMap(mode: PickMode, active: boolean, onPick: (pick: MapEditPick) => void): void {
  const handler = useRef(onPick);
  useEffect(() => {
    handler.current = onPick;
  });
  useEffect(() => {
    if (!active) return undefined;
    const store = useMapEditStore;
    store.getState().setPicking(mode);
    const seen = store.getState().lastPick?.serial ?? 0;
    const unsubscribe = store.subscribe((state) => {
      if (state.lastPick && state.lastPick.serial > seen && state.lastPick !== undefined)
        handler.current(state.lastPick);
    });
    return () => {
      unsubscribe();
      if (store.getState().picking === mode) store.getState().setPicking(undefined);
    };
  }, [mode, active]);
}
