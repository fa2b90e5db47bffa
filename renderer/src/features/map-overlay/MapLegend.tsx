// The legend: mode colours (or the diverging difference scale), line width and column meaning.
import { DIFFERENCE_COLORS, MAP_MODES, MODE_COLORS } from '../../scene/mapColors.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { formatMapNumber } from './mapNumbers.ts';
import { useMapText } from '../../scene/useMapText.ts';

export function MapLegend({ comparing, teuPerDot }: { comparing: boolean; teuPerDot?: number | undefined }) {
  const t = useMapText();
  const colorMode = useMapStore((s) => s.colorMode);
  const language = useSettingsStore((s) => s.language);
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
      {teuPerDot !== undefined && (
        <div className="map-legend-note">
          {t('legendParticles', { teu: formatMapNumber(teuPerDot, language) })}
        </div>
      )}
      <div className="map-legend-note">
        <span className="map-legend-column" />
        {t('legendColumns')}
      </div>
    </section>
  );
}
