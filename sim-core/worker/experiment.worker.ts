/// <reference lib="webworker" />
// The app's experiment worker (a pool of them runs an experiment's points): the experiment API of
// sim-core/src/experiment/experimentApi.ts, exposed through comlink. Progress callbacks come as
// Comlink.proxy and are called fire-and-forget.
import { exposeExperimentApi } from './exposeExperimentApi.ts';

exposeExperimentApi(self);
