// Pointer input on the map: drag pans (left button) or tilts and turns (right button or
// shift-drag), the wheel zooms, hovering picks a node or link for the tooltip and a click pins
// it. The camera state is mutated directly (cameraView); React hears only about pick changes.
import { useEffect, useMemo, useRef, type PointerEvent, type RefObject } from 'react';
import { orbitView, panView, zoomViewAt } from './cameraPose.ts';
import type { MapModel } from './mapModel.ts';
import { pickAt, screenState } from './screenSpace.ts';
import { cameraFlight, cameraView, useMapStore } from '../state/useMapStore.ts';
import { requestMapFrame } from './renderOnDemand.ts';
import { setStyle } from './threeMutations.ts';
import { deliverEditPick } from './mapEditPick.ts';

/** A press that moves less than this (CSS px) is a click, not a drag. */
const CLICK_SLOP_PIXELS = 4;

/** Puts the tooltip beside the pointer, on the side where it fits inside the map. */
function placeTooltip(
  element: HTMLElement | null,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  if (!element) return;
  const gap = 14;
  const w = element.offsetWidth;
  const h = element.offsetHeight;
  const left = x + gap + w > width ? Math.max(0, x - gap - w) : x + gap;
  const top = y + gap + h > height ? Math.max(0, y - gap - h) : y + gap;
  setStyle(element, 'transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
}

export function useMapPointer(
  model: MapModel | undefined,
  region: RefObject<HTMLDivElement | null>,
  tooltip: RefObject<HTMLDivElement | null>,
) {
  const dragRef = useRef({ active: false, orbit: false, x: 0, y: 0, travelled: 0 });

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    // Wheel listeners must be non-passive to keep the page from scrolling while zooming.
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault();
      cameraFlight.active = false;
      const frame = element.getBoundingClientRect();
      zoomViewAt(
        cameraView,
        event.deltaMode === 1 ? event.deltaY * 30 : event.deltaY,
        event.clientX - frame.left - frame.width / 2,
        event.clientY - frame.top - frame.height / 2,
        frame.height,
        screenState.flat,
      );
      requestMapFrame();
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [region]);

  return useMemo(() => {
    const drag = dragRef.current;
    const local = (event: PointerEvent): { x: number; y: number } => {
      const frame = event.currentTarget.getBoundingClientRect();
      return { x: event.clientX - frame.left, y: event.clientY - frame.top };
    };
    return {
      onPointerDown: (event: PointerEvent<HTMLDivElement>) => {
        drag.active = true;
        drag.orbit = event.button === 2 || event.shiftKey;
        drag.x = event.clientX;
        drag.y = event.clientY;
        drag.travelled = 0;
        cameraFlight.active = false;
        event.currentTarget.setPointerCapture?.(event.pointerId);
      },
      onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
        if (drag.active) {
          const dx = event.clientX - drag.x;
          const dy = event.clientY - drag.y;
          drag.x = event.clientX;
          drag.y = event.clientY;
          drag.travelled += Math.abs(dx) + Math.abs(dy);
          if (drag.orbit) orbitView(cameraView, dx, dy);
          else panView(cameraView, dx, dy, event.currentTarget.clientHeight, screenState.flat);
          requestMapFrame();
          return;
        }
        if (!model) return;
        const { x, y } = local(event);
        useMapStore.getState().setHovered(pickAt(model, x, y, useMapStore.getState().layers));
        placeTooltip(
          tooltip.current,
          x,
          y,
          event.currentTarget.clientWidth,
          event.currentTarget.clientHeight,
        );
      },
      onPointerUp: (event: PointerEvent<HTMLDivElement>) => {
        const click = drag.active && drag.travelled < CLICK_SLOP_PIXELS && event.button === 0;
        drag.active = false;
        if (click) {
          const { x, y } = local(event);
          const frame = event.currentTarget;
          if (deliverEditPick(x, y, frame.clientWidth, frame.clientHeight) || !model) return;
          useMapStore.getState().setSelected(pickAt(model, x, y, useMapStore.getState().layers));
        }
      },
      onPointerLeave: () => {
        if (!drag.active) useMapStore.getState().setHovered(undefined);
      },
    };
  }, [model, tooltip]);
}
