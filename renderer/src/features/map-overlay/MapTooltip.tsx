// What a node or link did in the current week: throughput, the dwell split and utilisation for
// a node; TEU (and, when comparing, run B and the difference) for a link.
import { matrixValue, type MapSource } from '../../scene/mapSource.ts';
import type { MapPick } from '../../state/useMapStore.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { useTimelineStore } from '../../state/useTimelineStore.ts';
import { formatMapNumber, formatMapPercent } from './mapNumbers.ts';
import { useMapText, type MapTextKey } from '../../scene/useMapText.ts';

const DWELL_ROWS: readonly [
  MapTextKey,
  (
    | 'dwellWaitingHours'
    | 'dwellHandlingHours'
    | 'dwellCustomsHours'
    | 'dwellDocumentsHours'
    | 'dwellGaugeHours'
  ),
][] = [
  ['dwellWaiting', 'dwellWaitingHours'],
  ['dwellHandling', 'dwellHandlingHours'],
  ['dwellCustoms', 'dwellCustomsHours'],
  ['dwellDocuments', 'dwellDocumentsHours'],
  ['dwellGauge', 'dwellGaugeHours'],
];

export function MapTooltip({ source, pick }: { source: MapSource; pick: MapPick }) {
  const t = useMapText();
  const language = useSettingsStore((s) => s.language);
  const week = Math.max(
    0,
    useTimelineStore((s) => s.weekIndex),
  );
  const colorMode = useMapStore((s) => s.colorMode);
  if (pick.kind === 'node') {
    const node = source.nodes[pick.index];
    if (!node) return null;
    const m = source.nodeMetrics;
    return (
      <div className="map-tooltip-body" data-node-id={node.id}>
        <strong>{node.name[language]}</strong>
        <dl>
          <dt>{t('throughputWeek')}</dt>
          <dd>{t('teu', { value: formatMapNumber(matrixValue(m.teu, week, pick.index), language) })}</dd>
          <dt>{t('passingThrough')}</dt>
          <dd>
            {t('passingThroughValue', {
              teu: formatMapNumber(matrixValue(m.passThroughTeu, week, pick.index), language),
              vehicles: formatMapNumber(matrixValue(m.passThroughVehicles, week, pick.index), language),
            })}
          </dd>
          <dt>{t('utilisation')}</dt>
          <dd>{formatMapPercent(matrixValue(m.utilisation, week, pick.index), language)}</dd>
        </dl>
        <div className="map-tooltip-section">{t('dwell')}</div>
        <dl>
          {DWELL_ROWS.map(([label, metric]) => (
            <div key={metric} className="map-tooltip-row">
              <dt>{t(label)}</dt>
              <dd>{formatMapNumber(matrixValue(m[metric], week, pick.index), language, 1)}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  const link = source.links[pick.index];
  if (!link) return null;
  const name = (id: string): string => source.nodes.find((n) => n.id === id)?.name[language] ?? id;
  const teuA = matrixValue(source.linkTeu, week, pick.index);
  const j = source.compare ? source.compare.linkIds.indexOf(link.id) : -1;
  const teuB = source.compare && j >= 0 ? matrixValue(source.compare.linkTeu, week, j) : 0;
  return (
    <div className="map-tooltip-body" data-link-id={link.id}>
      <strong>
        {name(link.from)} – {name(link.to)}
      </strong>
      <div className="map-tooltip-mode">{t(link.mode)}</div>
      <dl>
        <dt>{t('throughputWeek')}</dt>
        <dd>{t('teu', { value: formatMapNumber(teuA, language) })}</dd>
        {colorMode === 'difference' && source.compare && (
          <>
            <dt>{t('compareTeu')}</dt>
            <dd>{t('teu', { value: formatMapNumber(teuB, language) })}</dd>
            <dt>{t('difference')}</dt>
            <dd>
              {t('teu', { value: (teuB - teuA >= 0 ? '+' : '') + formatMapNumber(teuB - teuA, language) })}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
