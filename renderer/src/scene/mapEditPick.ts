// A click on the map as the network editor's pick: the ground point under the pointer (a ray
// from the camera to the globe, or to the flat map's plane) and the working scenario's node
// drawn nearest to it on screen. Works before any run: it needs only the camera and the nodes.
import { Sphere, Plane, Vector2, Vector3, Raycaster, type Camera } from 'three';
import { getAt } from '../state/scenarioPath.ts';
import { useMapEditStore } from '../state/useMapEditStore.ts';
import { useScenarioStore } from '../state/useScenarioStore.ts';
import {
  globeToLonLat,
  lonLatToFlat,
  lonLatToGlobe,
  REFERENCE_LON,
  DEG_TO_RAD,
} from './geometry/projection.ts';
import { mapCanvasState } from './mapCanvasState.ts';
import { morphState } from './sceneUniforms.ts';

/** A node drawn within this many CSS pixels of the click is picked. */
const NODE_PICK_PIXELS = 14;

const raycaster = new Raycaster();
const hit = new Vector3();
const globe = new Sphere(new Vector3(0, 0, 0), 1);
const flatPlane = new Plane(new Vector3(0, 0, 1), 0);

/** The ground point under (x, y) CSS px of a canvas `width` x `height`, or undefined (sky). */
export function groundPointAt(camera: Camera, x: number, y: number, width: number, height: number) {
  raycaster.setFromCamera(new Vector2((x / width) * 2 - 1, 1 - (y / height) * 2), camera);
  const ray = raycaster.ray;
  if (morphState.value < 0.5) {
    if (!ray.intersectSphere(globe, hit)) return undefined;
    return globeToLonLat(hit.x, hit.y, hit.z);
  }
  if (!ray.intersectPlane(flatPlane, hit)) return undefined;
  const lat = hit.y / DEG_TO_RAD;
  let lon = hit.x / DEG_TO_RAD + REFERENCE_LON;
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return Math.abs(lat) <= 90 ? { lon, lat } : undefined;
}

const position = new Float64Array(3);
const projected = new Vector3();

/** The working scenario's node drawn nearest to (x, y), within NODE_PICK_PIXELS. */
function nodeAt(camera: Camera, x: number, y: number, width: number, height: number): string | undefined {
  const nodes = getAt(useScenarioStore.getState().scenario, ['nodes']);
  if (!Array.isArray(nodes)) return undefined;
  let best: string | undefined;
  let bestDistance = NODE_PICK_PIXELS;
  for (const node of nodes) {
    const id = getAt(node, ['id']);
    const lon = getAt(node, ['lon']);
    const lat = getAt(node, ['lat']);
    if (typeof id !== 'string' || typeof lon !== 'number' || typeof lat !== 'number') continue;
    if (morphState.value < 0.5) lonLatToGlobe(lon, lat, 0, position);
    else lonLatToFlat(lon, lat, 0, position);
    projected.set(position[0]!, position[1]!, position[2]!);
    // Behind the globe: facing away from the camera.
    if (morphState.value < 0.5 && projected.dot(camera.position.clone().sub(projected)) < 0) continue;
    projected.project(camera);
    const d = Math.hypot((projected.x * 0.5 + 0.5) * width - x, (-projected.y * 0.5 + 0.5) * height - y);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}

/** When the editor is picking, turns a click into its pick and returns true (no selection then). */
export function deliverEditPick(x: number, y: number, width: number, height: number): boolean {
  const { picking, deliverPick } = useMapEditStore.getState();
  const camera = mapCanvasState.camera;
  if (!picking || !camera) return false;
  const nodeId = nodeAt(camera, x, y, width, height);
  const ground = groundPointAt(camera, x, y, width, height);
  if (!ground && !nodeId) return true;
  deliverPick({ lon: ground?.lon ?? 0, lat: ground?.lat ?? 0, nodeId });
  return true;
}
