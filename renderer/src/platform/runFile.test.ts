import { describe, expect, it } from 'vitest';
import { decodeRunFile, encodeRunFile, RunFileError } from './runFile.ts';

const run = {
  id: 'run-1',
  finishedAtMs: 1,
  seed: 20250101,
  scenario: { id: 'baseline-2025' },
  scenarioName: { en: 'Baseline' },
  result: {
    provenance: { replicationSeeds: [1, 2] },
    bands: {},
    replications: [{ values: Float64Array.of(0.1, -0, Number.NaN, 1e300), kinds: Uint8Array.of(3, 255) }],
  },
};

describe('runs saved to a file with their results', () => {
  it('reads back every number bit for bit, typed arrays included', () => {
    const [back] = decodeRunFile('runs.scoda-runs.json', encodeRunFile([run])) as (typeof run)[];
    const values = back!.result.replications[0]!.values;
    expect(values).toBeInstanceOf(Float64Array);
    expect(Array.from(values)).toEqual([0.1, -0, Number.NaN, 1e300]);
    expect(Object.is(values[1], -0)).toBe(true);
    expect(Array.from(back!.result.replications[0]!.kinds)).toEqual([3, 255]);
  });

  it('refuses a file that is not a runs file, naming the file', () => {
    expect(() => decodeRunFile('baseline.scoda.json', '{"schemaVersion": 3}')).toThrow(
      /baseline\.scoda\.json: not a runs file/,
    );
  });

  it('names the JSON path of a run that lacks its results', () => {
    const text = encodeRunFile([{ ...run, result: undefined }]);
    expect(() => decodeRunFile('x.json', text)).toThrow(RunFileError);
    expect(() => decodeRunFile('x.json', text)).toThrow(
      /\$\.runs\[0\]: expected "result" to be a run result/,
    );
  });
});
