/** Cross-reference checks of the demand table and the KPI settings. */
import { IdIndex, type IssueCollector } from './IssueCollector.ts';
import type { NetworkIndex } from './checkNetwork.ts';
import { asArray, asNumber, asRecord, recordsOf, type LooseRecord } from './looseRead.ts';

export function checkDemand(document: LooseRecord, index: NetworkIndex, issues: IssueCollector): void {
  const demandIds = new IdIndex('demand', issues);
  for (const { index: i, item } of recordsOf(document, 'demand')) {
    const path = ['demand', i];
    demandIds.add(item['id'], [...path, 'id']);
    // origin === destination is a single terminal: the cargo passes the node's processes (model README).
    index.nodes.reference(item['origin'], [...path, 'origin']);
    index.nodes.reference(item['destination'], [...path, 'destination']);
    index.corridors.reference(item['corridor'], [...path, 'corridor']);
    const seasonality = asArray(item['seasonality']);
    if (seasonality.length === 12 && seasonality.every((weight) => asNumber(weight) === 0)) {
      issues.error(
        [...path, 'seasonality'],
        'all 12 monthly weights are 0; give at least one month a weight > 0',
      );
    }
  }
}

export function checkKpi(document: LooseRecord, index: NetworkIndex): void {
  const kpi = asRecord(document['kpi']);
  if (kpi && kpi['trainHubNode'] !== undefined)
    index.nodes.reference(kpi['trainHubNode'], ['kpi', 'trainHubNode']);
}
