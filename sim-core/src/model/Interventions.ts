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
  // Windows per service, node, link or corridor index (arrays, not Maps: the factors are read
  // on hot paths, once per consignment or vehicle; an index without windows holds undefined).
  private readonly frequency: WindowLists = [];
  private readonly capacity: WindowLists = [];
  private readonly nodes: WindowLists = [];
  private readonly links: WindowLists = [];
  /** Keyed by corridor index. */
  private readonly demand: WindowLists = [];
  /** Shocks on all demand. */
  private readonly allDemand: WindowLists = [];
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
          if (iv.corridor === undefined) push(this.allDemand, 0, window(iv.factor));
          else push(this.demand, lookup(corridorIndex, iv.corridor, 'corridor', at), window(iv.factor));
          break;
        }
      }
    });
  }

  frequencyFactor(service: number, t: number): number {
    return product(this.frequency[service], t);
  }

  /** True when some window scales service `service`'s frequency (else its factor is always 1). */
  scalesFrequency(service: number): boolean {
    return this.frequency[service] !== undefined;
  }

  capacityFactor(service: number, t: number): number {
    return product(this.capacity[service], t);
  }

  nodeFactor(node: number, t: number): number {
    return product(this.nodes[node], t);
  }

  /** The throttle factor on a link at t, or undefined when no throttle is active. */
  linkFactor(link: number, t: number): number | undefined {
    const windows = this.links[link];
    if (windows === undefined || !windows.some((w) => t >= w.fromHours && t < w.toHours)) return undefined;
    return product(windows, t);
  }

  hasNodeThrottle(node: number): boolean {
    return this.nodes[node] !== undefined;
  }

  demandFactor(corridor: number, t: number): number {
    return product(this.allDemand[0], t) * product(this.demand[corridor], t);
  }
}

type WindowLists = (Window[] | undefined)[];

function push(lists: WindowLists, key: number, window: Window): void {
  const list = lists[key];
  if (list === undefined) lists[key] = [window];
  else list.push(window);
}

function product(windows: Window[] | undefined, t: number): number {
  if (windows === undefined) return 1;
  let factor = 1;
  for (const w of windows) if (t >= w.fromHours && t < w.toHours) factor *= w.factor;
  return factor;
}
