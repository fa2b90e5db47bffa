// The map in the middle of the layout (MAP's <MapView /> with its timeline).
import { useTranslation } from 'react-i18next';
import { MapView } from '../scene/MapView.tsx';

export function MapSlot() {
  const { t } = useTranslation();
  return (
    <section className="map-slot" aria-label={t('layout.map')}>
      <MapView />
    </section>
  );
}
