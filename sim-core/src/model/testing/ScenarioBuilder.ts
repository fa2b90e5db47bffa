/**
 * Builds small scenarios for tests in a few readable lines: nodes on a line of longitudes, links
 * between them, services, demand in TEU a week. `build()` fills defaults through the zod schema,
 * exactly as a scenario file would get them.
 */
import {
  Scenario,
  SCHEMA_VERSION,
  type Distribution,
  type Intervention,
  type Mode,
  type NodeKind,
  type NodeProcess,
  type ScenarioInput,
} from '../../scenario/schema.ts';

type In<T> = T extends object ? { [K in keyof T]?: unknown } : never;
type NodeIn = NonNullable<ScenarioInput['nodes']>[number];
type ServiceIn = NonNullable<ScenarioInput['services']>[number];
type DemandIn = NonNullable<ScenarioInput['demand']>[number];
type DocumentsIn = ScenarioInput['documents'];

const text = (s: string): { en: string; zh: string; ru: string } => ({ en: s, zh: s, ru: s });
const zeroStep = { hours: { kind: 'deterministic', value: 0 } as Distribution, feeUsd: 0 };
/** Days in a year of demand (the model's sim year is 365.25 days). */
export const WEEKS_PER_YEAR = 365.25 / 7;

export interface ServiceOptions {
  mode?: Mode;
  legHours?: (number | Distribution)[];
  perWeek?: number;
  weekdays?: number[];
  firstDepartureHour?: number;
  capacityTeu?: number;
  capacityTonnes?: number;
  cutoffHours?: number;
  rateUsd?: number;
  returnShare?: number;
  corridor?: string;
  scheduled?: boolean;
  /** Extra departures on demand (Service.adHoc). */
  adHoc?: { maxPerWeek: number; minLoadShare?: number };
}

export class ScenarioBuilder {
  private readonly doc: ScenarioInput & {
    nodes: NodeIn[];
    links: unknown[];
    services: ServiceIn[];
    demand: DemandIn[];
  };

  constructor(opts: { durationDays?: number; warmupDays?: number; seed?: number; startDate?: string } = {}) {
    this.doc = {
      schemaVersion: SCHEMA_VERSION,
      id: 'test',
      name: text('Test'),
      description: text('A scenario built by a test'),
      startDate: opts.startDate ?? '2025-01-06',
      durationDays: opts.durationDays ?? 364,
      warmupDays: opts.warmupDays ?? 0,
      seed: opts.seed ?? 1,
      nodes: [],
      links: [],
      services: [],
      corridors: [{ id: 'main', name: text('Main'), singleDocumentShare: 0, growthPerYear: 0 }],
      demand: [],
      documents: {
        multi: {
          billOfLading: zeroStep,
          transitDeclaration: zeroStep,
          inspectionProbability: 0,
          inspection: zeroStep,
        },
        single: { declarationAtOrigin: zeroStep, sealedTransfer: zeroStep },
        rules: [],
      },
      interventions: [],
    };
  }

  node(
    id: string,
    opts: { kind?: NodeKind; country?: string; gaugeMm?: 1435 | 1520; processes?: In<NodeProcess>[] } = {},
  ): this {
    const n = this.doc.nodes.length;
    this.doc.nodes.push({
      id,
      kind: opts.kind ?? 'rail-terminal',
      name: text(id),
      lon: 100 + n,
      lat: 40,
      country: opts.country ?? 'CN',
      ...(opts.gaugeMm === undefined ? {} : { gaugeMm: opts.gaugeMm }),
      processes: (opts.processes ?? []) as NodeProcess[],
    });
    return this;
  }

  link(
    from: string,
    to: string,
    mode: Mode,
    opts: { km?: number; vehiclesPerWeek?: number; id?: string } = {},
  ): this {
    const a = this.doc.nodes.find((n) => n.id === from);
    const b = this.doc.nodes.find((n) => n.id === to);
    this.doc.links.push({
      id: opts.id ?? `${from}-${to}-${mode}`,
      from,
      to,
      mode,
      distanceKm: opts.km ?? 1000,
      geometry: [
        [a?.lon ?? 0, a?.lat ?? 0],
        [b?.lon ?? 1, b?.lat ?? 0],
      ],
      ...(opts.vehiclesPerWeek === undefined ? {} : { capacityVehiclesPerWeek: opts.vehiclesPerWeek }),
    });
    return this;
  }

  service(id: string, stops: string[], opts: ServiceOptions = {}): this {
    const mode = opts.mode ?? 'rail';
    const vehicle = { sea: 'vessel', air: 'aircraft', rail: 'train', road: 'truck' } as const;
    const legs = (opts.legHours ?? stops.slice(1).map(() => 24)).map((h) =>
      typeof h === 'number' ? ({ kind: 'deterministic', value: h } as const) : h,
    );
    this.doc.services.push({
      id,
      name: text(id),
      mode,
      vehicle: vehicle[mode],
      stops,
      legHours: legs,
      timetable:
        opts.weekdays !== undefined
          ? { weekdays: opts.weekdays, hourOfDay: 12 }
          : { departuresPerWeek: opts.perWeek ?? 1, firstDepartureHour: opts.firstDepartureHour ?? 0 },
      capacity: mode === 'air' ? { tonnes: opts.capacityTonnes ?? 100 } : { teu: opts.capacityTeu ?? 50 },
      cutoffHours: opts.cutoffHours ?? 0,
      ratePerUnitUsd: opts.rateUsd ?? 1000,
      returnShare: opts.returnShare ?? 0,
      corridor: opts.corridor ?? 'main',
      scheduled: opts.scheduled ?? true,
      ...(opts.adHoc === undefined ? {} : { adHoc: opts.adHoc }),
    });
    return this;
  }

  /** Demand of `teuPerWeek` (or tonnes for unit 'tonnes') on average, Poisson arrivals. */
  demand(
    id: string,
    origin: string,
    destination: string,
    opts: Partial<Omit<DemandIn, 'id' | 'origin' | 'destination'>> & { perWeek?: number } = {},
  ): this {
    const { perWeek, ...rest } = opts;
    this.doc.demand.push({
      id,
      origin,
      destination,
      commodity: 'general',
      unit: 'teu',
      annualVolume: (perWeek ?? 10) * WEEKS_PER_YEAR,
      valuePerUnitUsd: 50_000,
      direction: 'export',
      corridor: 'main',
      ...rest,
    });
    return this;
  }

  corridor(id: string, opts: { singleDocumentShare?: number; growthPerYear?: number } = {}): this {
    const list = this.doc.corridors ?? [];
    const existing = list.findIndex((c) => c.id === id);
    const corridor = { id, name: text(id), singleDocumentShare: 0, growthPerYear: 0, ...opts };
    if (existing >= 0) list[existing] = corridor;
    else list.push(corridor);
    this.doc.corridors = list;
    return this;
  }

  /** The default document steps, and rules by mode and corridor (none when not given). */
  documents(docs: Omit<DocumentsIn, 'rules'> & { rules?: DocumentsIn['rules'] }): this {
    this.doc.documents = { rules: [], ...docs };
    return this;
  }

  intervention(iv: Intervention): this {
    this.doc.interventions = [...(this.doc.interventions ?? []), iv];
    return this;
  }

  kpi(kpi: ScenarioInput['kpi']): this {
    this.doc.kpi = kpi;
    return this;
  }

  /** The scenario as a file would hold it. */
  input(): ScenarioInput {
    return JSON.parse(JSON.stringify(this.doc)) as ScenarioInput;
  }

  build(): Scenario {
    return Scenario.parse(this.input());
  }
}
