/** Cross-reference checks of the document rules: rule ids unique, corridors known. */
import type { NetworkIndex } from './checkNetwork.ts';
import { IdIndex, type IssueCollector } from './IssueCollector.ts';
import { asArray, asRecord, recordsOf, type LooseRecord } from './looseRead.ts';

export function checkDocuments(document: LooseRecord, index: NetworkIndex, issues: IssueCollector): void {
  const ruleIds = new IdIndex('document rule', issues);
  for (const { index: i, item } of recordsOf(asRecord(document['documents']), 'rules')) {
    const path = ['documents', 'rules', i];
    ruleIds.add(item['id'], [...path, 'id']);
    asArray(item['corridors']).forEach((corridor, k) =>
      index.corridors.reference(corridor, [...path, 'corridors', k]),
    );
  }
}
