// Uniforms every map material shares by reference, so the frame loop sets each once per frame.
import { Vector2, type DataTexture } from 'three';

export const sceneUniforms = {
  /** 0 globe, 1 flat map, between while morphing. */
  uFlat: { value: 0 },
  /** The route texture of the loaded run (geometry/routeTexture.ts). */
  uRoutes: { value: null as DataTexture | null },
  /** Half the drawing buffer, device pixels (NDC to pixels). */
  uViewport: { value: new Vector2(1, 1) },
  uPixelRatio: { value: 1 },
  /** Wall-clock seconds, for gentle animation (the link pulse). */
  uSeconds: { value: 0 },
};

/** The morph value, eased toward the view mode each frame (0 globe, 1 flat). */
export const morphState = { value: 0, target: 0 };

/**
 * The time camera flights are timed by, ms: the wall clock on screen; the frame's own time while
 * a video is recorded, so a flight lasts the same number of frames however slow each frame is.
 */
export const frameClock = { overrideMs: undefined as number | undefined };
