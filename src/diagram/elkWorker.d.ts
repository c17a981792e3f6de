/** elkjs's in-process worker (CommonJS, untyped): `{ Worker }`, used by elkRun.ts only. */
declare module 'elkjs/lib/elk-worker.min.js' {
  const worker: { readonly Worker: unknown };
  export default worker;
}
