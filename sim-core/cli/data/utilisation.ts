/**
 * Demand against capacity, by construction: for each sim year of a scenario and each service
 * direction (a route, forward or return) and each of its segments (stop to next stop), the TEU a
 * year the demand puts on it against the TEU a year its vehicles carry there. A demand's volume
 * goes to its cheapest compiled itinerary whose services all run that week (where the engine
 * sends it first); its volume grows with its corridor and follows demand shocks; a service's
 * capacity follows its frequency and capacity factors, and a return route runs `returnShare` of
 * the departures. A segment whose utilisation reaches 1 has a queue that grows without bound:
 * in the data tables that is a bug (demand.ts sizes every flow below the capacity serving it).
 */
import { capacityTeu } from '../../src/model/CargoFlow.ts';
import { compileScenario } from '../../src/model/index.ts';
import { departuresPerWeek } from '../../src/network/RouteTable.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const HOURS_PER_WEEK = 168;
const HOURS_PER_SIM_YEAR = 365.25 * 24;

export interface SegmentLoad {
  /** Sim year (0 = the year from startDate). */
  year: number;
  service: string;
  isReturn: boolean;
  from: string;
  to: string;
  demandTeu: number;
  capacityTeu: number;
  utilisation: number;
}

/** Every loaded segment of every route, per sim year (capacity 0 with demand: utilisation Infinity). */
export function segmentLoads(scenario: Scenario): SegmentLoad[] {
  const c = compileScenario(scenario);
  const table = c.itineraries;
  const routes = c.routes.routes;
  const tonnesPerTeu = scenario.factors.tonnesPerTeu;
  const years = Math.ceil(c.durationHours / HOURS_PER_SIM_YEAR);
  const routeOf = (l: number) => routes[table.legRoute[l] as number] as (typeof routes)[number];
  const out: SegmentLoad[] = [];
  for (let year = 0; year < years; year++) {
    const demand = routes.map((r) => new Float64Array(r.stops.length - 1));
    const capacity = routes.map((r) => new Float64Array(r.stops.length - 1));
    const end = Math.min(c.durationHours, (year + 1) * HOURS_PER_SIM_YEAR);
    for (let t = year * HOURS_PER_SIM_YEAR; t < end; t += HOURS_PER_WEEK) {
      const weekShare = Math.min(HOURS_PER_WEEK, end - t) / HOURS_PER_WEEK;
      const runs = (s: number): number => c.interventions.frequencyFactor(s, t);
      const weekCapacity = (i: number): number => {
        const r = routes[i] as (typeof routes)[number];
        return (
          departuresPerWeek(r.service) *
          runs(r.serviceIndex) *
          (r.isReturn ? r.service.returnShare : 1) *
          c.interventions.capacityFactor(r.serviceIndex, t) *
          capacityTeu(r, tonnesPerTeu)
        );
      };
      routes.forEach((_, i) => {
        const perWeek = weekCapacity(i);
        (capacity[i] as Float64Array).forEach((v, k, a) => (a[k] = v + perWeek * weekShare));
      });
      const room = routes.map((r, i) =>
        new Float64Array(r.stops.length - 1).fill(weekCapacity(i) * weekShare),
      );
      c.demands.forEach((d, di) => {
        let teu =
          ((d.spec.annualVolume / (d.perTonne ? tonnesPerTeu : 1)) *
            (1 + d.growthPerYear) ** year *
            c.interventions.demandFactor(d.corridor, t) *
            HOURS_PER_WEEK *
            weekShare) /
          HOURS_PER_SIM_YEAR;
        const from = table.demandStart[di] as number;
        const to = from + (table.demandCount[di] as number);
        let cheapest: number[] | undefined;
        for (let k = from; k < to && teu > 0; k++) {
          const legs = Array.from(
            { length: table.legCount[k] as number },
            (_, j) => (table.legStart[k] as number) + j,
          );
          if (legs.some((l) => runs(routeOf(l).serviceIndex) <= 0)) continue;
          cheapest ??= legs;
          let fits = teu;
          for (const l of legs)
            for (let s = table.legBoard[l] as number; s < (table.legAlight[l] as number); s++)
              fits = Math.min(fits, (room[table.legRoute[l] as number] as Float64Array)[s] as number);
          if (fits <= 0) continue;
          place(legs, fits);
          teu -= fits;
        }
        if (teu > 0 && cheapest !== undefined) place(cheapest, teu);
        function place(legs: number[], amount: number): void {
          for (const l of legs) {
            const r = table.legRoute[l] as number;
            for (let s = table.legBoard[l] as number; s < (table.legAlight[l] as number); s++) {
              const load = demand[r] as Float64Array;
              const left = room[r] as Float64Array;
              load[s] = (load[s] as number) + amount;
              left[s] = (left[s] as number) - amount;
            }
          }
        }
      });
    }
    routes.forEach((r, i) => {
      (demand[i] as Float64Array).forEach((teu, s) => {
        if (teu <= 0) return;
        const cap = (capacity[i] as Float64Array)[s] as number;
        out.push({
          year,
          service: r.service.id,
          isReturn: r.isReturn,
          from: scenario.nodes[r.stops[s] as number]?.id ?? '',
          to: scenario.nodes[r.stops[s + 1] as number]?.id ?? '',
          demandTeu: teu,
          capacityTeu: cap,
          utilisation: cap > 0 ? teu / cap : Infinity,
        });
      });
    });
  }
  return out;
}

/** "year 3: sco-almaty (return) almaty->aktogay 5,100 TEU a year against 4,900 (104 %)". */
export function describeLoad(l: SegmentLoad): string {
  return `year ${l.year}: ${l.service}${l.isReturn ? ' (return)' : ''} ${l.from}->${l.to} ${Math.round(l.demandTeu)} TEU against ${Math.round(l.capacityTeu)} (${Math.round(l.utilisation * 100)} %)`;
}
