// The spherical geometry lives in the core (sim-core/src/network/geo.ts), so the route geometry
// generator and the data builder share one definition; re-exported for the builder modules here.
export * from '../../src/network/geo.ts';
