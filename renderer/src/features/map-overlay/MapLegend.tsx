// The legend: mode colours (or the diverging difference scale), line width and column meaning.
import { DIFFERENCE_COLORS, MAP_MODES, MODE_COLORS } from '../../scene/mapColors.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { useMapText } from './useMapText.ts';

export function MapLegend({ comparing }: { comparing: boolean }) {
  const t = useMapText();
  const colorMode = useMapStore((s) => s.colorMode);
  const difference = colorMode === 'difference' && comparing;
  return (
    <section className="map-legend" aria-label={t('legend')}>
      {difference ? (
        <>
          <div>{t('legendDifference')}</div>
          <div
            className="map-legend-ramp"
            style={{
              background: `linear-gradient(to right, ${DIFFERENCE_COLORS.less}, ${DIFFERENCE_COLORS.same}, ${DIFFERENCE_COLORS.more})`,
            }}
          />
          <div className="map-legend-ends">
            <span>{t('legendLess')}</span>
            <span>{t('legendMore')}</span>
          </div>
        </>
      ) : (
        <ul>
          {MAP_MODES.map((mode) => (
            <li key={mode}>
              <span className="map-legend-swatch" style={{ background: MODE_COLORS[mode] }} />
              {t(mode)}
            </li>
          ))}
        </ul>
      )}
      <div className="map-legend-note">{t('legendWidth')}</div>
      <div className="map-legend-note">
        <span className="map-legend-column" />
        {t('legendColumns')}
      </div>
    </section>
  );
}
