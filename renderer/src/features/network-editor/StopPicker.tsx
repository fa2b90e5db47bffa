// Stops in order: type to search the nodes (id or name) and add one, or switch on "pick on map"
// and click nodes on the map; each stop can be removed or moved up.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchNodes, type NodeOption } from './nodeOptions.ts';
import { usePickedOnMap } from './usePickedOnMap.ts';

/** Matches listed under the search box at most. */
const MAX_MATCHES = 8;

export function StopPicker({
  nodes,
  stops,
  onChange,
}: {
  nodes: readonly NodeOption[];
  stops: readonly string[];
  onChange(stops: string[]): void;
}) {
  const { t } = useTranslation('network');
  const [query, setQuery] = useState('');
  const [picking, setPicking] = useState(false);
  usePickedOnMap('node', picking, (pick) => {
    if (pick.nodeId) onChange([...stops, pick.nodeId]);
  });
  const matches = query ? searchNodes(nodes, query).slice(0, MAX_MATCHES) : [];
  const nameOf = (id: string) => nodes.find((node) => node.id === id)?.name ?? id;
  const move = (index: number) => {
    const next = [...stops];
    [next[index - 1], next[index]] = [next[index] as string, next[index - 1] as string];
    onChange(next);
  };
  return (
    <div className="field stop-picker">
      <label htmlFor="stop-search">{t('service.stops')}</label>
      <ol data-testid="service-stops">
        {stops.map((id, index) => (
          <li key={`${id}-${index}`}>
            {nameOf(id)} <code>{id}</code>
            {index > 0 && (
              <button type="button" onClick={() => move(index)} aria-label={t('service.moveUp')}>
                ↑
              </button>
            )}
            <button
              type="button"
              onClick={() => onChange(stops.filter((_, i) => i !== index))}
              aria-label={t('service.removeStop')}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <input
        id="stop-search"
        type="search"
        placeholder={t('service.search')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {matches.length > 0 && (
        <ul className="stop-matches" role="listbox">
          {matches.map((node) => (
            <li key={node.id}>
              <button
                type="button"
                data-node={node.id}
                onClick={() => {
                  onChange([...stops, node.id]);
                  setQuery('');
                }}
              >
                {node.name} <code>{node.id}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        <input
          type="checkbox"
          checked={picking}
          onChange={(event) => setPicking(event.currentTarget.checked)}
          data-testid="stops-pick-on-map"
        />{' '}
        {t('service.pickOnMap')}
      </label>
    </div>
  );
}
