/**
 * A warning for demand that no chain of services can carry: its cargo would pile up at the
 * origin. Not an error, since a planner may add the missing service by an intervention later or
 * want to see the backlog grow.
 */
import type { IssueCollector } from './IssueCollector.ts';
import { quoted } from './safeText.ts';
import type { Scenario, Service } from './schema.ts';

/** Work budget (origins x service stops) above which the check is skipped to stay fast. */
const MAX_WORK = 50_000_000;

export function checkItineraries(scenario: Scenario, issues: IssueCollector): void {
  const services: Service[] = [
    ...scenario.services,
    ...scenario.interventions.flatMap((i) => (i.kind === 'add-service' ? [i.service] : [])),
  ];
  const servicesAt = new Map<string, number[]>();
  services.forEach((service, index) => {
    for (const stop of service.stops) {
      const list = servicesAt.get(stop) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      servicesAt.set(stop, list);
    }
  });
  const origins = new Set(scenario.demand.map((demand) => demand.origin));
  const totalStops = services.reduce((sum, service) => sum + service.stops.length, 0);
  if (origins.size * totalStops > MAX_WORK) return;
  const reachableFrom = new Map<string, Set<string>>();
  scenario.demand.forEach((demand, index) => {
    let reachable = reachableFrom.get(demand.origin);
    if (!reachable) {
      reachable = reachableNodes(demand.origin, services, servicesAt);
      reachableFrom.set(demand.origin, reachable);
    }
    if (!reachable.has(demand.destination)) {
      issues.warn(['demand', index], 'demand-unreachable', {
        origin: quoted(demand.origin),
        destination: quoted(demand.destination),
      });
    }
  });
}

/** Nodes reachable from `origin` riding services forward (and backward when they run returns). */
function reachableNodes(
  origin: string,
  services: readonly Service[],
  servicesAt: Map<string, number[]>,
): Set<string> {
  const seen = new Set([origin]);
  const usedFrom = new Set<string>();
  const queue = [origin];
  while (queue.length > 0) {
    const node = queue.pop() as string;
    for (const index of servicesAt.get(node) ?? []) {
      const key = `${index}|${node}`;
      if (usedFrom.has(key)) continue;
      usedFrom.add(key);
      const service = services[index] as Service;
      const at = service.stops.indexOf(node);
      service.stops.forEach((stop, position) => {
        const rides = position > at || (service.returnShare > 0 && position < at);
        if (rides && !seen.has(stop)) {
          seen.add(stop);
          queue.push(stop);
        }
      });
    }
  }
  return seen;
}
