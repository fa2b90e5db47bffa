import { describe, expect, it } from 'vitest';
import type { RunProvenance, RunResult } from '../vocabulary/runResult.ts';
import { aggregateReplications } from './aggregate.ts';
import { KPI_COLUMNS, THROUGHPUT_COLUMNS, toCsvFiles, TRANSIT_COLUMNS } from './csv.ts';
import { numberCell, textCell } from './csvFormat.ts';
import { syntheticReplication, type SyntheticShape } from './testing/syntheticReplication.ts';

const shape: SyntheticShape = {
  weeks: 2,
  nodeIds: ['qingdao-port', 'almaty'],
  linkIds: ['qingdao-almaty'],
  corridorIds: ['central-asia'],
  demandIds: ['machinery'],
  resourceIds: ['qingdao-port/gate'],
  years: [2025, 2026],
};
const provenance: RunProvenance = {
  scenarioHash: '0'.repeat(64),
  scenarioId: 'tiny',
  seed: 1,
  engineVersion: 'test',
  replicationSeeds: [1, 2],
};
const labels = {
  linkModes: ['rail' as const],
  demandOrigins: ['qingdao-port'],
  demandDestinations: ['almaty'],
  demandCorridors: ['central-asia'],
  targetTrainsPerYear: 800,
  targetTradeGrowthPerYear: 0.1,
};

function run(
  valueAt: (metric: string, period: number, entity: number, replication: number) => number,
): RunResult {
  const result = aggregateReplications(
    provenance,
    [0, 1].map((r) => syntheticReplication(shape, r, valueAt)),
  );
  result.labels = labels;
  return result;
}

