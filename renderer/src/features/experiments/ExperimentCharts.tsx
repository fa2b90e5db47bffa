// The experiment's charts, drawn as SVG from a few dozen estimates (no per-frame data): a tornado
// of a one-at-a-time experiment (the KPI at each parameter's lowest and highest value around the
// base, widest swing first) and response curves (the KPI along one parameter with its 95 %
// interval as a band). Colours from the app's palette; each chart is an image with a text
// alternative, and the table beside them has every number.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import { seriesColor, seriesDash } from '../../scene/mapColors.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import type { PointEstimate, ResponseLine, TornadoBar } from './experimentModel.ts';

const WIDTH = 420;
const LABEL_WIDTH = 150;
const ROW = 26;
const PAD = 8;

/** Digits that tell values of this size apart. */
export function digitsFor(span: number): number {
  if (!Number.isFinite(span) || span === 0) return 2;
  return Math.max(0, Math.min(4, 2 - Math.floor(Math.log10(Math.abs(span)))));
}

function extent(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    const pad = Math.abs(min) * 0.05 || 1;
    min -= pad;
    max += pad;
  }
  return [min, max];
}

export function TornadoChart({
  base,
  bars,
  parameterLabel,
  kpiLabel,
  language,
}: {
  base: PointEstimate;
  bars: TornadoBar[];
  parameterLabel: (p: number) => string;
  kpiLabel: string;
  language: Language;
}) {
  const { t } = useTranslation('experiments');
  const titleId = useId();
  const [min, max] = extent([base.mean, ...bars.flatMap((b) => [b.atLow.mean, b.atHigh.mean])]);
  const digits = digitsFor(max - min);
  const plot = WIDTH - LABEL_WIDTH - PAD * 2;
  const x = (v: number): number => LABEL_WIDTH + PAD + ((v - min) / (max - min)) * plot;
  const height = bars.length * ROW + 40;
  const fmt = (v: number): string => formatNumber(v, language, digits);
  const low = seriesColor(0);
  const high = seriesColor(1);
  return (
    <figure className="experiment-chart" data-testid="experiment-tornado">
      <figcaption id={titleId}>
        {t('results.tornadoTitle', { kpi: kpiLabel, base: fmt(base.mean) })}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} width="100%">
        <desc>
          {bars
            .map((bar) =>
              t('results.tornadoBar', {
                parameter: parameterLabel(bar.parameter),
                low: formatNumber(bar.lowValue, language, 4),
                atLow: fmt(bar.atLow.mean),
                high: formatNumber(bar.highValue, language, 4),
                atHigh: fmt(bar.atHigh.mean),
              }),
            )
            .join('; ')}
        </desc>
        {bars.map((bar, i) => {
          const y = 8 + i * ROW;
          const rect = (value: number, colour: string, which: string) => (
            <rect
              data-testid={`tornado-${which}`}
              x={Math.min(x(base.mean), x(value))}
              y={y}
              width={Math.max(1, Math.abs(x(value) - x(base.mean)))}
              height={ROW - 8}
              fill={colour}
            />
          );
          return (
            <g key={bar.parameter}>
              <text x={LABEL_WIDTH} y={y + ROW / 2} textAnchor="end" className="chart-label">
                {parameterLabel(bar.parameter).slice(0, 28)}
              </text>
              {rect(bar.atLow.mean, low, 'low')}
              {rect(bar.atHigh.mean, high, 'high')}
            </g>
          );
        })}
        <line
          x1={x(base.mean)}
          x2={x(base.mean)}
          y1={2}
          y2={height - 28}
          stroke="currentColor"
          strokeWidth={1.5}
        />
        <text x={LABEL_WIDTH + PAD} y={height - 8} className="chart-tick">
          {fmt(min)}
        </text>
        <text x={WIDTH - PAD} y={height - 8} textAnchor="end" className="chart-tick">
          {fmt(max)}
        </text>
      </svg>
      <p className="chart-legend">
        <span className="swatch" style={{ background: low }} aria-hidden="true" /> {t('results.atLow')}{' '}
        <span className="swatch" style={{ background: high }} aria-hidden="true" /> {t('results.atHigh')}
      </p>
    </figure>
  );
}

const CURVE_HEIGHT = 220;
const LEFT = 56;
const BOTTOM = 28;

