/// <reference lib="webworker" />
// The Web Worker entry: the whole simulation API, exposed through comlink (see exposeSimApi.ts).
import { exposeSimApi } from './exposeSimApi.ts';
import { createYieldToHost } from './yieldToHost.ts';

exposeSimApi(self, createYieldToHost());
