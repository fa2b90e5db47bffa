// Moves the camera each frame from `cameraView` (and an active flyTo), eases the globe/flat
// morph, and sets the shared per-frame uniforms. Runs first in the frame; allocates nothing.
import { useFrame, type RootState } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector2, type PerspectiveCamera } from 'three';
import { computeCameraPose } from './cameraPose.ts';
import { frameClock, morphState, sceneUniforms } from './sceneUniforms.ts';
import { cameraFlight, cameraView, useMapStore } from '../state/useMapStore.ts';

/** Seconds the globe takes to unroll into the flat map. */
const MORPH_SECONDS = 1.2;

const position = new Float64Array(3);
const target = new Float64Array(3);
const up = new Float64Array(3);
const viewportScratch = new Vector2();

function smoothstep(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

function advanceFlight(nowMs: number): void {
  if (!cameraFlight.active) return;
  const f = smoothstep((nowMs - cameraFlight.startMs) / Math.max(1, cameraFlight.durationMs));
  let dLon = cameraFlight.toLon - cameraFlight.fromLon;
  if (dLon > 180) dLon -= 360;
  if (dLon < -180) dLon += 360;
  // Rise a little mid-flight over long hops, as a plane would, so the viewer keeps their bearings.
  const hop = Math.min(1.5, Math.hypot(dLon, cameraFlight.toLat - cameraFlight.fromLat) / 60);
  cameraView.lon = cameraFlight.fromLon + dLon * f;
  cameraView.lat = cameraFlight.fromLat + (cameraFlight.toLat - cameraFlight.fromLat) * f;
  cameraView.distance =
    cameraFlight.fromDistance +
    (cameraFlight.toDistance - cameraFlight.fromDistance) * f +
    hop * Math.sin(Math.PI * f);
  if (f >= 1) cameraFlight.active = false;
}

/** One frame of camera work: flight, morph, pose, per-frame uniforms. */
function updateCamera(state: RootState, deltaSeconds: number): void {
  const camera = state.camera as PerspectiveCamera;
  advanceFlight(frameClock.overrideMs ?? performance.now());
  const step = Math.min(0.1, deltaSeconds) / MORPH_SECONDS;
  if (morphState.value < morphState.target)
    morphState.value = Math.min(morphState.target, morphState.value + step);
  else if (morphState.value > morphState.target)
    morphState.value = Math.max(morphState.target, morphState.value - step);
  const flat = smoothstep(morphState.value);
  sceneUniforms.uFlat.value = flat;
  computeCameraPose(cameraView, flat, position, target, up);
  camera.position.set(position[0]!, position[1]!, position[2]!);
  camera.up.set(up[0]!, up[1]!, up[2]!);
  camera.lookAt(target[0]!, target[1]!, target[2]!);
  // Near and far follow the distance: depth precision where the eye is.
  camera.near = cameraView.distance * 0.02;
  camera.far = cameraView.distance + 4;
  camera.updateProjectionMatrix();
  const size = state.gl.getDrawingBufferSize(viewportScratch);
  sceneUniforms.uViewport.value.set(size.x / 2, size.y / 2);
  sceneUniforms.uPixelRatio.value = state.gl.getPixelRatio();
  sceneUniforms.uSeconds.value = state.clock.elapsedTime;
  // Keep drawing while the camera or the morph is still moving (the map renders on demand).
  if (cameraFlight.active || morphState.value !== morphState.target) state.invalidate();
}

export function CameraRig() {
  const viewMode = useMapStore((s) => s.viewMode);
  useEffect(() => {
    morphState.target = viewMode === 'flat' ? 1 : 0;
  }, [viewMode]);
  useFrame(updateCamera, -10);
  return null;
}