export function ResponseChart({
  lines,
  parameter,
  parameterLabel,
  kpiLabel,
  language,
  lineLabel,
}: {
  lines: ResponseLine[];
  parameter: number;
  parameterLabel: string;
  kpiLabel: string;
  language: Language;
  lineLabel: (line: ResponseLine) => string;
}) {
  const { t } = useTranslation('experiments');
  const titleId = useId();
  const all = lines.flatMap((line) => line.points);
  const [xMin, xMax] = extent(all.map((e) => e.values[parameter] as number));
  const [yMin, yMax] = extent(all.flatMap((e) => [e.low, e.high, e.mean]));
  const x = (v: number): number => LEFT + ((v - xMin) / (xMax - xMin)) * (WIDTH - LEFT - PAD);
  const y = (v: number): number => PAD + (1 - (v - yMin) / (yMax - yMin)) * (CURVE_HEIGHT - PAD - BOTTOM);
  const yDigits = digitsFor(yMax - yMin);
  const xDigits = digitsFor(xMax - xMin);
  const shown = lines.slice(0, 16);
  return (
    <figure className="experiment-chart" data-testid="experiment-response">
      <figcaption id={titleId}>
        {t('results.responseTitle', { kpi: kpiLabel, parameter: parameterLabel })}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${CURVE_HEIGHT}`} role="img" aria-labelledby={titleId} width="100%">
        <desc>
          {shown
            .flatMap((line) =>
              line.points.map((e) =>
                t('results.responsePoint', {
                  x: formatNumber(e.values[parameter], language, 4),
                  mean: formatNumber(e.mean, language, yDigits),
                  low: formatNumber(e.low, language, yDigits),
                  high: formatNumber(e.high, language, yDigits),
                }),
              ),
            )
            .join('; ')}
        </desc>
        <line x1={LEFT} x2={LEFT} y1={PAD} y2={CURVE_HEIGHT - BOTTOM} stroke="currentColor" />
        <line
          x1={LEFT}
          x2={WIDTH - PAD}
          y1={CURVE_HEIGHT - BOTTOM}
          y2={CURVE_HEIGHT - BOTTOM}
          stroke="currentColor"
        />
        <text x={LEFT - 4} y={y(yMax) + 4} textAnchor="end" className="chart-tick">
          {formatNumber(yMax, language, yDigits)}
        </text>
        <text x={LEFT - 4} y={y(yMin)} textAnchor="end" className="chart-tick">
          {formatNumber(yMin, language, yDigits)}
        </text>
        <text x={LEFT} y={CURVE_HEIGHT - 8} className="chart-tick">
          {formatNumber(xMin, language, xDigits)}
        </text>
        <text x={WIDTH - PAD} y={CURVE_HEIGHT - 8} textAnchor="end" className="chart-tick">
          {formatNumber(xMax, language, xDigits)}
        </text>
        {shown.map((line, i) => {
          const colour = seriesColor(i);
          const finite = line.points.filter((e) => Number.isFinite(e.mean));
          const band = [
            ...finite.map(
              (e) => `${x(e.values[parameter] as number)},${y(Number.isFinite(e.high) ? e.high : e.mean)}`,
            ),
            ...[...finite]
              .reverse()
              .map(
                (e) => `${x(e.values[parameter] as number)},${y(Number.isFinite(e.low) ? e.low : e.mean)}`,
              ),
          ].join(' ');
          return (
            <g key={i} data-testid="response-line">
              {finite.length > 1 ? (
                <polygon
                  points={band}
                  fill={colour}
                  fillOpacity={0.18}
                  stroke="none"
                  data-testid="response-band"
                />
              ) : null}
              <polyline
                points={finite.map((e) => `${x(e.values[parameter] as number)},${y(e.mean)}`).join(' ')}
                fill="none"
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={seriesDash(i)?.join(' ')}
              />
              {finite.map((e) => (
                <g key={e.point}>
                  <line
                    x1={x(e.values[parameter] as number)}
                    x2={x(e.values[parameter] as number)}
                    y1={y(Number.isFinite(e.low) ? e.low : e.mean)}
                    y2={y(Number.isFinite(e.high) ? e.high : e.mean)}
                    stroke={colour}
                  />
                  <circle cx={x(e.values[parameter] as number)} cy={y(e.mean)} r={3} fill={colour} />
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      {shown.length > 1 || (shown[0]?.others.length ?? 0) > 0 ? (
        <ul className="chart-legend">
          {shown.map((line, i) => (
            <li key={i}>
              <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />{' '}
              {lineLabel(line)}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
