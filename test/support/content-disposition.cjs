// Jest on Node 20 cannot require ES modules; @fastify/static requires the ESM-only content-disposition 3.
// Tests never download files through it, so this CommonJS stand-in only needs the same names.
function create(filename) {
  return `attachment; filename="${String(filename).replace(/["\\]/g, '_')}"`;
}
module.exports = { create, parse: () => ({ type: 'attachment', parameters: {} }) };
