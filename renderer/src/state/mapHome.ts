// The map's home and the shape of the camera's pose: coarse map state (useMapStore) and the
// scene's camera code (scene/cameraPose.ts, scene/geometry/projection.ts) both start from these.

/** Qingdao, the map's home (WGS84 degrees). */
export const QINGDAO = { lon: 120.38, lat: 36.07 } as const;

/** The camera's pose: the ground point it looks at, its distance, tilt and heading (radians). */
export interface CameraViewState {
  lon: number;
  lat: number;
  distance: number;
  tilt: number;
  heading: number;
}
