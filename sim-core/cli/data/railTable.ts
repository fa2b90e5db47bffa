/**
 * The train services, 2025. Each origin-destination pair has one main train (the engine sends
 * cargo to the cheapest itinerary and spills to others only when two train-loads already wait),
 * so every train's load is the demand of its own destination: Almaty via Alashankou; Bishkek via
 * Khorgos; Moscow (Selyatino) via Manzhouli; Moscow region (Vorsino) via Tongjiang from 2024;
 * Europe via Kazakhstan and Vorsino, or via Manzhouli for Minsk; Ulaanbaatar via Erenhot.
 * Frequencies are estimates (C) scaled so that the hub sees 1,225 trains in 2025 (scenarioBuilder).
 */
import type { Provenance } from '../../src/scenario/schema.ts';
import { estimate, SRC, withNote } from './sources.ts';

export interface RailSpec {
  id: string;
  corridor: string;
  stops: string[];
  /** Departures a week from the first stop in 2025, before scaling to the year's train count. */
  perWeek: number;
  /** Share of runs that come back (return trains; 40 % of all trains in 2024). */
  returnShare: number;
  /** Fixed weekdays (1 = Monday) instead of an even spread. */
  weekdays?: number[];
  /** How the outbound load splits over destinations (the demand's origin is the first stop). */
  outbound: Record<string, number>;
  /** How the return load splits over the origins it picks up at. */
  inbound: Record<string, number>;
  ratePerTeuUsd: number;
  /** First date it runs (absent: before 2018). */
  since?: string;
  brand: 'sco' | 'europe' | 'land-sea' | 'vladivostok' | 'background';
  scheduled: boolean;
  /** Extra trains on demand: when a train-load waits, at most this many a week (Service.adHoc). */
  adHocPerWeek?: number;
  provenance: Provenance;
}

const JZ = 'jiaozhou-hub';
const WEST = [JZ, 'zhengzhou', 'xian', 'lanzhou', 'urumqi'];
const ALA = [...WEST, 'alashankou', 'aktogay'];
const KHO = [...WEST, 'khorgos'];
const NORTH = [JZ, 'tianjin', 'harbin', 'manzhouli', 'chita', 'ulan-ude'];
const EU = ['minsk', 'brest-malaszewicze', 'warsaw'];
const freq = (note: string): string => `${note}; frequency and return share are estimates (C)`;

