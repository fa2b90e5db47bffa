/**
 * The editor worker's API (api/editorTypes.ts): the workbook through exceljs and route geometry
 * over the project's sea-lane file and Natural Earth land (world-atlas, as the map draws it).
 * Runs in the app's editor worker and, for tests, in Node.
 */
import landTopology from 'world-atlas/land-50m.json';
import seaLaneFile from '../../assets/network/sea-lanes.json';
import type { EditorApi, RouteRequest } from '../src/api/editorTypes.ts';
import type { LonLat } from '../src/network/geo.ts';
import { landMask, type IsOnLand } from '../src/network/landMask.ts';
import {
  buildSeaLaneGraph,
  greatCircleRoute,
  railRoute,
  seaRoute,
  type RouteGeometry,
  type SeaLaneGraph,
} from '../src/network/routeGeometry.ts';
import { validateScenario } from '../src/scenario/validate.ts';
import { workbookToCsvFiles } from '../src/results/workbookCsv.ts';
import { scenarioToWorkbook } from '../src/scenario/workbook/scenarioToWorkbook.ts';
import { workbookToScenario } from '../src/scenario/workbook/workbookToScenario.ts';
import { landPolygonsFromTopology } from './landPolygons.ts';
import { workbookToXlsx, xlsxToWorkbook } from './xlsxWorkbook.ts';

let sea: { graph: SeaLaneGraph; isOnLand: IsOnLand } | undefined;

/** Built on first use: the lane graph and the land polygons. */
function seaData(): { graph: SeaLaneGraph; isOnLand: IsOnLand } {
  if (!sea) {
    const lanes = Object.values((seaLaneFile as unknown as { lanes: Record<string, LonLat[]> }).lanes);
    sea = { graph: buildSeaLaneGraph(lanes), isOnLand: landMask(landPolygonsFromTopology(landTopology)) };
  }
  return sea;
}

function route(request: RouteRequest): RouteGeometry {
  const from: LonLat = [request.from.lon, request.from.lat];
  const to: LonLat = [request.to.lon, request.to.lat];
  switch (request.mode) {
    case 'sea': {
      const { graph, isOnLand } = seaData();
      return seaRoute(graph, from, to, isOnLand);
    }
    case 'rail':
      return railRoute(
        request.railLinks,
        { id: request.from.id, position: from },
        { id: request.to.id, position: to },
      );
    case 'air':
      return greatCircleRoute(from, to);
    case 'road':
      return greatCircleRoute(from, to, 'no road network here: drawn as a great circle placeholder');
  }
}

export function createEditorApi(): EditorApi {
  return {
    exportXlsx: async (scenario) => {
      const outcome = validateScenario(scenario);
      if (!outcome.ok) return { ok: false, issues: outcome.issues };
      return { ok: true, data: await workbookToXlsx(scenarioToWorkbook(outcome.scenario)) };
    },
    exportCsv: async (scenario) => {
      const outcome = validateScenario(scenario);
      if (!outcome.ok) return { ok: false, issues: outcome.issues };
      return { ok: true, data: workbookToCsvFiles(scenarioToWorkbook(outcome.scenario)) };
    },
    importXlsx: async (bytes, base) => {
      const reading = await xlsxToWorkbook(bytes);
      if (!reading.ok) return { ok: false, issues: [{ message: reading.message }] };
      return workbookToScenario(base, reading.tables);
    },
    routeGeometry: async (request) => route(request),
  };
}
