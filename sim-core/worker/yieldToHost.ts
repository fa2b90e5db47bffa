/**
 * Lets the worker's event loop run between chunks of a simulation, so that incoming messages
 * (a cancel, a validate call) are handled mid-run. A MessageChannel message is a macrotask that,
 * unlike setTimeout(0), browsers do not clamp to 4 ms after nesting: a ten-year run yields about
 * 500 times, and clamped timers would add two seconds.
 */
export function createYieldToHost(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  // addEventListener + start(): the form both the browser's and Node's MessagePort accept.
  channel.port1.addEventListener('message', () => waiting.shift()?.());
  channel.port1.start();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
