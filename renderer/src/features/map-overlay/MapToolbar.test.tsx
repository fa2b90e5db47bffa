import { act } from 'react';
import { NODE_KINDS } from '../../../../sim-core/src/vocabulary/nodeKinds.ts';
import english from '../../i18n/locales/en/map.json';
import { NODE_KIND_COLORS } from '../../scene/mapColors.ts';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MapLegend } from './MapLegend.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { useMapStore } from '../../state/useMapStore.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

beforeEach(() => {
  useMapStore.setState({
    viewMode: 'globe',
    colorMode: 'throughput',
    layers: { sea: true, air: true, rail: true, road: true },
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('MapToolbar', () => {
  it('turns a mode layer off and on, and says so with aria-pressed', () => {
    act(() => root.render(<MapToolbar />));
    expect(button('Rail').getAttribute('aria-pressed')).toBe('true');
    act(() => button('Rail').click());
    expect(useMapStore.getState().layers.rail).toBe(false);
    expect(button('Rail').getAttribute('aria-pressed')).toBe('false');
    expect(useMapStore.getState().layers.sea).toBe(true);
    act(() => button('Rail').click());
    expect(useMapStore.getState().layers.rail).toBe(true);
  });

  it('switches between the globe and the flat map', () => {
    act(() => root.render(<MapToolbar />));
    act(() => button('Flat map').click());
    expect(useMapStore.getState().viewMode).toBe('flat');
    act(() => button('Globe').click());
    expect(useMapStore.getState().viewMode).toBe('globe');
  });
});

describe('MapLegend', () => {
  it('shows the mode colours, and the diverging scale when comparing in difference mode', () => {
    act(() => root.render(<MapLegend comparing />));
    expect(container.textContent).toContain('Sea');
    expect(container.textContent).not.toContain('less in B');
    act(() => useMapStore.getState().setColorMode('difference'));
    expect(container.textContent).toContain('less in B');
    expect(container.textContent).toContain('more in B');
  });

  it('keeps the mode colours in difference mode when there is no run B', () => {
    useMapStore.setState({ colorMode: 'difference' });
    act(() => root.render(<MapLegend comparing={false} />));
    expect(container.textContent).toContain('Rail');
    expect(container.textContent).not.toContain('less in B');
  });

  it('lists every node kind with the colour its markers are drawn in, the overseas warehouse included', () => {
    act(() => root.render(<MapLegend comparing={false} />));
    const items = [...container.querySelectorAll('[data-testid="map-legend-kinds"] li')];
    expect(items.map((item) => item.textContent)).toEqual(NODE_KINDS.map((kind) => english[`kind_${kind}`]));
    const warehouse = items[NODE_KINDS.indexOf('overseas-warehouse')]?.querySelector('span');
    expect(warehouse?.getAttribute('style')).toContain(NODE_KIND_COLORS['overseas-warehouse']);
  });
});

describe('Back to Qingdao', () => {
  it('flies the camera home', async () => {
    const { cameraFlight, cameraView } = await import('../../state/useMapStore.ts');
    cameraView.lon = 10;
    act(() => root.render(<MapToolbar />));
    act(() => button('Back to Qingdao').click());
    expect(cameraFlight.active).toBe(true);
    expect(cameraFlight.toLon).toBeCloseTo(120.38, 6);
    expect(cameraFlight.fromLon).toBe(10);
  });
});
