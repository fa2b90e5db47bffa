// Dashed lines for the network editor's unrun changes (scene/draftLinks.ts): drawn on the globe
// and re-placed only when the globe/flat morph moves, so the frame loop allocates nothing.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, Group, Line, LineDashedMaterial } from 'three';
import { useShownRun } from '../../state/useRunStore.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { draftLinks } from '../draftLinks.ts';
import { lonLatToFlat, lonLatToGlobe } from '../geometry/projection.ts';
import { MODE_COLORS } from '../mapColors.ts';
import type { Mode } from '../../../../sim-core/src/api/types.ts';
import { requestMapFrame } from '../renderOnDemand.ts';
import { morphState } from '../sceneUniforms.ts';

/** Lifted a little above the ground so the dashes are not hidden by the coastline. */
const ALTITUDE = 0.003;

interface DraftLine {
  line: Line;
  globe: Float32Array;
  flat: Float32Array;
}

function buildLine(geometry: Array<[number, number]>, color: string): DraftLine {
  const globe = new Float32Array(geometry.length * 3);
  const flat = new Float32Array(geometry.length * 3);
  geometry.forEach(([lon, lat], i) => {
    lonLatToGlobe(lon, lat, ALTITUDE, globe, i * 3);
    lonLatToFlat(lon, lat, ALTITUDE, flat, i * 3);
  });
  const buffer = new BufferGeometry();
  buffer.setAttribute('position', new BufferAttribute(globe.slice(), 3));
  const line = new Line(buffer, new LineDashedMaterial({ color, dashSize: 0.012, gapSize: 0.008 }));
  line.computeLineDistances();
  return { line, globe, flat };
}

export function DraftLinksLayer() {
  const working = useScenarioStore((state) => state.scenario);
  const { scenario: run } = useShownRun();
  const lines = useMemo(
    () =>
      draftLinks(working, run).map((link) =>
        buildLine(link.geometry, MODE_COLORS[link.mode as Mode] ?? '#ffffff'),
      ),
    [working, run],
  );
  const group = useMemo(() => {
    const g = new Group();

    g.name = 'draft-links';
    for (const { line } of lines) g.add(line);
    return g;
  }, [lines]);
  // The morph value the lines were last placed for (-1: new lines, not yet placed).
  const placedFlat = useRef(-1);
  useEffect(() => {
    placedFlat.current = -1;
    requestMapFrame();
    return () => {
      for (const { line } of lines) {
        line.geometry.dispose();
        (line.material as LineDashedMaterial).dispose();
      }
    };
  }, [lines]);
  useFrame(() => {
    const f = morphState.value;
    if (f === placedFlat.current) return;
    placedFlat.current = f;
    for (const { line, globe, flat } of lines) {
      const position = line.geometry.getAttribute('position') as BufferAttribute;
      const array = position.array as Float32Array;
      for (let i = 0; i < array.length; i++) array[i] = globe[i]! + (flat[i]! - globe[i]!) * f;
      position.needsUpdate = true;
      line.computeLineDistances();
    }
  });
  return <primitive object={group} />;
}
