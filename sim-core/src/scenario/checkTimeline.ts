/**
 * Checks of the run's calendar and of the interventions: real dates, a warm-up shorter than the
 * run, interventions that start inside the run and name things that exist.
 */
import type { IssueCollector } from './IssueCollector.ts';
import { checkService, type NetworkIndex } from './checkNetwork.ts';
import { daysToIsoDate, isoDateToDays } from './isoDate.ts';
import type { PathSegments } from './jsonPath.ts';
import { quoted } from './safeText.ts';
import { asNumber, asRecord, asString, recordsOf, type LooseRecord } from './looseRead.ts';

/** The run's days since 1970-01-01: [startDay, endDay), or undefined when the dates are unusable. */
interface RunWindow {
  startDay: number;
  endDay: number;
}

export function checkTimeline(document: LooseRecord, index: NetworkIndex, issues: IssueCollector): void {
  const window = checkRunDates(document, issues);
  // Added services first: later interventions may scale or drop them.
  const added = recordsOf(document, 'interventions').filter(({ item }) => item['kind'] === 'add-service');
  for (const { index: i, item } of added) {
    const service = asRecord(item['service']);
    if (!service) continue;
    const path: PathSegments = ['interventions', i, 'service'];
    index.services.add(service['id'], [...path, 'id']);
    checkService(service, path, index, issues);
  }
  for (const { index: i, item } of recordsOf(document, 'interventions')) {
    const path: PathSegments = ['interventions', i];
    checkTarget(item, path, index);
    if (window) checkInterventionDates(item, path, window, issues);
  }
}

function checkRunDates(document: LooseRecord, issues: IssueCollector): RunWindow | undefined {
  const start = asString(document['startDate']);
  const startDay = start === undefined ? undefined : isoDateToDays(start);
  if (start !== undefined && startDay === undefined && /^\d{4}-\d{2}-\d{2}$/.test(start)) {
    issues.error(['startDate'], 'not-a-date', { value: quoted(start) });
  }
  const durationDays = asNumber(document['durationDays']);
  const warmupDays = asNumber(document['warmupDays']);
  if (
    durationDays !== undefined &&
    durationDays > 0 &&
    warmupDays !== undefined &&
    warmupDays >= durationDays
  ) {
    issues.error(['warmupDays'], 'warmup-too-long', { durationDays, got: warmupDays });
  }
  if (startDay === undefined || durationDays === undefined || durationDays <= 0) return undefined;
  return { startDay, endDay: startDay + Math.ceil(durationDays) };
}

function checkTarget(item: LooseRecord, path: PathSegments, index: NetworkIndex): void {
  switch (item['kind']) {
    case 'drop-service':
    case 'scale-frequency':
    case 'scale-capacity':
      index.services.reference(item['service'], [...path, 'service']);
      break;
    case 'throttle-node':
      index.nodes.reference(item['node'], [...path, 'node']);
      break;
    case 'throttle-link':
      index.links.reference(item['link'], [...path, 'link']);
      break;
    case 'demand-shock':
      if (item['corridor'] !== undefined) index.corridors.reference(item['corridor'], [...path, 'corridor']);
      break;
    default:
      break;
  }
}

function checkInterventionDates(
  item: LooseRecord,
  path: PathSegments,
  window: RunWindow,
  issues: IssueCollector,
): void {
  const lastDay = daysToIsoDate(window.endDay - 1);
  const firstDay = daysToIsoDate(window.startDay);
  const from = asString(item['from']);
  const fromDay = dateDay(from, [...path, 'from'], issues);
  if (fromDay !== undefined && (fromDay < window.startDay || fromDay >= window.endDay)) {
    issues.error([...path, 'from'], 'date-outside-run', {
      first: firstDay,
      last: lastDay,
      got: quoted(from ?? ''),
    });
  }
  const to = asString(item['to']);
  const toDay = dateDay(to, [...path, 'to'], issues);
  if (toDay === undefined) return;
  if (fromDay !== undefined && toDay <= fromDay) {
    issues.error([...path, 'to'], 'date-not-after-from', { from: from ?? '', got: quoted(to ?? '') });
  } else if (toDay > window.endDay) {
    issues.warn([...path, 'to'], 'date-after-run', { value: quoted(to ?? ''), last: lastDay });
  }
}

function dateDay(value: string | undefined, path: PathSegments, issues: IssueCollector): number | undefined {
  if (value === undefined) return undefined;
  const day = isoDateToDays(value);
  // A malformed string is the schema's to report; a well-formed non-date (02-30) is ours.
  if (day === undefined && /^\d{4}-\d{2}-\d{2}$/.test(value))
    issues.error(path, 'not-a-date', { value: quoted(value) });
  return day;
}
