import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** One independent source of random numbers. */
export interface RandomStream {
  /** Uniform in the open interval (0, 1): never 0 (safe for log) and never 1. */
  next01(): number;
  /** Uniform integer in [minInclusive, maxInclusive], unbiased (rejection sampling). */
  int(minInclusive: number, maxInclusive: number): number;
}

/** Uniforms made per refill of a stream's buffer. */
const BUFFER_SIZE = 32;

/**
 * xoroshiro128+ from pure-rand through its mutable API (next() advances in place).
 *
 * Uniforms are made BUFFER_SIZE at a time into a small Float64Array, so next01() is a few
 * bytecodes that V8 inlines into every sampler: drawing one uniform by two calls of pure-rand's
 * next() (166 bytecodes each) made next01() too big to inline, a call per draw and a boxed
 * (allocated) float64 result. The values and their order are exactly the unbuffered ones. int()
 * draws straight from the generator, so when uniforms made ahead are still unused it first puts
 * the generator back where the unbuffered stream would be (a clone kept from the last refill,
 * advanced by the uniforms used), so mixing next01() and int() also gives the unbuffered numbers.
 */
class XoroshiroStream implements RandomStream {
  private rng: RandomGenerator;
  /** The generator as it was before the last refill (for int()). */
  private atRefill: RandomGenerator;
  private readonly buffer = new Float64Array(BUFFER_SIZE);
  private used = BUFFER_SIZE;

  constructor(rng: RandomGenerator) {
    this.rng = rng;
    this.atRefill = rng;
  }

  next01(): number {
    if (this.used === this.buffer.length) this.refill(); // not BUFFER_SIZE: see refill()
    return this.buffer[this.used++] as number;
  }

  private refill(): void {
    const rng = this.rng;
    this.atRefill = rng.clone();
    const buffer = this.buffer;
    for (let i = 0; i < buffer.length; i++) {
      // 52 random bits from two 32-bit outputs (top 26 bits of each: xoroshiro128+'s low bits are
      // its weakest). (x + 0.5) / 2^52 lies strictly inside (0, 1) and is exact in float64.
      // The powers are written here, not as module constants: V8 (Node 20) reloads and re-checks
      // a module-level const from its context on every use in optimised code, a literal it does not.
      const high = rng.next() >>> 6;
      const low = rng.next() >>> 6;
      buffer[i] = (high * 2 ** 26 + low + 0.5) * 2 ** -52;
    }
    this.used = 0;
  }

  int(minInclusive: number, maxInclusive: number): number {
    if (
      !Number.isSafeInteger(minInclusive) ||
      !Number.isSafeInteger(maxInclusive) ||
      maxInclusive < minInclusive
    ) {
      throw new RangeError(`int: expected integers min <= max, got [${minInclusive}, ${maxInclusive}]`);
    }
    if (this.used < this.buffer.length) {
      // Rewind to just after the uniforms actually used (two generator steps each).
      const rng = this.atRefill.clone();
      for (let i = 0; i < 2 * this.used; i++) rng.next();
      this.rng = rng;
      this.used = this.buffer.length;
    }
    return uniformInt(this.rng, minInclusive, maxInclusive);
  }
}

/**
 * Named random streams. A stream's generator state is a 128-bit hash (cyrb128, by bryc, public
 * domain) of the text `"<seed>/<name>"`, so each stream depends only on the scenario seed and its
 * own name: adding, removing or reordering sources never shifts another source's numbers, and two
 * names give unrelated states. The generator is pure-rand's xoroshiro128+ (period 2^128 - 1),
 * seeded from that full 128-bit state rather than from a 32-bit seed.
 */
export class RandomStreams {
  private readonly seed: number;
  private readonly streams = new Map<string, RandomStream>();

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed))
      throw new RangeError(`RandomStreams: seed must be an integer, got ${seed}`);
    this.seed = seed;
  }

  /** The stream for `name`; the same object on every call with the same name. */
  stream(name: string): RandomStream {
    let stream = this.streams.get(name);
    if (stream === undefined) {
      stream = new XoroshiroStream(xoroshiro128plusFromState(streamState(this.seed, name)));
      this.streams.set(name, stream);
    }
    return stream;
  }
}

/** The 128-bit xoroshiro state of stream `name` under `seed` (never all zero). */
export function streamState(seed: number, name: string): [number, number, number, number] {
  const [a, b, c, d] = cyrb128(`${seed}/${name}`);
  // xoroshiro's one forbidden state is all-zero; a hash hitting it is ~2^-128, but be exact.
  return a === 0 && b === 0 && c === 0 && d === 0 ? [0, 0, 0, 1] : [a, b, c, d];
}

/** cyrb128: four 32-bit hashes of a string (bryc, "PRNGs and hashes in JavaScript", public domain). */
export function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 | 0, h2 | 0, h3 | 0, h4 | 0];
}
