// Takes a newly loaded run into the scene: the route texture every layer samples, the timeline's
// axis, and a cleared selection. Rendered inside the Canvas, so this happens in the same commit
// as the layers taking the new model, in layout effects: the map draws the new run in one frame,
// instead of a frame of the old layers over the new routes, then more as the rest catches up.
import { useLayoutEffect } from 'react';
import { DataTexture, FloatType, NearestFilter, RGBAFormat } from 'three';
import type { MapModel } from './mapModel.ts';
import { requestMapFrame } from './renderOnDemand.ts';
import { sceneUniforms } from './sceneUniforms.ts';
import { markSceneModel } from './testHooks.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { useTimelineStore } from '../state/useTimelineStore.ts';

function useRouteTexture(model: MapModel): void {
  useLayoutEffect(() => {
    const { data, width, height } = model.route;
    const texture = new DataTexture(data, width, height, RGBAFormat, FloatType);
    texture.minFilter = NearestFilter;
    texture.magFilter = NearestFilter;
    texture.needsUpdate = true;
    sceneUniforms.uRoutes.value = texture;
    requestMapFrame();
    return () => {
      if (sceneUniforms.uRoutes.value === texture) sceneUniforms.uRoutes.value = null;
      texture.dispose();
    };
  }, [model]);
}

export function LoadedRun({ model }: { model: MapModel }) {
  useRouteTexture(model);
  useLayoutEffect(() => {
    const s = model.source;
    useTimelineStore.getState().configure({
      startDate: s.startDate,
      startHours: s.weekStartHours[0] ?? 0,
      durationHours: s.durationHours,
      weekStartHours: s.weekStartHours,
    });
    useMapStore.getState().setSelected(undefined);
    useMapStore.getState().setHovered(undefined);
    markSceneModel(model);
    return () => markSceneModel(undefined);
  }, [model]);
  return null;
}
