// The map by keyboard, once it has focus (Tab reaches it): arrows pan, Shift + arrows tilt and
// turn, + and − zoom, Home flies back to Qingdao, N / Shift + N select the next / previous node
// (in order of importance) and fly to it, Esc clears the selection.
import type { KeyboardEvent } from 'react';
import { orbitView, panView, zoomView } from './cameraPose.ts';
import type { MapModel } from './mapModel.ts';
import { requestMapFrame } from './renderOnDemand.ts';
import { screenState } from './screenSpace.ts';
import { cameraFlight, cameraView, HOME_VIEW, useMapStore } from '../state/useMapStore.ts';

/** Pixels a key press pans, and the wheel delta a key press zooms by. */
const PAN_PIXELS = 60;
const ZOOM_DELTA = 160;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [PAN_PIXELS, 0],
  ArrowRight: [-PAN_PIXELS, 0],
  ArrowUp: [0, PAN_PIXELS],
  ArrowDown: [0, -PAN_PIXELS],
};

function selectNext(model: MapModel, step: 1 | -1): void {
  const order = model.majorNodes;
  if (order.length === 0) return;
  const selected = useMapStore.getState().selected;
  const at = selected?.kind === 'node' ? order.indexOf(selected.index) : -1;
  const next = order[(at + step + order.length) % order.length]!;
  const node = model.source.nodes[next]!;
  useMapStore.getState().setSelected({ kind: 'node', index: next });
  useMapStore
    .getState()
    .flyTo({ lon: node.lon, lat: node.lat, distance: Math.min(cameraView.distance, 0.6) }, 800);
}

/** Handles a key on the focused map; true when the key was the map's. */
export function mapKey(event: KeyboardEvent<HTMLElement>, model: MapModel | undefined): boolean {
  const arrow = ARROWS[event.key];
  const height = event.currentTarget.clientHeight;
  cameraFlight.active = false;
  if (arrow && event.shiftKey) orbitView(cameraView, -arrow[0] / 4, -arrow[1] / 4);
  else if (arrow) panView(cameraView, arrow[0], arrow[1], height, screenState.flat);
  else if (event.key === '+' || event.key === '=') zoomView(cameraView, -ZOOM_DELTA);
  else if (event.key === '-' || event.key === '_') zoomView(cameraView, ZOOM_DELTA);
  else if (event.key === 'Home') useMapStore.getState().flyTo(HOME_VIEW);
  else if ((event.key === 'n' || event.key === 'N') && model) selectNext(model, event.shiftKey ? -1 : 1);
  else if (event.key === 'Escape' && useMapStore.getState().selected)
    useMapStore.getState().setSelected(undefined);
  else return false;
  requestMapFrame();
  return true;
}
