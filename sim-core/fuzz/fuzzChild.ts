/**
 * The fuzz runner's child process: runs the case files it is sent and answers each with its
 * result and the process's peak memory so far. A case that hangs is ended by the parent killing
 * this process; one that exhausts memory ends it by itself, and the parent counts it as a crash.
 */
import { runCase } from './runCase.ts';

process.on('message', (message: { index: number; file: string }) => {
  const result = runCase(message.file);
  process.send?.({ index: message.index, result, maxRssMB: process.resourceUsage().maxRSS / 1024 });
});
process.send?.({ ready: true });
