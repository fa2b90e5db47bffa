// The 3D corridor map: globe or flat map with the run's routes, throughput columns and moving
// vehicles, node labels, and the frames of its tooltip and selection panel. What the controls,
// the tooltip and the panel say is given by the caller (app/MapSlot.tsx composes the panels from
// features/), so the scene never imports a feature. Reads the run through useShownRun (deferred);
// React renders when the run, language, view or week changes, and the frame loop (useFrame in
// the layers) does the rest.
import { Canvas } from '@react-three/fiber';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react';
import { useMapStore, type MapPick } from '../state/useMapStore.ts';
import { useShownRun } from '../state/useRunStore.ts';
import { useSettingsStore } from '../state/useSettingsStore.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';
import { CameraRig } from './CameraRig.tsx';
import { ColumnsLayer } from './layers/ColumnsLayer.tsx';
import { DraftLinksLayer } from './layers/DraftLinksLayer.tsx';
import { Globe } from './layers/Globe.tsx';
import { LinksLayer } from './layers/LinksLayer.tsx';
import { LoadedRun } from './LoadedRun.tsx';
import { VehiclesLayer } from './layers/VehiclesLayer.tsx';
import { buildMapModel, type MapModel } from './mapModel.ts';
import { mapSourceFromRun, type MapSource } from './mapSource.ts';
import { NodeLabels } from './NodeLabels.tsx';
import { mapCanvasState } from './mapCanvasState.ts';
import { renderOnChanges } from './renderOnDemand.ts';
import { useMapPointer } from './useMapPointer.ts';
import { mapKey } from './mapKeyboard.ts';
import { installMapTestHooks, setTestHookTarget, testHooksRequested } from './testHooks.ts';
import { useMapText } from './useMapText.ts';
import './mapView.css';

/** Dev/benchmark only: ?benchTrips=N loads the synthetic fixture with N moving vehicles. */
function requestedBenchmarkTrips(): number | undefined {
  if (typeof location === 'undefined') return undefined;
  const value = Number(new URLSearchParams(location.search).get('benchTrips'));
  return Number.isInteger(value) && value > 0 && value <= 1_000_000 ? value : undefined;
}

function useMapSource(): MapSource | undefined {
  const { scenario, result, compareResult: compare, compareScenario } = useShownRun();
  const [fixture, setFixture] = useState<MapSource>();
  useEffect(() => {
    const trips = requestedBenchmarkTrips();
    if (trips === undefined) return;
    void import('./testing/syntheticMapSource.ts').then((m) =>
      setFixture(m.syntheticMapSource({ movingVehicles: trips })),
    );
  }, []);
  return useMemo(() => {
    if (fixture) return fixture;
    if (!scenario || !result || result.replications.length === 0) return undefined;
    return mapSourceFromRun(scenario, result, compare, compareScenario);
  }, [fixture, scenario, result, compare, compareScenario]);
}

/** What the map shows, for the controls drawn over it. */
export interface ShownMap {
  source: MapSource | undefined;
  model: MapModel | undefined;
}

export interface MapViewProps {
  /** The controls drawn over the map (toolbar, legend). */
  renderControls?: (shown: ShownMap) => ReactNode;
  /** What the tooltip and the selection panel say about a picked node or link. */
  renderPick?: (source: MapSource, pick: MapPick) => ReactNode;
  /** Drawn under the map (the playback timeline). */
  children?: ReactNode;
}

export function MapView({ renderControls, renderPick, children }: MapViewProps) {
  const t = useMapText();
  const language = useSettingsStore((s) => s.language);
  const presentation = useWorkbenchStore((s) => s.presentation);
  const source = useMapSource();
  const model = useMemo(() => (source ? buildMapModel(source) : undefined), [source]);
  const hovered = useMapStore((s) => s.hovered);
  const selected = useMapStore((s) => s.selected);
  const [labelLayer, setLabelLayer] = useState<HTMLDivElement | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const pointer = useMapPointer(model, region, tooltip);

  useEffect(() => renderOnChanges(), []);
  useEffect(() => {
    if (testHooksRequested() || requestedBenchmarkTrips() !== undefined) installMapTestHooks();
  }, []);
  useEffect(() => {
    setTestHookTarget(model, region.current ?? undefined);
    mapCanvasState.overlay = labelLayer ?? undefined;
  }, [model, labelLayer]);

  return (
    <div className="map-view">
      <div
        ref={region}
        className="map-region"
        role="application"
        aria-label={t('region')}
        aria-description={t('keyboardHelp')}
        tabIndex={0}
        data-keyboard-map=""
        onKeyDown={(event) => {
          if (!event.ctrlKey && !event.metaKey && !event.altKey && mapKey(event, model)) {
            event.preventDefault();
            event.stopPropagation();
          }
        }}
        onPointerDown={pointer.onPointerDown}
        onPointerMove={pointer.onPointerMove}
        onPointerUp={pointer.onPointerUp}
        onPointerLeave={pointer.onPointerLeave}
        onContextMenu={(event: ReactPointerEvent | React.MouseEvent) => event.preventDefault()}
      >
        <Canvas
          className="map-canvas"
          dpr={[1, 2]}
          frameloop="demand"
          gl={{ antialias: true }}
          camera={{ fov: 45, near: 0.01, far: 10, position: [0, 0, 3] }}
          onCreated={({ gl, scene, camera, get }) => {
            gl.setClearColor('#04070d');
            Object.assign(mapCanvasState, { gl, scene, camera, root: get });
          }}
        >
          <CameraRig />
          <Globe />
          {model && <LoadedRun model={model} />}
          {model && <LinksLayer model={model} />}
          <DraftLinksLayer />
          {model && <ColumnsLayer model={model} />}
          {model && <VehiclesLayer model={model} />}
          {model && (
            <NodeLabels model={model} container={labelLayer} language={language} large={presentation} />
          )}
        </Canvas>
        <div ref={setLabelLayer} className="map-labels" aria-hidden="true" />
      </div>
      {!model && <div className="map-status">{t('loading')}</div>}
      {source?.origin === 'benchmark-fixture' && (
        <div className="map-fixture-banner">{t('benchmarkFixture')}</div>
      )}
      {renderControls?.({ source, model })}
      <div ref={tooltip} className="map-tooltip" role="tooltip" hidden={!hovered || !source}>
        {hovered && source && renderPick?.(source, hovered)}
      </div>
      {selected && source && (
        <aside className="map-panel" aria-label={t('throughputWeek')}>
          <button
            type="button"
            className="map-panel-close"
            onClick={() => useMapStore.getState().setSelected(undefined)}
            aria-label={t('close')}
          >
            ×
          </button>
          {renderPick?.(source, selected)}
        </aside>
      )}
      {children}
    </div>
  );
}
