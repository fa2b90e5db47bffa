/**
 * The buffers of every typed array in a value (a RunResult), so that comlink can transfer them to
 * the renderer instead of copying: a ten-year run with its trip table is tens of megabytes, and a
 * transfer moves it in constant time. After the transfer the worker's copies are detached, which
 * is fine: the worker keeps nothing of a finished run.
 */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (ArrayBuffer.isView(item)) {
      // A SharedArrayBuffer is shared, not transferred; it cannot be in a transfer list.
      if (item.buffer instanceof ArrayBuffer && item.buffer.byteLength > 0) buffers.add(item.buffer);
      continue;
    }
    if (item instanceof ArrayBuffer) {
      if (item.byteLength > 0) buffers.add(item);
      continue;
    }
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return [...buffers];
}
