import { describe, expect, it } from 'vitest';
import { describeChange, scenarioDiff } from './scenarioDiff.ts';

const base = {
  id: 'baseline-2025',
  name: { en: 'Baseline 2025' },
  seed: 1,
  services: [
    { id: 'qd-ala', departuresPerWeek: 7, mode: 'rail' },
    { id: 'qd-sea', departuresPerWeek: 3, mode: 'sea' },
  ],
  interventions: [],
};

describe('what changed between two scenarios', () => {
  it('names the service whose frequency changed, with both values', () => {
    const variant = structuredClone(base);
    variant.services[0]!.departuresPerWeek = 10;
    expect(scenarioDiff(base, variant)).toEqual([
      { path: 'services › qd-ala › departuresPerWeek', a: '7', b: '10' },
    ]);
  });

  it('matches list items by id, so reordering is no change', () => {
    const reordered = { ...base, services: [...base.services].reverse() };
    expect(scenarioDiff(base, reordered)).toEqual([]);
  });

  it('ignores the name and id, and reports additions and removals', () => {
    const variant = {
      ...base,
      id: 'other',
      name: { en: 'Other' },
      interventions: [{ kind: 'throttle-node', node: 'alashankou', from: '2025-03-03', factor: 0.3 }],
    };
    const changes = scenarioDiff(base, variant);
    expect(changes).toHaveLength(1);
    expect(describeChange(changes[0]!, { added: 'added', removed: 'removed' })).toBe(
      'interventions › throttle-node alashankou 2025-03-03: added',
    );
  });
});
