/**
 * Writes the built-in scenarios (assets/scenarios/*.json and index.json) and the network as
 * GeoJSON (assets/network/network.geojson) from the corridor tables in assets/data, as the
 * modules in this folder read and derive them. Every scenario is validated before anything is
 * written; files are written atomically.
 *
 *   npx tsx sim-core/cli/data/buildScenarios.ts
 */
import path from 'node:path';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { buildScenario } from './scenarioBuilder.ts';
import { PLANS } from './scenarios.ts';
import { writeJsonAtomic } from './writeJsonAtomic.ts';

const ASSETS = path.resolve(import.meta.dirname, '../../../assets');

function networkGeoJson(s: ScenarioInput): unknown {
  return {
    type: 'FeatureCollection',
    features: [
      ...s.nodes.map((n) => ({
        type: 'Feature',
        id: n.id,
        geometry: { type: 'Point', coordinates: [n.lon, n.lat] },
        properties: { id: n.id, kind: n.kind, name: n.name, country: n.country, gaugeMm: n.gaugeMm ?? null },
      })),
      ...s.links.map((l) => ({
        type: 'Feature',
        id: l.id,
        geometry: { type: 'LineString', coordinates: l.geometry },
        properties: {
          id: l.id,
          from: l.from,
          to: l.to,
          mode: l.mode,
          distanceKm: l.distanceKm,
          provenance: l.provenance ?? null,
        },
      })),
    ],
  };
}

function main(): void {
  const scenarios = PLANS.map(buildScenario);
  let failed = false;
  for (const s of scenarios) {
    const outcome = validateScenario(s);
    if (!outcome.ok) {
      failed = true;
      console.error(`scenario ${s.id}: ${outcome.issues.length} issue(s)`);
      for (const i of outcome.issues.slice(0, 20)) console.error(`  ${i.path}: ${i.message}`);
    } else if (outcome.warnings.length > 0) {
      console.warn(`scenario ${s.id}: ${outcome.warnings.length} warning(s)`);
      for (const i of outcome.warnings.slice(0, 20)) console.warn(`  ${i.path}: ${i.message}`);
    }
  }
  if (failed) process.exit(1);
  for (const s of scenarios) {
    writeJsonAtomic(path.join(ASSETS, 'scenarios', `${s.id}.json`), s);
    console.log(
      `${s.id}: ${s.nodes.length} nodes, ${s.links.length} links, ${s.services.length} services, ${s.demand.length} demand pairs, ${(s.interventions ?? []).length} interventions`,
    );
  }
  writeJsonAtomic(path.join(ASSETS, 'scenarios', 'index.json'), {
    scenarios: scenarios.map((s) => ({
      id: s.id,
      file: `${s.id}.json`,
      name: s.name,
      description: s.description,
    })),
  });
  const first = scenarios[0];
  if (first !== undefined)
    writeJsonAtomic(path.join(ASSETS, 'network', 'network.geojson'), networkGeoJson(first));
}

main();
