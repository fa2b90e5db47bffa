import { describe, expect, it } from 'vitest';
import { computeLinkState, matchCompareLinks, maxDifference, type LinkStateInput } from './linkState.ts';
import { syntheticMapSource } from './testing/syntheticMapSource.ts';
import type { MapSource } from './mapSource.ts';

const layers = { sea: true, air: true, rail: true, road: true };

function input(source: MapSource, overrides: Partial<LinkStateInput> = {}): LinkStateInput {
  const compareIndex = matchCompareLinks(source);
  return {
    source,
    week: 0,
    layers,
    colorMode: 'throughput',
    maxLinkTeu: Math.max(...source.linkTeu.values),
    compareIndex,
    maxDifferenceTeu: maxDifference(source, compareIndex),
    hoveredLink: -1,
    ...overrides,
  };
}

function source(): MapSource {
  const s = syntheticMapSource({ movingVehicles: 0, weeks: 2 });
  // Link 0 carries more than link 1 in week 0.
  s.linkTeu.values[0] = 1800;
  s.linkTeu.values[1] = 200;
  return s;
}

describe('computeLinkState', () => {
  it('draws a busier link wider', () => {
    const s = source();
    const out = new Float32Array(s.links.length * 4);
    computeLinkState(input(s), out);
    expect(out[3]).toBeGreaterThan(out[7]!);
  });

  it('hides the links of a mode whose layer is off', () => {
    const s = source();
    const out = new Float32Array(s.links.length * 4);
    computeLinkState(input(s, { layers: { ...layers, rail: false } }), out);
    s.links.forEach((link, i) => {
      if (link.mode === 'rail') expect(out[i * 4 + 3]).toBe(0);
      else expect(out[i * 4 + 3]).toBeGreaterThan(0);
    });
  });

  it('colours a link red when run B carries more than run A, blue when less', () => {
    const s = source();
    const b = new Float64Array(s.linkTeu.values);
    b[0] = 2500; // more in B
    b[1] = 0; // less in B
    s.compare = { linkIds: s.links.map((l) => l.id), linkTeu: { ...s.linkTeu, values: b } };
    const out = new Float32Array(s.links.length * 4);
    computeLinkState(input(s, { colorMode: 'difference' }), out);
    expect(out[0]).toBeGreaterThan(out[2]!); // red > blue
    expect(out[6]).toBeGreaterThan(out[4]!); // blue > red
  });

  it('matches run B links by id, not position', () => {
    const s = source();
    const ids = s.links.map((l) => l.id).reverse();
    s.compare = { linkIds: ids, linkTeu: s.linkTeu };
    const index = matchCompareLinks(s)!;
    expect(index[0]).toBe(ids.length - 1);
  });
});
