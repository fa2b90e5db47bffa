/**
 * The built-in scenarios as shipped: valid (schema and cross-references), listed in index.json,
 * named and described in three languages, every figure with its provenance, and identical to
 * what the data builder generates (so nobody edits a generated file by hand).
 */
import { describe, expect, it } from 'vitest';
import { Scenario, type ScenarioInput } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { haversineKm } from './geo.ts';
import { buildScenario } from './scenarioBuilder.ts';
import { PLANS } from './scenarios.ts';
import { readAssetJson } from './scenarioTestKit.ts';

interface IndexEntry {
  id: string;
  file: string;
  name: { en: string; zh: string; ru: string };
  description: { en: string; zh: string; ru: string };
}
const index = (readAssetJson('scenarios/index.json') as { scenarios: IndexEntry[] }).scenarios;
const files = index.map((e) => ({ entry: e, json: readAssetJson(`scenarios/${e.file}`) as ScenarioInput }));

const CJK = /[\u4e00-\u9fff]/;
const CYRILLIC = /[\u0400-\u04ff]/;

describe('built-in scenarios', () => {
  it('lists the ten scenarios in display order, baseline 2025 first', () => {
    expect(index.map((e) => e.id)).toEqual([
      'baseline-2025',
      'baseline-2022',
      'scoda-targets',
      'single-document',
      'alashankou-disruption',
      'corridor-growth-2018-2030',
      'new-trunk-routes',
      'sco-trunk-chabahar-samarkand',
      'jiaodong-air-transshipment',
      'overseas-warehouse-ecommerce',
    ]);
  });

  it.each(files.map((f) => [f.entry.id, f] as const))('%s is a valid scenario', (_, { entry, json }) => {
    expect(json.id).toBe(entry.id);
    expect(Scenario.safeParse(json).success).toBe(true);
    const outcome = validateScenario(json);
    expect(outcome.ok ? [] : outcome.issues).toEqual([]);
    expect(outcome.ok ? outcome.warnings : []).toEqual([]);
  });

  it('names and describes every scenario in English, Chinese and Russian', () => {
    for (const { entry, json } of files) {
      for (const text of [json.name, json.description, entry.name, entry.description]) {
        expect(text.en).toMatch(/^[\x20-\x7e\u2013\u2014\u00e8\u00b1]+$/);
        expect(text.zh).toMatch(CJK);
        expect(text.ru).toMatch(CYRILLIC);
      }
      expect(entry.name).toEqual(json.name);
      expect(entry.description).toEqual(json.description);
      expect(json.description.en.length).toBeGreaterThan(200);
    }
  });

  it('names every node, service and corridor in three languages', () => {
    const json = files[0]?.json as ScenarioInput;
    for (const named of [...json.nodes, ...json.services, ...json.corridors]) {
      expect(named.name.zh, named.id).toMatch(CJK);
      expect(named.name.ru, named.id).toMatch(CYRILLIC);
    }
  });

  it('gives every service, link, demand and process a source, a year and a confidence', () => {
    for (const { json } of files) {
      const processes = json.nodes.flatMap((n) => n.processes ?? []);
      for (const item of [...json.services, ...json.links, ...json.demand, ...processes, ...json.nodes]) {
        expect(item.provenance, item.id).toBeDefined();
        const p = item.provenance;
        if (p?.confidence === 'C') expect(p.note ?? '', item.id).toMatch(/estimate|assumption|\(C\)/);
      }
    }
  });

  it.each(files.map((f) => [f.entry.id, f.json] as const))(
    '%s draws every link from its first node to its last, without jumps across the map',
    (_, json) => {
      const at = new Map(json.nodes.map((n) => [n.id, [n.lon, n.lat] as [number, number]]));
      for (const link of json.links) {
        const first = link.geometry[0] as [number, number];
        const last = link.geometry[link.geometry.length - 1] as [number, number];
        expect(haversineKm(first, at.get(link.from) as [number, number]), link.id).toBeLessThan(1);
        expect(haversineKm(last, at.get(link.to) as [number, number]), link.id).toBeLessThan(1);
        for (let i = 1; i < link.geometry.length; i++) {
          const step = haversineKm(
            link.geometry[i - 1] as [number, number],
            link.geometry[i] as [number, number],
          );
          // Rail waypoints are at most a few hundred km apart; sea lanes cross open ocean.
          expect(step, `${link.id} segment ${i}`).toBeLessThan(link.mode === 'rail' ? 800 : 3000);
        }
      }
    },
  );

  it('grows the seed questions out of the 2025 baseline: its nodes, links, services and demand kept or changed in place', () => {
    const baseline = files.find((f) => f.entry.id === 'baseline-2025')?.json as ScenarioInput;
    const ids = (list: ReadonlyArray<{ id: string }>) => list.map((item) => item.id);
    const questions = {
      'sco-trunk-chabahar-samarkand': {
        nodes: ['chabahar', 'samarkand'],
        services: ['sea-karachi-chabahar', 'sco-samarkand'],
      },
      'jiaodong-air-transshipment': { nodes: [], services: [] },
      'overseas-warehouse-ecommerce': {
        nodes: ['budapest-overseas-warehouse'],
        services: ['europe-budapest-ecommerce', 'truck-budapest-warehouse'],
      },
    };
    for (const [id, added] of Object.entries(questions)) {
      const json = files.find((f) => f.entry.id === id)?.json as ScenarioInput;
      expect(ids(json.nodes), id).toEqual([...ids(baseline.nodes), ...added.nodes]);
      expect(ids(json.services), id).toEqual([...ids(baseline.services), ...added.services]);
      expect(ids(json.links).slice(0, baseline.links.length), id).toEqual(ids(baseline.links));
      expect(ids(json.demand).slice(0, baseline.demand.length), id).toEqual(ids(baseline.demand));
      // Every added demand row starts or ends at a node the scenario has and a service reaches.
      const served = new Set([...json.services.flatMap((s) => s.stops)]);
      for (const d of json.demand.slice(baseline.demand.length)) {
        expect(served.has(d.origin) && served.has(d.destination), d.id).toBe(true);
      }
    }
    const warehouse = files.find((f) => f.entry.id === 'overseas-warehouse-ecommerce')?.json as ScenarioInput;
    expect(warehouse.nodes.filter((n) => n.kind === 'overseas-warehouse').map((n) => n.id)).toEqual([
      'budapest-overseas-warehouse',
    ]);
  });

  it('points the train KPI at the Jiaozhou hub in every scenario', () => {
    for (const { json } of files) expect(json.kpi?.trainHubNode).toBe('jiaozhou-hub');
  });

  it('is what the data builder generates (regenerate with npx tsx sim-core/cli/data/buildScenarios.ts)', () => {
    for (const plan of PLANS) {
      const shipped = files.find((f) => f.entry.id === plan.id)?.json;
      expect(JSON.parse(JSON.stringify(buildScenario(plan)))).toEqual(shipped);
    }
  });
});
