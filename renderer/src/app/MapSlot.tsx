// The map in the middle of the layout (MAP's <MapView />). Picked up through a glob so the
// workbench builds before the map lands. TODO(integration): a static import once MapView exists.
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

const mapModules = import.meta.glob<ComponentType>('../scene/MapView.tsx', {
  eager: true,
  import: 'MapView',
});
const MapView = Object.values(mapModules)[0];

export function MapSlot() {
  const { t } = useTranslation();
  return (
    <section className="map-slot" aria-label={t('layout.map')}>
      {MapView ? <MapView /> : <p className="hint">{t('layout.mapMissing')}</p>}
    </section>
  );
}
