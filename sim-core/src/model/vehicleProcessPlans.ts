/**
 * The vehicle-unit processes a route's vehicle passes on arrival at each stop: the node's vehicle
 * processes for the route's mode, a gauge change only where the gauge differs on either side (or
 * is not given). Shared by the vehicles that pass them and by routing, which reads their queues.
 */
import type { Route } from '../network/RouteTable.ts';
import type { CompiledScenario } from './compileScenario.ts';

/** plans[route][stop]: process indices in order (none at the first stop). */
export function vehicleProcessPlans(c: CompiledScenario): number[][][] {
  return c.routes.routes.map((r) => Array.from(r.stops, (_, i) => vehiclePlan(c, r, i)));
}

function vehiclePlan(c: CompiledScenario, route: Route, stop: number): number[] {
  if (stop === 0) return [];
  const node = route.stops[stop] as number;
  const gaugeOf = (i: number): number | undefined => {
    const n = route.stops[i];
    return n === undefined ? undefined : c.scenario.nodes[n]?.gaugeMm;
  };
  const before = gaugeOf(stop - 1);
  const after = gaugeOf(Math.min(stop + 1, route.stops.length - 1));
  const gaugeChanges = before === undefined || after === undefined || before !== after;
  return (c.nodeVehicleProcesses[node] as number[]).filter((p) => {
    const proc = c.processes[p];
    if (proc === undefined || (proc.modeMask & (1 << route.modeIndex)) === 0) return false;
    return proc.spec.kind !== 'gauge-change' || gaugeChanges;
  });
}
