import { describe, expect, it } from 'vitest';
import { OccupancyIntegral } from './OccupancyIntegral.ts';
import { RandomStreams } from './RandomStreams.ts';
import { TimeWeighted } from './TimeWeighted.ts';

describe('OccupancyIntegral', () => {
  it('gives the same time average, area and maximum as updating at every change', () => {
    // Random items enter and leave (in any order, not FIFO); the step curve of their count is
    // also fed to a TimeWeighted at each change. A reset in the middle is an end of warm-up.
    const stream = new RandomStreams(7).stream('occupancy');
    const occupancy = new OccupancyIntegral(0);
    const reference = new TimeWeighted(0, 0);
    const inside: number[] = []; // entry times
    let now = 0;
    for (let step = 0; step < 5000; step++) {
      now += stream.next01() * 3;
      if (step === 2500) {
        occupancy.reset(now);
        reference.reset(now);
      }
      if (inside.length === 0 || stream.next01() < 0.5) {
        inside.push(now);
        occupancy.enter(now);
      } else {
        const [entry] = inside.splice(stream.int(0, inside.length - 1), 1) as [number];
        occupancy.leave(entry, now - entry);
      }
      reference.update(now, inside.length);
    }
    const end = now + 5;
    expect(occupancy.current).toBe(inside.length);
    expect(occupancy.max).toBe(reference.max);
    expect(occupancy.integral(end)).toBeCloseTo(reference.integral(end), 6);
    expect(occupancy.mean(end)).toBeCloseTo(reference.mean(end), 9);
  });

  it('reads the current count as the mean before any time has passed', () => {
    const occupancy = new OccupancyIntegral(10);
    occupancy.enter(10);
    occupancy.enter(10);
    expect(occupancy.mean(10)).toBe(2);
    occupancy.leave(10, 4);
    expect(occupancy.mean(20)).toBeCloseTo((4 + 10) / 10, 12); // one left after 4 h, one still in
  });
});
