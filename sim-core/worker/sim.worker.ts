/// <reference lib="webworker" />
// The Web Worker entry: the whole simulation API, exposed through comlink.
import * as Comlink from 'comlink';
import { createSimApi } from '../src/api/index.ts';

Comlink.expose(createSimApi());
