'use strict';
/**
 * Health probe for docker compose, which has no native gRPC probe (Kubernetes does, and the
 * chart uses that instead):
 *
 *   node deploy/healthcheck.js grpc <port> [service]   grpc.health.v1 Check on 127.0.0.1:<port>
 *   node deploy/healthcheck.js http <port> <path>       GET http://127.0.0.1:<port><path>, 2xx
 *
 * Exits 0 when healthy and 1 otherwise, always within 3 s. tools/run-all.js reuses checkGrpc.
 */
const http = require('node:http');
const { setTimeout } = require('node:timers');

const CHECK_TIMEOUT_MS = 2500;

/** The serving status ('SERVING', 'NOT_SERVING', …) a gRPC server reports; rejects when it does not answer. */
function checkGrpc(address, { service = '', timeoutMs = CHECK_TIMEOUT_MS } = {}) {
  // Loaded here so that HTTP checks do not pay for gRPC.
  const grpc = require('@grpc/grpc-js');
  const { service: healthService } = require('grpc-health-check');
  const Health = grpc.makeClientConstructor(healthService, 'grpc.health.v1.Health');
  const client = new Health(address, grpc.credentials.createInsecure());
  return new Promise((resolve, reject) => {
    client.check({ service }, { deadline: Date.now() + timeoutMs }, (error, response) => {
      client.close();
      if (error) reject(error);
      else resolve(response.status);
    });
  });
}

/** The HTTP status of a GET; rejects when nothing answers in time. */
function checkHttp(url, { timeoutMs = CHECK_TIMEOUT_MS } = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

async function main([kind, port, target]) {
  if (kind === 'grpc' && port) {
    const status = await checkGrpc(`127.0.0.1:${port}`, { service: target ?? '' });
    if (status !== 'SERVING') throw new Error(`status ${status}`);
  } else if (kind === 'http' && port && target) {
    const status = await checkHttp(`http://127.0.0.1:${port}${target}`);
    if (status < 200 || status > 299) throw new Error(`HTTP ${status}`);
  } else {
    throw new Error('usage: healthcheck.js grpc <port> [service] | http <port> <path>');
  }
}

if (require.main === module) {
  // A wedged connection must not outlive the probe's own timeout.
  setTimeout(() => {
    console.error('unhealthy: no answer within 3 s');
    process.exit(1);
  }, 3000).unref();
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error) => {
      console.error(`unhealthy: ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = { checkGrpc, checkHttp };
