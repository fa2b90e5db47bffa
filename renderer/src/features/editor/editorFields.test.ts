import { describe, expect, it } from 'vitest';
import { allFieldPaths, editorFieldGroups } from './editorFields.ts';

const name = (en: string) => ({ en, zh: `${en}-zh`, ru: `${en}-ru` });
const scenario = {
  corridors: [{ id: 'central-asia', name: name('Central Asia'), growthPerYear: 0.1 }],
  services: [
    {
      id: 'almaty',
      name: name('To Almaty'),
      mode: 'rail',
      timetable: { departuresPerWeek: 3 },
      capacity: { teu: 100 },
    },
    {
      id: 'busan',
      name: name('To Busan'),
      mode: 'sea',
      timetable: { weekdays: [1, 4] },
      capacity: { teu: 2000 },
    },
    {
      id: 'liege',
      name: name('To Liège'),
      mode: 'air',
      timetable: { departuresPerWeek: 2 },
      capacity: { tonnes: 100 },
    },
  ],
  nodes: [
    { id: 'port', name: name('Port'), processes: [{ kind: 'port-handling', servers: 4 }] },
    { id: 'city', name: name('City'), processes: [] },
  ],
  interventions: [{ kind: 'throttle-node', node: 'port', from: '2025-02-01', to: '2025-03-01', factor: 0.5 }],
};

describe('the editor fields of a scenario', () => {
  it('offers each lever with its unit, in the chosen language, grouped by mode', () => {
    const groups = editorFieldGroups(scenario, 'ru');
    expect(groups.map((group) => group.id)).toEqual(['corridors', 'rail', 'sea', 'air', 'nodes']);
    const rail = groups.find((group) => group.id === 'rail');
    expect(rail?.rows[0]?.name).toBe('To Almaty-ru');
    expect(rail?.rows[0]?.fields.map((field) => [field.key, field.unitKey])).toEqual([
      ['services[0].timetable.departuresPerWeek', 'units.perWeek'],
      ['services[0].capacity.teu', 'units.teu'],
    ]);
  });

  it('shows growth and shares in percent while the scenario keeps fractions', () => {
    const growth = editorFieldGroups(scenario, 'en')[0]?.rows[0]?.fields[0];
    expect(growth).toMatchObject({ key: 'corridors[0].growthPerYear', scale: 100, min: -90, max: 1000 });
  });

  it('has no departures field for a weekday timetable, and tonnes for a flight', () => {
    const paths = allFieldPaths(editorFieldGroups(scenario, 'en'), scenario);
    expect(paths).not.toContain('services[1].timetable.departuresPerWeek');
    expect(paths).toContain('services[2].capacity.tonnes');
    expect(paths).toContain('nodes[0].processes[0].servers');
    expect(paths).toContain('interventions[0].factor');
  });

  it('copes with a half-edited scenario (missing arrays, wrong types)', () => {
    expect(editorFieldGroups({ services: 'oops', corridors: null }, 'en')).toEqual([]);
  });
});
