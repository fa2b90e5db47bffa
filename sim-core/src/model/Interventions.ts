/**
 * The planner's levers, compiled to time windows in sim hours: each lookup multiplies the factors
 * of the windows active at time t (a window is [from, to), `to` absent means to the end).
 */
import type { Intervention, Scenario, Service } from '../scenario/schema.ts';
import type { SimCalendar } from './calendar.ts';

interface Window {
  fromHours: number;
  toHours: number;
  factor: number;
}

export class Interventions {
  /** Services added by interventions, appended after the scenario's own. */
  readonly addedServices: Service[] = [];
  private readonly frequency = new Map<number, Window[]>();
  private readonly capacity = new Map<number, Window[]>();
  private readonly nodes = new Map<number, Window[]>();
  private readonly links = new Map<number, Window[]>();
  /** Keyed by corridor index, -1 for shocks on all demand. */
  private readonly demand = new Map<number, Window[]>();
  /** Every window edge, for piecewise-constant demand rates and node capacity changes. */
  readonly boundaryHours: number[] = [];

  constructor(scenario: Scenario, calendar: SimCalendar) {
    const serviceIndex = new Map(scenario.services.map((s, i) => [s.id, i]));
    const nodeIndex = new Map(scenario.nodes.map((n, i) => [n.id, i]));
    const linkIndex = new Map(scenario.links.map((l, i) => [l.id, i]));
    const corridorIndex = new Map(scenario.corridors.map((c, i) => [c.id, i]));
    for (const iv of scenario.interventions) {
      if (iv.kind !== 'add-service') continue;
      serviceIndex.set(iv.service.id, scenario.services.length + this.addedServices.length);
      this.addedServices.push(iv.service);
    }
    const lookup = (map: Map<string, number>, key: string, what: string, at: number): number => {
      const index = map.get(key);
      if (index === undefined) throw new RangeError(`interventions[${at}]: unknown ${what} "${key}"`);
      return index;
    };
    let added = 0;
    scenario.interventions.forEach((iv: Intervention, at) => {
      const fromHours = calendar.hoursOf(iv.from);
      const toHours = iv.to === undefined ? Infinity : calendar.hoursOf(iv.to);
      const window = (factor: number): Window => ({ fromHours, toHours, factor });
      this.boundaryHours.push(fromHours, toHours);
      switch (iv.kind) {
        case 'add-service': {
          const s = scenario.services.length + added++;
          // Outside its window an added service does not run: factor 0 before and after.
          push(this.frequency, s, { fromHours: -Infinity, toHours: fromHours, factor: 0 });
          push(this.frequency, s, { fromHours: toHours, toHours: Infinity, factor: 0 });
          break;
        }
        case 'drop-service':
          push(this.frequency, lookup(serviceIndex, iv.service, 'service', at), window(0));
          break;
        case 'scale-frequency':
          push(this.frequency, lookup(serviceIndex, iv.service, 'service', at), window(iv.factor));
          break;
        case 'scale-capacity':
          push(this.capacity, lookup(serviceIndex, iv.service, 'service', at), window(iv.factor));
          break;
        case 'throttle-node':
          push(this.nodes, lookup(nodeIndex, iv.node, 'node', at), window(iv.factor));
          break;
        case 'throttle-link':
          push(this.links, lookup(linkIndex, iv.link, 'link', at), window(iv.factor));
          break;
        case 'demand-shock': {
          const key = iv.corridor === undefined ? -1 : lookup(corridorIndex, iv.corridor, 'corridor', at);
          push(this.demand, key, window(iv.factor));
          break;
        }
      }
    });
  }

  frequencyFactor(service: number, t: number): number {
    return product(this.frequency.get(service), t);
  }

  capacityFactor(service: number, t: number): number {
    return product(this.capacity.get(service), t);
  }

  nodeFactor(node: number, t: number): number {
    return product(this.nodes.get(node), t);
  }

  /** The throttle factor on a link at t, or undefined when no throttle is active. */
  linkFactor(link: number, t: number): number | undefined {
    const windows = this.links.get(link);
    if (windows === undefined || !windows.some((w) => t >= w.fromHours && t < w.toHours)) return undefined;
    return product(windows, t);
  }

  hasNodeThrottle(node: number): boolean {
    return this.nodes.has(node);
  }

  demandFactor(corridor: number, t: number): number {
    return product(this.demand.get(-1), t) * product(this.demand.get(corridor), t);
  }
}

function push(map: Map<number, Window[]>, key: number, window: Window): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [window]);
  else list.push(window);
}

function product(windows: Window[] | undefined, t: number): number {
  if (windows === undefined) return 1;
  let factor = 1;
  for (const w of windows) if (t >= w.fromHours && t < w.toHours) factor *= w.factor;
  return factor;
}
