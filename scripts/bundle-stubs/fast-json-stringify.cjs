// Stands in for fast-json-stringify in the bundle. graphql-jit loads it for its optional
// `customJSONSerializer`, which the gateway leaves off (it writes JSON.stringify's output). The real
// package and its schema compiler (ajv) would stay in the heap, ~2 MB, for nothing.
module.exports = function fastJsonStringifyIsLeftOut() {
  throw new Error('fast-json-stringify is not in the gateway bundle: graphql-jit must run with customJSONSerializer off');
};
