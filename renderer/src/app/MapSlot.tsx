// The map in the middle of the layout: the scene's <MapView /> with the panels drawn over and
// under it (toolbar, legend, tooltip text, playback timeline), composed here so the scene never
// imports a feature.
import { useTranslation } from 'react-i18next';
import { MapLegend } from '../features/map-overlay/MapLegend.tsx';
import { MapToolbar } from '../features/map-overlay/MapToolbar.tsx';
import { MapTooltip } from '../features/map-overlay/MapTooltip.tsx';
import { Timeline } from '../features/timeline/Timeline.tsx';
import { MapView, type ShownMap } from '../scene/MapView.tsx';
import type { MapSource } from '../scene/mapSource.ts';
import { teuPerParticle } from '../scene/particleAllocation.ts';
import type { MapPick } from '../state/useMapStore.ts';

function MapControls({ source, model }: ShownMap) {
  return (
    <>
      <MapToolbar />
      <MapLegend
        comparing={source?.compare !== undefined}
        teuPerDot={model ? teuPerParticle(model.maxLinkTeu) : undefined}
      />
    </>
  );
}

const renderControls = (shown: ShownMap) => <MapControls {...shown} />;
const renderPick = (source: MapSource, pick: MapPick) => <MapTooltip source={source} pick={pick} />;

export function MapSlot() {
  const { t } = useTranslation();
  return (
    <section className="map-slot" aria-label={t('layout.map')}>
      <MapView renderControls={renderControls} renderPick={renderPick}>
        <Timeline />
      </MapView>
    </section>
  );
}
