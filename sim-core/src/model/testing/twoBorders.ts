import { ScenarioBuilder } from './ScenarioBuilder.ts';

/** A border crossing checking one train at a time, half an hour on average (exponential). */
export const borderCrossing = () =>
  ({
    kind: 'border-crossing' as const,
    processes: [
      {
        id: 'customs',
        kind: 'customs',
        servers: 1,
        unit: 'vehicle',
        serviceHours: { kind: 'exponential', mean: 0.5 },
      },
    ],
  }) satisfies Parameters<ScenarioBuilder['node']>[1];

/**
 * The two-border network of the routing tests, 168 days: origin o reaches market m through border
 * x or border y; a second origin q reaches m only through x. Services are the caller's.
 */
export function twoBorderNetwork(seed: number): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: 168, seed })
    .node('o')
    .node('q')
    .node('x', borderCrossing())
    .node('y', borderCrossing())
    .node('m')
    .link('o', 'x', 'rail')
    .link('q', 'x', 'rail')
    .link('x', 'm', 'rail')
    .link('o', 'y', 'rail')
    .link('y', 'm', 'rail');
}