export const RAIL: RailSpec[] = [
  {
    id: 'sco-almaty',
    corridor: 'central-asia-rail',
    stops: [...ALA, 'almaty'],
    perWeek: 3.5,
    returnShare: 0.85,
    outbound: { almaty: 1 },
    inbound: { almaty: 1 },
    ratePerTeuUsd: 3000,
    brand: 'sco',
    scheduled: true,
    provenance: withNote(SRC.scheduledTrains, freq('Alashankou fixed-timetable path (14 a week in all)')),
  },
  {
    id: 'sco-tashkent',
    corridor: 'central-asia-rail',
    stops: [...ALA, 'almaty', 'tashkent'],
    perWeek: 1.5,
    returnShare: 0.65,
    outbound: { tashkent: 1 },
    inbound: { tashkent: 1 },
    ratePerTeuUsd: 3400,
    brand: 'sco',
    scheduled: true,
    provenance: estimate(
      2025,
      freq(
        'point-to-point Tashkent SCO Express exists since 2020-21 (facts 2.5); path via Alashankou and Almaty assumed',
      ),
    ),
  },
  {
    id: 'sco-bishkek',
    corridor: 'central-asia-rail',
    stops: [...KHO, 'almaty', 'bishkek'],
    perWeek: 1,
    returnShare: 0.6,
    outbound: { bishkek: 1 },
    inbound: { bishkek: 1 },
    ratePerTeuUsd: 3300,
    brand: 'sco',
    scheduled: false,
    adHocPerWeek: 2,
    provenance: withNote(SRC.bishkekDays, freq('via Khorgos')),
  },
  {
    id: 'sco-dushanbe',
    corridor: 'central-asia-rail',
    stops: [...ALA, 'almaty', 'tashkent', 'dushanbe'],
    perWeek: 0.5,
    returnShare: 0.4,
    outbound: { dushanbe: 1 },
    inbound: { dushanbe: 1 },
    ratePerTeuUsd: 3800,
    brand: 'sco',
    scheduled: false,
    provenance: withNote(SRC.dushanbeDays, freq('path via Tashkent and Termez')),
  },
  {
    id: 'sco-moscow-manzhouli',
    corridor: 'russia-rail',
    stops: [...NORTH, 'moscow'],
    perWeek: 2.2,
    returnShare: 0.85,
    outbound: { moscow: 1 },
    inbound: { moscow: 1 },
    ratePerTeuUsd: 4200,
    brand: 'sco',
    scheduled: false,
    provenance: withNote(
      SRC.moscowDays,
      freq(
        'to Selyatino via Manzhouli-Zabaikalsk and the Trans-Siberian; ordinary (not fixed-timetable) train: only Alashankou and Khorgos paths are reported as scheduled',
      ),
    ),
  },
  {
    id: 'sco-moscow-tongjiang',
    corridor: 'russia-rail',
    stops: [JZ, 'tianjin', 'harbin', 'tongjiang', 'chita', 'ulan-ude', 'moscow', 'moscow-vorsino'],
    perWeek: 0.5,
    returnShare: 0.6,
    outbound: { 'moscow-vorsino': 1 },
    inbound: { 'moscow-vorsino': 1 },
    ratePerTeuUsd: 4200,
    since: '2024-06-01',
    brand: 'sco',
    scheduled: false,
    provenance: withNote(SRC.tongjiang, freq('to the Vorsino terminal; start month estimated')),
  },
  {
    id: 'europe-budapest',
    corridor: 'europe-rail',
    stops: [...ALA, 'moscow-vorsino', ...EU, 'budapest'],
    perWeek: 1,
    weekdays: [4],
    returnShare: 0.5,
    outbound: { budapest: 1 },
    inbound: { budapest: 1 },
    ratePerTeuUsd: 5200,
    since: '2022-07-01',
    brand: 'europe',
    scheduled: true,
    provenance: withNote(SRC.budapestDays, 'weekly every Thursday (2024); return share estimated (C)'),
  },
  {
    id: 'europe-duisburg',
    corridor: 'europe-rail',
    stops: [...ALA, 'moscow-vorsino', ...EU, 'duisburg'],
    perWeek: 0.5,
    returnShare: 0.5,
    outbound: { duisburg: 1 },
    inbound: { duisburg: 1 },
    ratePerTeuUsd: 5400,
    brand: 'europe',
    scheduled: false,
    provenance: withNote(SRC.duisburgProxy, freq('no Qingdao-Duisburg figure; path via Alashankou')),
  },
  {
    id: 'europe-minsk',
    corridor: 'europe-rail',
    stops: [...NORTH, 'moscow', 'moscow-vorsino', 'minsk'],
    perWeek: 0.5,
    returnShare: 0.5,
    outbound: { minsk: 1 },
    inbound: { minsk: 1 },
    ratePerTeuUsd: 4600,
    brand: 'europe',
    scheduled: false,
    provenance: withNote(SRC.minskProxy, freq('via Manzhouli')),
  },
  {
    id: 'sco-ulaanbaatar',
    corridor: 'mongolia-rail',
    stops: [JZ, 'tianjin', 'erenhot', 'ulaanbaatar'],
    perWeek: 1,
    returnShare: 0.6,
    outbound: { ulaanbaatar: 1 },
    inbound: { ulaanbaatar: 1 },
    ratePerTeuUsd: 2000,
    brand: 'sco',
    scheduled: false,
    provenance: withNote(SRC.erenhot, freq('Qingdao-Erenhot-Ulaanbaatar line')),
  },
  {
    id: 'land-sea-express',
    corridor: 'japan-korea-land-sea',
    stops: ['qingdao-port', ...ALA, 'almaty', 'tashkent'],
    perWeek: 2.5,
    returnShare: 0.4,
    outbound: { almaty: 0.5, tashkent: 0.5 },
    // Return cargo for Japan and Korea boards at the terminus (C): picked up at Almaty it queued
    // behind Almaty's cargo for Jiaozhou, which also rides the return run, and never left.
    inbound: { tashkent: 1 },
    ratePerTeuUsd: 3600,
    brand: 'land-sea',
    scheduled: true,
    provenance: withNote(
      SRC.landSea,
      "loads at the port rail yard, calls at Jiaozhou. Frequency 2.5 a week (~130 a year; estimate, C): the 698 trains of the 2025 SCODA review (gscn.com.cn 2026-01-19, B) read as cumulative since 2016, because 698 in 2025 alone, each counted arriving and leaving at Jiaozhou, would exceed the hub's 1,225 trains of 2025; 698 over 2016-2025 growing ~20 % a year (the hub's train growth 2024-2025) puts 2025 at ~130; return share estimated (C)",
    ),
  },
  {
    id: 'vladivostok-moscow-rail',
    corridor: 'russia-sea',
    stops: ['vladivostok', 'chita', 'ulan-ude', 'moscow'],
    perWeek: 3,
    returnShare: 0.3,
    outbound: {},
    inbound: {},
    ratePerTeuUsd: 2800,
    since: '2022-09-14',
    brand: 'vladivostok',
    scheduled: false,
    provenance: withNote(
      SRC.vladivostok,
      freq('onward Russian trains for the sea-rail link, 3 a week to carry one sailing'),
    ),
  },
  {
    id: 'background-alashankou',
    corridor: 'china-europe-background',
    stops: ['urumqi', 'alashankou', 'aktogay'],
    perWeek: 56,
    returnShare: 1,
    outbound: {},
    inbound: {},
    ratePerTeuUsd: 20000,
    brand: 'background',
    scheduled: false,
    provenance: withNote(
      SRC.alashankouDepot,
      "other cities' China-Europe trains through Alashankou, ~16 a day both ways, so the crossing's capacity is shared as in reality; they carry no modelled cargo (their rate keeps routing off them) (C)",
    ),
  },
  {
    id: 'background-khorgos',
    corridor: 'china-europe-background',
    stops: ['urumqi', 'khorgos', 'almaty'],
    perWeek: 42,
    returnShare: 1,
    outbound: {},
    inbound: {},
    ratePerTeuUsd: 20000,
    brand: 'background',
    scheduled: false,
    provenance: withNote(
      SRC.borderVolumes,
      "other cities' trains through Khorgos, ~12 a day both ways (Khorgos >6,600 to 29 Aug 2025); no modelled cargo (C)",
    ),
  },
];
