/** A FIFO of non-negative integers (consignment indices) in a growable power-of-two ring buffer. */
export class IndexQueue {
  private items = new Int32Array(8);
  private head = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.items.length) this.grow();
    this.items[(this.head + this.count) & (this.items.length - 1)] = value;
    this.count++;
  }

  /** The oldest value, or -1 when empty. */
  peek(): number {
    return this.count > 0 ? (this.items[this.head] as number) : -1;
  }

  /** The i-th oldest value (0 <= i < size). */
  at(i: number): number {
    return this.items[(this.head + i) & (this.items.length - 1)] as number;
  }

  /** Inserts `value` so that it becomes the i-th oldest (0 <= i <= size); the later ones move back. */
  insertAt(i: number, value: number): void {
    if (this.count === this.items.length) this.grow();
    const mask = this.items.length - 1;
    for (let k = this.count; k > i; k--)
      this.items[(this.head + k) & mask] = this.items[(this.head + k - 1) & mask] as number;
    this.items[(this.head + i) & mask] = value;
    this.count++;
  }

  /** Removes and returns the i-th oldest value (0 <= i < size); the older ones move up. */
  removeAt(i: number): number {
    const mask = this.items.length - 1;
    const value = this.items[(this.head + i) & mask] as number;
    for (let k = i; k > 0; k--)
      this.items[(this.head + k) & mask] = this.items[(this.head + k - 1) & mask] as number;
    this.head = (this.head + 1) & mask;
    this.count--;
    return value;
  }

  /** Removes and returns the oldest value, or -1 when empty. */
  shift(): number {
    if (this.count === 0) return -1;
    const value = this.items[this.head] as number;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.count--;
    return value;
  }

  private grow(): void {
    const old = this.items;
    const next = new Int32Array(old.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = old[(this.head + i) & (old.length - 1)] as number;
    this.items = next;
    this.head = 0;
  }
}
