// Runs before each unit test file (vitest.config.ts). Files share a worker process; this gives each
// one fresh modules of the project's own code, as a process of its own would: a store or cache
// filled by the file before is not seen. node_modules and the environment (happy-dom) stay loaded.
import { vi } from 'vitest';

vi.resetModules();
