/** Jest runs in ESM mode: NestJS 12 is ESM-only and Node 20 cannot require it from CommonJS jest. */
const transform = {
  '^.+\\.ts$': [
    'ts-jest',
    {
      useESM: true,
      tsconfig: '<rootDir>/tsconfig.jest.json',
      astTransformers: { before: ['<rootDir>/test/support/swagger-plugin-transformer.cjs'] },
    },
  ],
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^content-disposition$': '<rootDir>/test/support/content-disposition.cjs',
  },
  transform,
  testEnvironment: 'node',
};

/**
 * Suites that take minutes (fuzzing from the OpenAPI document, two replicas, a real browser, child
 * processes): `npm run test:quick` leaves them out; `npm test` and CI run everything.
 */
const SLOW_SUITES = ['fuzz', 'contract-fuzz', 'replicas', 'browser', 'one-process'];
const quick = process.env.ROPA_TEST_QUICK === '1';
const slowIgnored = quick ? SLOW_SUITES.map((name) => `<rootDir>/test/${name}\\.e2e-spec\\.ts$`) : [];

module.exports = {
  // A cap, not a target: an app boots in seconds on an idle machine and in over a minute on one running CI beside other builds.
  testTimeout: 180000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/migrations/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...slowIgnored],
    },
  ],
};
