// The map in the middle of the layout: the scene's <MapView /> with the panels drawn over and
// under it (toolbar, legend, tooltip text, playback timeline), composed here so the scene never
// imports a feature.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapLegend } from '../features/map-overlay/MapLegend.tsx';
import { MapToolbar } from '../features/map-overlay/MapToolbar.tsx';
import { MapTooltip } from '../features/map-overlay/MapTooltip.tsx';
import { Timeline } from '../features/timeline/Timeline.tsx';
import type { ShownMap } from '../scene/MapView.tsx';
import { matchCompareLinks, maxDifference } from '../scene/linkState.ts';
import type { MapSource } from '../scene/mapSource.ts';
import { teuPerParticle } from '../scene/particleAllocation.ts';
import type { MapPick } from '../state/useMapStore.ts';
import { useShownRun } from '../state/useRunStore.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';

function MapControls({ source, model }: ShownMap) {
  const differenceTeu = useMemo(
    () => (source?.compare ? maxDifference(source, matchCompareLinks(source)) : undefined),
    [source],
  );
  return (
    <>
      <MapToolbar />
      <MapLegend
        comparing={source?.compare !== undefined}
        difference={
          differenceTeu === undefined
            ? undefined
            : { scaleTeu: differenceTeu, noiseMuted: source?.compare?.distinct !== undefined }
        }
        teuPerDot={model ? teuPerParticle(model.maxLinkTeu) : undefined}
      />
    </>
  );
}

// The map (three.js and its renderer, a third of the app's code) is loaded when it is first
// drawn, after the launch's first figures (useWorkbenchStore mapHeld).
const MapView = lazy(() => import('../scene/MapView.tsx').then((module) => ({ default: module.MapView })));

const renderControls = (shown: ShownMap) => <MapControls {...shown} />;
const renderPick = (source: MapSource, pick: MapPick) => <MapTooltip source={source} pick={pick} />;

/**
 * Whether the map may start: once the launch releases it (its live run is under way, or it
 * showed nothing), or once a result is on show, after the frame that paints it (the first key
 * figures are not kept waiting by the map's seconds of WebGL set-up).
 */
function useMapReleased(): boolean {
  const waiting = useWorkbenchStore((state) => state.mapHeld);
  const { result } = useShownRun();
  const [released, setReleased] = useState(false);
  const ready = !waiting || result !== undefined;
  useEffect(() => {
    if (!ready || released) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReleased(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, released]);
  return released;
}

export function MapSlot() {
  const { t } = useTranslation();
  const held = !useMapReleased();
  const waiting = (
    <div className="map-waiting" data-testid="map-waiting">
      {t('map:loading')}
    </div>
  );
  return (
    <section className="map-slot" aria-label={t('layout.map')}>
      {held ? (
        waiting
      ) : (
        <Suspense fallback={waiting}>
          <MapView renderControls={renderControls} renderPick={renderPick}>
            <Timeline />
          </MapView>
        </Suspense>
      )}
    </section>
  );
}
