/**
 * The fault suite (`make faults`): each scenario breaks a real part of the platform (NATS, Postgres, a
 * backend, SMTP) under load and counts what was lost. It runs one file at a time, outside `make test`,
 * because it takes minutes and stops servers the rest of the suite would be using.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/services/gateway/test/faults/**/*.faults.ts'],
  testTimeout: 600_000,
  maxWorkers: 1,
};
