// The page's main-thread tasks from a Chromium trace (browser.startTracing with the 'toplevel' and
// 'blink.user_timing' categories), between two performance.mark() names the page sets. Each task
// comes with its wall time and its thread (CPU) time: on a shared machine the first includes the
// time other processes held the core, the second is what the page itself spent.

import type { Page } from '@playwright/test';

/** The categories to trace for mainThreadTasks. */
export const MAIN_THREAD_TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

export interface MainThreadTask {
  /** Start, ms after the `from` mark. */
  atMs: number;
  wallMs: number;
  /** Thread time; the wall time for the rare task the trace gives none (a zero-length one). */
  cpuMs: number;
  /** Whether the trace had the task's thread time. */
  measuredCpu: boolean;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat?: string;
}

function markTime(events: TraceEvent[], name: string): TraceEvent {
  const mark = events.find((e) => e.name === name && (e.cat ?? '').includes('user_timing'));
  if (!mark) throw new Error(`the trace has no performance.mark('${name}'): was it set while tracing?`);
  return mark;
}

/**
 * Tasks of the thread that set the `from` mark (the page's main thread) that overlap the window
 * from the `from` mark to `afterMs` past the `to` mark.
 */
export function mainThreadTasks(trace: Buffer, from: string, to: string, afterMs: number): MainThreadTask[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const start = markTime(events, from);
  const endUs = markTime(events, to).ts + afterMs * 1000;
  return events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ts + (e.dur ?? 0) >= start.ts &&
        e.ts <= endUs,
    )
    .map((e) => ({
      atMs: Math.round((e.ts - start.ts) / 100) / 10,
      wallMs: Math.round((e.dur ?? 0) / 100) / 10,
      cpuMs: Math.round((e.tdur ?? e.dur ?? 0) / 100) / 10,
      measuredCpu: e.tdur !== undefined,
    }));
}

export interface TracedWindow {
  /** performance.mark() names the page sets at the window's start and end. */
  from: string;
  to: string;
  /** How long past the `to` mark the window lasts, ms. */
  afterMs: number;
  /** Longest wait for the `to` mark, ms. */
  timeoutMs: number;
}

/**
 * Traces `page` while `act` runs and until `window.afterMs` past the page's `window.to` mark, and
 * returns the main-thread tasks of that window. The wait polls a cheap check four times a second,
 * so the test's own queries add little to what is measured.
 */
export async function traceMainThread(
  page: Page,
  act: () => Promise<void>,
  window: TracedWindow,
): Promise<MainThreadTask[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser to trace');
  await browser.startTracing(page, { categories: MAIN_THREAD_TRACE_CATEGORIES });
  try {
    await act();
    await page.waitForFunction((to) => performance.getEntriesByName(to).length > 0, window.to, {
      timeout: window.timeoutMs,
      polling: 250,
    });
    await page.waitForTimeout(window.afterMs);
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  return mainThreadTasks(await browser.stopTracing(), window.from, window.to, window.afterMs);
}
