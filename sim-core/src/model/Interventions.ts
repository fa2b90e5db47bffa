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
    if (windows === undefined) return undefined;
    let active = false;
    for (const w of windows) if (t >= w.fromHours && t < w.toHours) active = true;
    return active ? product(windows, t) : undefined;
  }

  /**
   * The first time at or after t when service `service` runs (frequency factor > 0), or
   * Infinity when it never runs again.
   */
  runningFrom(service: number, t: number): number {
    return firstPositive(this.frequency[service], t);
  }

  /** The first time at or after t when node `node` is open (throttle factor > 0), or Infinity. */
  openFrom(node: number, t: number): number {
    return firstPositive(this.nodes[node], t);
  }

  /**
   * Sorted times (hours > 0) at which some service's frequency or some node's throttle changes:
   * where a service may stop or a node close, so cargo waiting for it chooses again.
   */
  routingChangeHours(): number[] {
    const hours = new Set<number>();
    for (const lists of [this.frequency, this.nodes])
      for (const windows of lists)
        for (const w of windows ?? [])
          for (const h of [w.fromHours, w.toHours]) if (h > 0 && h < Infinity) hours.add(h);
    return [...hours].sort((a, b) => a - b);
  }

  hasLinkThrottle(link: number): boolean {
    return this.links[link] !== undefined;
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

/** The first time >= t where the product of the windows is > 0 (it changes only at window edges). */
function firstPositive(windows: Window[] | undefined, t: number): number {
  if (windows === undefined || product(windows, t) > 0) return t;
  const edges = edgesOf(windows);
  for (let i = 0; i < edges.length; i++) {
    const h = edges[i] as number;
    if (h > t && product(windows, h) > 0) return h;
  }
  return Infinity;
}

/** Sorted finite window edges of a list, made once per list (the lists never change after compile). */
const EDGES = new WeakMap<Window[], Float64Array>();
function edgesOf(windows: Window[]): Float64Array {
  let edges = EDGES.get(windows);
  if (edges === undefined) {
    const hours = windows.flatMap((w) => [w.fromHours, w.toHours]).filter((h) => Number.isFinite(h));
    edges = Float64Array.from(hours).sort();
    EDGES.set(windows, edges);
  }
  return edges;
}

function product(windows: Window[] | undefined, t: number): number {
  if (windows === undefined) return 1;
  let factor = 1;
  for (const w of windows) if (t >= w.fromHours && t < w.toHours) factor *= w.factor;
  return factor;
}
