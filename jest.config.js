/** Unit and integration tests of every workspace, run from the root. */
module.exports = {
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/{libs,services}/*/test/**/*.test.ts',
    '<rootDir>/charts/test/**/*.test.ts',
    '<rootDir>/tools/test/**/*.test.ts',
  ],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest'] },
  // jose 6 ships ESM only; let swc turn it into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  moduleNameMapper: {
    // Prisma's generated client imports './x.js' for files that are './x.ts' here.
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@atrium/(config|errors|logger|grpc|db|events|metrics|testing|proto|runtime|telemetry)$':
      '<rootDir>/libs/$1/src',
  },
  testTimeout: 30000,
  maxWorkers: 2,
};
