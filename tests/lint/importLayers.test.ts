// The import rules of eslint.config.js, shown on planted files: an import that climbs a layer
// inside sim-core/src or renderer/src (and so could close a cycle) is refused with its message,
// the same import pointing down passes, and the cycle check (`npm run cycles`, dpdm) finds a cycle
// between two files of one folder, which no layer rule can see.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

// Loading the config and its plugins takes a few seconds once; every check after it, a few ms.
beforeAll(() => eslint.calculateConfigForFile('eslint.config.js'), 60_000);

/** The messages ESLint gives `code` as if it were the file at `filePath` (repository-relative). */
async function lintMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('sim-core/src layers', () => {
  it('refuses a model file that imports results (results already import the model)', async () => {
    const messages = await lintMessages(
      'sim-core/src/model/planted.ts',
      "import { aggregateReplications } from '../results/aggregate.ts';\nexport const planted = aggregateReplications;\n",
    );
    expect(messages.join('\n')).toMatch(/sim-core layers .*model\/ runs a replication/);
  });

  it('refuses a type-only import that climbs: the shared vocabulary imports nothing above it', async () => {
    const messages = await lintMessages(
      'sim-core/src/vocabulary/planted.ts',
      "import type { SimApi } from '../api/types.ts';\nexport type Planted = SimApi;\n",
    );
    expect(messages.join('\n')).toMatch(/vocabulary\/ is the bottom of sim-core/);
  });

  it('lets a layer import the layers below it', async () => {
    const messages = await lintMessages(
      'sim-core/src/results/planted.ts',
      "import { compileScenario } from '../model/index.ts';\nimport { MODES } from '../vocabulary/modes.ts';\nexport const planted = [compileScenario, MODES];\n",
    );
    expect(messages).toEqual([]);
  });
});

describe('renderer/src layers', () => {
  it('refuses a scene file that imports a feature (features import the scene)', async () => {
    const messages = await lintMessages(
      'renderer/src/scene/planted.tsx',
      "import { Timeline } from '../features/timeline/Timeline.tsx';\nexport const planted = Timeline;\n",
    );
    expect(messages.join('\n')).toMatch(/renderer layers: scene\/ may not import app\/ or features\//);
  });

  it('refuses a store that imports the scene, and a feature that imports the app', async () => {
    const store = await lintMessages(
      'renderer/src/state/planted.ts',
      "import type { MapModel } from '../scene/mapModel.ts';\nexport type Planted = MapModel;\n",
    );
    expect(store.join('\n')).toMatch(/renderer layers: state\//);
    const feature = await lintMessages(
      'renderer/src/features/dashboard/planted.ts',
      "import { MapSlot } from '../../app/MapSlot.tsx';\nexport const planted = MapSlot;\n",
    );
    expect(feature.join('\n')).toMatch(/renderer layers: features\/ may not import app\//);
  });

  it('lets the renderer import shared values from sim-core/src/vocabulary but only types from the API', async () => {
    const vocabulary = await lintMessages(
      'renderer/src/features/dashboard/planted.ts',
      "import { MODES } from '../../../../sim-core/src/vocabulary/modes.ts';\nexport const planted = MODES;\n",
    );
    expect(vocabulary).toEqual([]);
    const api = await lintMessages(
      'renderer/src/features/dashboard/planted.ts',
      "import { createSimApi } from '../../../../sim-core/src/api/index.ts';\nexport const planted = createSimApi;\n",
    );
    expect(api.join('\n')).toMatch(/may only `import type`/);
  });
});

describe('the cycle check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scoda-cycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a cycle between two files of one folder', async () => {
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts';\nexport const b = () => a;\n");
    const tree = await parseDependencyTree(['a.ts'], { cwd: dir, context: dir, extensions: ['.ts'] });
    const cycles = parseCircular(tree);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.map((file) => file.replace(/^.*[\\/]/, '')).sort()).toEqual(['a.ts', 'b.ts']);
  });
});
