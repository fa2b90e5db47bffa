/**
 * The contract of the editor worker (sim-core/worker/editor.worker.ts): the planner's workbook in
 * and out, and map geometry for new links. Types only; the renderer imports them with `import type`.
 */
import type { LonLat } from '../network/geo.ts';
import type { RouteGeometry } from '../network/routeGeometry.ts';
import type { WorkbookIssue } from '../scenario/workbook/workbookIssues.ts';
import type { Mode, ValidationIssue } from './types.ts';

export type { LonLat, RouteGeometry, WorkbookIssue };

/** A workbook export, or why the scenario cannot be exported (it is invalid). */
export type WorkbookExport<T> = { ok: true; data: T } | { ok: false; issues: ValidationIssue[] };

/** An import: the whole new scenario document, or every problem by sheet, row and column. */
export type WorkbookImport =
  | { ok: true; document: Record<string, unknown>; warnings: WorkbookIssue[] }
  | { ok: false; issues: WorkbookIssue[] };

/** A node end of a new link. */
export interface RouteEnd {
  id: string;
  lon: number;
  lat: number;
}

export interface RouteRequest {
  mode: Mode;
  from: RouteEnd;
  to: RouteEnd;
  /** The scenario's rail links, for rail along existing lines. */
  railLinks: Array<{ from: string; to: string; geometry: LonLat[] }>;
}

export interface EditorApi {
  /** The scenario as .xlsx bytes (one sheet each: nodes, links, services, demand, interventions). */
  exportXlsx(scenario: unknown): Promise<WorkbookExport<Uint8Array>>;
  /** The same sheets as CSV files, by file name. */
  exportCsv(scenario: unknown): Promise<WorkbookExport<Record<string, string>>>;
  /** Reads edited .xlsx bytes onto `base`; all or nothing. */
  importXlsx(bytes: Uint8Array, base: unknown): Promise<WorkbookImport>;
  /** Map geometry and length of a new link. */
  routeGeometry(request: RouteRequest): Promise<RouteGeometry>;
}
