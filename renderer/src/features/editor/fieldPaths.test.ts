import { describe, expect, it } from 'vitest';
import { assignIssues, fieldForIssue, isPathWithin } from './fieldPaths.ts';

const fields = [
  'corridors[0].growthPerYear',
  'services[1].timetable.departuresPerWeek',
  'services[1].capacity.teu',
  'services[10].timetable.departuresPerWeek',
  'nodes[2].processes[0].servers',
  'interventions[0].from',
  'interventions[0].factor',
];

describe('the path to field mapping', () => {
  it('puts an issue beside the field at its exact path', () => {
    expect(fieldForIssue('services[1].capacity.teu', fields)).toBe('services[1].capacity.teu');
  });

  it('never confuses services[1] with services[10]', () => {
    expect(isPathWithin('services[10].timetable', 'services[1]')).toBe(false);
    expect(fieldForIssue('services[10].timetable.departuresPerWeek', fields)).toBe(
      'services[10].timetable.departuresPerWeek',
    );
  });

  it('gives an issue on a whole timetable to the departures field inside it', () => {
    expect(fieldForIssue('services[1].timetable', fields)).toBe('services[1].timetable.departuresPerWeek');
    expect(fieldForIssue('services[1].capacity', fields)).toBe('services[1].capacity.teu');
  });

  it('gives an issue below a field (an unknown key inside a value) to that field', () => {
    expect(fieldForIssue('nodes[2].processes[0].servers.extra', fields)).toBe(
      'nodes[2].processes[0].servers',
    );
  });

  it('lists issues that no field shows apart instead of dropping them', () => {
    const { byField, unassigned } = assignIssues(
      [
        {
          path: 'interventions[0].factor',
          code: 'number-range',
          params: {},
          message: 'expected a number >= 0, got -1',
        },
        {
          path: 'links[4].distanceKm',
          code: 'number-range',
          params: {},
          message: 'expected a number > 0, got 0',
        },
        { path: 'interventions[0].factor', code: 'invalid-value', params: {}, message: 'second message' },
      ],
      fields,
    );
    expect(byField.get('interventions[0].factor')?.map((issue) => issue.message)).toEqual([
      'expected a number >= 0, got -1',
      'second message',
    ]);
    expect(unassigned.map((issue) => issue.path)).toEqual(['links[4].distanceKm']);
  });
});
