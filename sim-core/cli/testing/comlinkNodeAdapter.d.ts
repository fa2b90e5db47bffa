// comlink ships the node adapter's types as node-adapter.d.ts beside node-adapter.mjs; under
// moduleResolution "Bundler" TypeScript does not pair the two, so this names them.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
