import { describe, expect, it } from 'vitest';
import { scenarioOutlineProblem } from './scenarioOutline.ts';

describe('telling a scenario file from another JSON file', () => {
  it('accepts the outline of a scenario, even one with issues to fix in the editor', () => {
    expect(
      scenarioOutlineProblem({ schemaVersion: 1, nodes: [], links: [], services: 'wrong' }),
    ).toBeUndefined();
  });

  it('names what a non-scenario lacks', () => {
    expect(scenarioOutlineProblem([1, 2])).toBe('notObject');
    expect(scenarioOutlineProblem('text')).toBe('notObject');
    expect(scenarioOutlineProblem({ name: 'package.json' })).toBe('noSchemaVersion');
    expect(scenarioOutlineProblem({ schemaVersion: 1, links: [] })).toBe('noNodes');
    expect(scenarioOutlineProblem({ schemaVersion: 1, nodes: [] })).toBe('noLinks');
  });
});
