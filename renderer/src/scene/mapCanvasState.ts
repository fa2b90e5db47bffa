// The live map canvas (set by MapView when its canvas is created): what image and video export
// render from, and what the presentation story measures to frame its corridors.
import type { RootState } from '@react-three/fiber';
import type { Camera, Scene, WebGLRenderer } from 'three';

export const mapCanvasState = {
  gl: undefined as WebGLRenderer | undefined,
  scene: undefined as Scene | undefined,
  camera: undefined as Camera | undefined,
  /** The element holding the HTML labels (drawn over exported images). */
  overlay: undefined as HTMLElement | undefined,
  /** The R3F root's current state (its size, dpr and frame loop), for offscreen export. */
  root: undefined as (() => RootState) | undefined,
};

/** Width / height of the map on screen (16:9 before the canvas exists). */
export function mapAspect(): number {
  const canvas = mapCanvasState.gl?.domElement;
  return canvas && canvas.clientHeight > 0 ? canvas.clientWidth / canvas.clientHeight : 16 / 9;
}
