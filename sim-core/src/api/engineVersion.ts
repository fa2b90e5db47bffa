/** The simulation engine's version, stamped on every result so that a run can be reproduced. */
export const ENGINE_VERSION = '0.1.0';