/** A strict RFC 4180 reader for the tests: rows of cells, CRLF line ends, quoted cells. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [cell, i] = [cell + '"', i + 1];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, cell] = [[...row, cell], ''];
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      [row, cell, i] = [[], '', i + 1];
    } else cell += c;
  }
  expect(cell).toBe('');
  return rows;
}

describe('numbers and text in CSV cells', () => {
  it('prints numbers the same way everywhere, without locale', () => {
    expect(numberCell(1_000_000)).toBe('1000000');
    expect(numberCell(0.1 + 0.2)).toBe('0.3');
    expect(numberCell(1 / 3)).toBe('0.333333');
    expect(numberCell(-2.5)).toBe('-2.5');
    expect(numberCell(-0)).toBe('0');
    expect(numberCell(-1e-9)).toBe('0');
    expect(numberCell(NaN)).toBe('');
    expect(numberCell(Infinity)).toBe('');
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(textCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(textCell('+1')).toBe("'+1");
    expect(textCell('-2')).toBe("'-2");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('\tx')).toBe("'\tx");
    expect(textCell('a, "b"')).toBe('"a, ""b"""');
    expect(textCell('青岛港')).toBe('青岛港');
  });
});

describe('toCsvFiles', () => {
  const valueAt = (metric: string, period: number, entity: number, replication: number): number =>
    metric === 'links.teu'
      ? -1.5 + period + 0.25 * replication
      : metric === 'nodes.dwellGaugeHours'
        ? NaN
        : entity + 0.5;

  it('writes throughput.csv in long form with exactly the agreed columns', () => {
    const rows = parseCsv(toCsvFiles(run(valueAt), 'Baseline')['throughput.csv']);
    expect(rows[0]).toEqual([...THROUGHPUT_COLUMNS]);
    // 2 replications x 2 weeks x (2 nodes x 12 + 1 link x 3 + 4 modes x 6 + 1 corridor x 4).
    expect(rows.length - 1).toBe(2 * 2 * (24 + 3 + 24 + 4));
    expect(rows).toContainEqual([
      '2025-01-13',
      'Baseline',
      '1',
      'link',
      'qingdao-almaty',
      'rail',
      'teu',
      'TEU',
      '-0.25',
    ]);
    expect(rows).toContainEqual([
      '2025-01-06',
      'Baseline',
      '0',
      'node',
      'almaty',
      '',
      'dwell_gauge_hours',
      'h',
      '',
    ]);
    expect(rows).toContainEqual([
      '2025-01-06',
      'Baseline',
      '0',
      'mode',
      'air',
      'air',
      'co2_tonnes',
      'tCO2',
      '1.5',
    ]);
    expect(rows).toContainEqual([
      '2025-01-06',
      'Baseline',
      '0',
      'corridor',
      'central-asia',
      '',
      'trade_value_usd',
      'USD',
      '0.5',
    ]);
    expect(rows.every((row) => row.length === THROUGHPUT_COLUMNS.length)).toBe(true);
  });

  it('writes kpis.csv with targets and the mean and CI over replications on every row', () => {
    const kpiValue = (metric: string, _p: number, entity: number, replication: number): number =>
      metric === 'kpis.trainsPerYear' ? 700 + 100 * entity + 10 * replication : 1;
    const rows = parseCsv(toCsvFiles(run(kpiValue), 'Baseline')['kpis.csv']);
    expect(rows[0]).toEqual([...KPI_COLUMNS]);
    // 2 years x (7 KPIs + sea-rail door to door and from departure for the 1 corridor) x 2 replications.
    expect(rows.length - 1).toBe(2 * (7 + 2) * 2);
    expect(rows.some((row) => row[3]?.startsWith('sea_rail_days_from_departure.'))).toBe(true);
    const trains2026 = rows.filter((row) => row[0] === '2026' && row[3] === 'trains_per_year');
    // 800 and 810: mean 805, half-width t(1) * sd / sqrt(2) = 12.706204736 * 7.0710678 / 1.4142136 = 63.531.
    expect(trains2026.map((row) => row.slice(2, 8))).toEqual([
      ['0', 'trains_per_year', 'trains', '800', '800', '805'],
      ['1', 'trains_per_year', 'trains', '810', '800', '805'],
    ]);
    expect(trains2026[0]?.slice(8)).toEqual(['741.468976', '868.531024']);
    const growth = rows.find((row) => row[3] === 'sco_trade_growth');
    expect(growth?.[6]).toBe('0.1');
    expect(rows.find((row) => row[3] === 'teu_delivered')?.[6]).toBe('');
  });

  it('writes transit_times.csv per replication and demand with its endpoints', () => {
    const rows = parseCsv(toCsvFiles(run(valueAt), 'Baseline')['transit_times.csv']);
    expect(rows[0]).toEqual([...TRANSIT_COLUMNS]);
    expect(rows[1]?.slice(0, 6)).toEqual([
      'Baseline',
      '0',
      'machinery',
      'qingdao-port',
      'almaty',
      'central-asia',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('quotes and defuses a hostile scenario name in every file', () => {
    const files = toCsvFiles(run(valueAt), '=cmd|"/c calc"!A1, ok');
    for (const text of Object.values(files)) {
      expect(parseCsv(text)[1]).toContain('\'=cmd|"/c calc"!A1, ok');
    }
  });

  it('refuses, before any work, a throughput table too large for one string', () => {
    const big = run(valueAt);
    const first = big.replications[0];
    if (!first) throw new Error('no replication');
    // 2 replications x 2 weeks x 55 rows = 220 rows; pretend each replication has 60,000 weeks.
    const weeks = { ...first.weeks, startDates: new Array<string>(60_000).fill('2025-01-06') };
    big.replications = big.replications.map((r) => ({ ...r, weeks }));
    expect(() => toCsvFiles(big, 'B')).toThrow(/throughput\.csv of this run would have 6600000 rows/);
  });

  it('gives the same bytes for the same result', () => {
    expect(toCsvFiles(run(valueAt), 'B')).toEqual(toCsvFiles(run(valueAt), 'B'));
  });
});
