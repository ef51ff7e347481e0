// fast-json-patch ships core.d.ts beside core.mjs, which TypeScript does not pair up: these are its types.
declare module 'fast-json-patch/module/core.mjs' {
  export * from 'fast-json-patch/module/core';
}
