import { describe, expect, it } from 'vitest';
import { SimulationError } from '../kernel/SimulationError.ts';
import { compileScenario, runReplication } from './index.ts';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';

describe('errors during a run', () => {
  it('stop the run with the sim time and the entity whose event failed', () => {
    const scenario = new ScenarioBuilder({ durationDays: 28 })
      .node('busan', { kind: 'seaport', country: 'KR' })
      .node('qingdao', { kind: 'seaport' })
      .node('almaty', { country: 'KZ' })
      .link('busan', 'qingdao', 'sea')
      .link('qingdao', 'almaty', 'rail')
      .service('busan-qingdao', ['busan', 'qingdao'], { mode: 'sea', perWeek: 2, legHours: [30] })
      .service('sco-express', ['qingdao', 'almaty'], { perWeek: 2 })
      .demand('electronics', 'busan', 'almaty', { perWeek: 20 })
      .build();
    const compiled = compileScenario(scenario);
    // Corrupt the compiled scenario: Qingdao now points at a documents desk that does not exist.
    compiled.nodeDocumentsProcess[compiled.nodeIndex.get('qingdao') as number] = 99;
    let error: unknown;
    try {
      runReplication(compiled, { replication: 0, seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationError);
    const failure = error as SimulationError;
    // The first vessel leaves empty at 0 h; the second leaves at 84 h with cargo and lands at 114 h.
    expect(failure.simTimeHours).toBe(114);
    expect(failure.entity).toBe('vehicle of busan-qingdao');
    expect(failure.message).toBe(
      'event at 114.000 h for vehicle of busan-qingdao failed: node qingdao has no process #99 (compiled scenario out of step with the world)',
    );
  });
});
