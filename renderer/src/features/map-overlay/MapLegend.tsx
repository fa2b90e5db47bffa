// The legend: mode colours (or the diverging difference scale), node kinds, line width and column
// meaning.
import { NODE_KINDS } from '../../../../sim-core/src/vocabulary/nodeKinds.ts';
import { DIFFERENCE_COLORS, MAP_MODES, MODE_COLORS, NODE_KIND_COLORS } from '../../scene/mapColors.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { formatMapNumber } from './mapNumbers.ts';
import { useMapText } from '../../scene/useMapText.ts';
import { useMapCover } from '../../scene/mapCovers.ts';

/** The difference scale: the largest |B − A| drawn, and whether noise is greyed out. */
export interface DifferenceScale {
  scaleTeu: number;
  noiseMuted: boolean;
}

export function MapLegend({
  comparing,
  teuPerDot,
  difference: scale,
}: {
  comparing: boolean;
  teuPerDot?: number | undefined;
  difference?: DifferenceScale | undefined;
}) {
  const t = useMapText();
  const colorMode = useMapStore((s) => s.colorMode);
  const language = useSettingsStore((s) => s.language);
  const difference = colorMode === 'difference' && comparing;
  // Node labels are never placed under the legend.
  const cover = useMapCover();
  return (
    <section ref={cover} className="map-legend" aria-label={t('legend')}>
      {difference ? (
        <>
          <div>{t('legendDifference')}</div>
          <div
            className="map-legend-ramp"
            style={{
              background: `linear-gradient(to right, ${DIFFERENCE_COLORS.less}, ${DIFFERENCE_COLORS.same}, ${DIFFERENCE_COLORS.more})`,
            }}
          />
          {scale && (
            <div className="map-legend-ends" data-testid="map-difference-scale">
              <span>−{formatMapNumber(scale.scaleTeu, language)}</span>
              <span>0</span>
              <span>+{formatMapNumber(scale.scaleTeu, language)} TEU</span>
            </div>
          )}
          <div className="map-legend-ends">
            <span>{t('legendLess')}</span>
            <span>{t('legendMore')}</span>
          </div>
          {scale && (
            <div className="map-legend-note">
              {t(scale.noiseMuted ? 'legendNoiseMuted' : 'legendNoInterval')}
            </div>
          )}
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
      <div className="map-legend-note">{t('legendNodes')}</div>
      <ul className="map-legend-kinds" data-testid="map-legend-kinds">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <span className="map-legend-dot" style={{ background: NODE_KIND_COLORS[kind] }} />
            {t(`kind_${kind}`)}
          </li>
        ))}
      </ul>
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
