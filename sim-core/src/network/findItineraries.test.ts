import { describe, expect, it } from 'vitest';
import { compileScenario, type CompiledScenario } from '../model/compileScenario.ts';
import { ScenarioBuilder } from '../model/testing/ScenarioBuilder.ts';

/** Seoul's cargo to Almaty: by sea to Qingdao then rail, or by air, or by road to Qingdao then rail. */
function network(valueOfTimeUsdPerDay: number): CompiledScenario {
  return compileScenario(
    new ScenarioBuilder()
      .node('incheon', { kind: 'seaport', country: 'KR' })
      .node('qingdao', { kind: 'seaport' })
      .node('almaty', { country: 'KZ' })
      .link('incheon', 'qingdao', 'sea')
      .link('incheon', 'qingdao', 'road')
      .link('qingdao', 'almaty', 'rail')
      .link('incheon', 'almaty', 'air')
      .service('ferry', ['incheon', 'qingdao'], { mode: 'sea', perWeek: 3, legHours: [24], rateUsd: 300 })
      .service('truck', ['incheon', 'qingdao'], { mode: 'road', perWeek: 14, legHours: [20], rateUsd: 900 })
      .service('train', ['qingdao', 'almaty'], { perWeek: 3, legHours: [160], rateUsd: 3000 })
      .service('freighter', ['incheon', 'almaty'], { mode: 'air', perWeek: 7, legHours: [8], rateUsd: 800 })
      .demand('goods', 'incheon', 'almaty', { valueOfTimeUsdPerDay })
      .demand('local', 'qingdao', 'qingdao')
      .build(),
  );
}

function serviceIds(c: CompiledScenario, itinerary: number): string[] {
  const t = c.itineraries;
  const legs = Array.from(
    { length: t.legCount[itinerary] as number },
    (_, i) => (t.legStart[itinerary] as number) + i,
  );
  return legs.map((leg) => c.routes.routes[t.legRoute[leg] as number]?.service.id ?? '?');
}

function candidates(c: CompiledScenario, demand: number): string[][] {
  const t = c.itineraries;
  const start = t.demandStart[demand] as number;
  return Array.from({ length: t.demandCount[demand] as number }, (_, k) => serviceIds(c, start + k));
}

describe('candidate itineraries', () => {
  it('sends cheap, patient cargo by sea then rail through Qingdao', () => {
    const c = network(0);
    expect(candidates(c, 0)[0]).toEqual(['ferry', 'train']);
  });

  it('sends cargo whose time is dear by air', () => {
    // A freighter at 800 USD a tonne is 8000 USD a TEU (10 t/TEU): worth it only when days cost.
    expect(candidates(network(0), 0)[0]).not.toEqual(['freighter']);
    expect(candidates(network(2000), 0)[0]).toEqual(['freighter']);
  });

  it('lists every loop-free alternative, cheapest first', () => {
    const c = network(50);
    const list = candidates(c, 0);
    expect(list).toHaveLength(3);
    expect(list).toEqual(expect.arrayContaining([['ferry', 'train'], ['truck', 'train'], ['freighter']]));
    const start = c.itineraries.demandStart[0] as number;
    const costs = Array.from(c.itineraries.costUsd.slice(start, start + 3));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it('marks sea–rail itineraries for the sea–rail transit KPI', () => {
    const c = network(0);
    const start = c.itineraries.demandStart[0] as number;
    const flags = candidates(c, 0).map((_, k) => c.itineraries.seaRail[start + k]);
    const seaRailIndex = candidates(c, 0).findIndex((s) => s.join() === 'ferry,train');
    expect(flags[seaRailIndex]).toBe(1);
    expect(flags.filter((f) => f === 1)).toHaveLength(1);
  });

  it('gives cargo that starts and ends at one node an itinerary without legs', () => {
    const c = network(0);
    expect(candidates(c, 1)).toEqual([[]]);
  });

  it('warns when a demand has no itinerary at all', () => {
    const c = compileScenario(
      new ScenarioBuilder()
        .node('a')
        .node('b')
        .link('a', 'b', 'rail')
        .service('t', ['b', 'a'])
        .demand('stuck', 'a', 'b')
        .build(),
    );
    expect(c.itineraries.demandCount[0]).toBe(0);
    expect(c.warnings).toEqual(['demand stuck: no itinerary from a to b; its cargo waits at the origin']);
  });

  it('never rides past the origin (or a stop it has been at) to come back the other way', () => {
    // A loop service g -> i -> j -> i -> g with a second service j -> g that does not call at i.
    // Cargo from i to g rides the loop back from j (it passes i again: refused), or goes on to j
    // and changes to j -> g (a backhaul, loop-free: kept), or takes the loop's last leg directly.
    const c = compileScenario(
      new ScenarioBuilder()
        .node('g')
        .node('i')
        .node('j')
        .link('g', 'i', 'sea')
        .link('i', 'j', 'sea')
        .link('j', 'g', 'sea')
        .service('liner', ['g', 'i', 'j'], { mode: 'sea', perWeek: 1, legHours: [100, 50], returnShare: 1 })
        .service('gulf', ['j', 'g'], { mode: 'sea', perWeek: 1, legHours: [150], rateUsd: 10 })
        .demand('home', 'i', 'g', { valueOfTimeUsdPerDay: 1 })
        .build(),
    );
    const routes = c.routes.routes;
    const t = c.itineraries;
    const start = t.demandStart[0] as number;
    for (let k = start; k < start + (t.demandCount[0] as number); k++) {
      const seen = new Set<string>();
      for (
        let leg = t.legStart[k] as number;
        leg < (t.legStart[k] as number) + (t.legCount[k] as number);
        leg++
      ) {
        const route = routes[t.legRoute[leg] as number];
        const stops = route?.stops.slice(t.legBoard[leg] as number, (t.legAlight[leg] as number) + 1) ?? [];
        // The boarding stop is where the last leg alighted; every other stop is new.
        stops.slice(leg === t.legStart[k] ? 0 : 1).forEach((n) => {
          const id = c.scenario.nodes[n]?.id ?? '?';
          expect(seen.has(id), `itinerary ${serviceIds(c, k).join(' + ')} is at ${id} twice`).toBe(false);
          seen.add(id);
        });
      }
    }
    const list = candidates(c, 0);
    // The liner out to j and its own return back past i is refused; the direct return is kept.
    expect(list).not.toContainEqual(['liner', 'liner']);
    expect(list).toContainEqual(['liner']);
    expect(list).toContainEqual(['liner', 'gulf']);
  });

  it('never boards a route further down than a stop it has already been at (no catching up)', () => {
    // A block train h -> z -> b, and a shuttle h -> z that is faster to z. Cargo from h to b could
    // ride the shuttle to z and board the block train there, ahead of the cargo queued for that
    // same train at h: refused. Cargo that starts at z boards the block train at z as before.
    const c = compileScenario(
      new ScenarioBuilder()
        .node('h')
        .node('z')
        .node('b')
        .link('h', 'z', 'rail')
        .link('z', 'b', 'rail')
        .service('block', ['h', 'z', 'b'], { perWeek: 1, legHours: [30, 300], rateUsd: 100 })
        .service('shuttle', ['h', 'z'], { perWeek: 14, legHours: [10], rateUsd: 1 })
        .demand('through', 'h', 'b', { valueOfTimeUsdPerDay: 50 })
        .demand('joining', 'z', 'b', { valueOfTimeUsdPerDay: 50 })
        .build(),
    );
    expect(candidates(c, 0)).toEqual([['block']]);
    expect(candidates(c, 1)).toEqual([['block']]);
  });
});
