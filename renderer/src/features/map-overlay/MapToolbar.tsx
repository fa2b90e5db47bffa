// The map's buttons: globe / flat map, a toggle per mode (hides its links and vehicles), and
// Save image.
import { MAP_MODES, MODE_COLORS } from '../../scene/mapColors.ts';
import { HOME_VIEW, useMapStore } from '../../state/useMapStore.ts';
import { useVideoExportStore } from '../video-export/useVideoExportStore.ts';
import { useMapText } from '../../scene/useMapText.ts';
import { useMapCover } from '../../scene/mapCovers.ts';

/** The image export draws through the map's renderer, loaded with the map (three.js), not before. */
async function saveImage(): Promise<void> {
  const image = await import('../video-export/saveMapImage.ts');
  await image.saveMapImage();
}

export function MapToolbar() {
  const t = useMapText();
  const viewMode = useMapStore((s) => s.viewMode);
  const layers = useMapStore((s) => s.layers);
  const { toggleViewMode, toggleLayer, flyTo } = useMapStore.getState();
  // Node labels are never placed under the buttons.
  const cover = useMapCover();
  return (
    <div ref={cover} className="map-toolbar">
      <button type="button" onClick={toggleViewMode}>
        {viewMode === 'globe' ? t('flatMap') : t('globe')}
      </button>
      <button type="button" onClick={() => flyTo(HOME_VIEW)} title={t('home')}>
        {t('home')}
      </button>
      <div role="group" aria-label={t('layers')} className="map-layer-toggles">
        {MAP_MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={layers[mode]}
            onClick={() => toggleLayer(mode)}
            style={{ borderColor: MODE_COLORS[mode] }}
          >
            <span
              className="map-legend-swatch"
              style={{ background: layers[mode] ? MODE_COLORS[mode] : 'transparent' }}
            />
            {t(mode)}
          </button>
        ))}
      </div>
      <button type="button" onClick={() => void saveImage()}>
        {t('saveImage')}
      </button>
      <button type="button" onClick={() => useVideoExportStore.getState().setOpen(true)}>
        {t('exportVideo')}
      </button>
    </div>
  );
}
