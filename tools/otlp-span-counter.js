'use strict';
/* global __filename -- a Node global the shared ESLint config does not list */
/**
 * A small OTLP/HTTP trace receiver on loopback for `make bench-tax` (tools/bench-tax.js): it answers
 * every export 200 and counts the spans of each protobuf ExportTraceServiceRequest, reading only the
 * fields' framing (resource_spans = 1 → scope_spans = 2 → spans = 2), so receiving costs the shared
 * machine as little as possible. The tests' receiver (services/gateway/test/support/otlp-receiver.ts)
 * decodes OTLP/JSON instead, to look into the spans.
 */
const { Buffer } = require('node:buffer');
const http = require('node:http');
const { isMainThread, parentPort, Worker } = require('node:worker_threads');

/** Runs in the worker thread: the receiver itself. */
function receiveSpans() {
  let spans = 0;
  const varint = (buffer, at) => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = buffer[at.offset++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  // Calls visit(field, start, end) for each length-delimited field of the message in buffer[start, end).
  const fields = (buffer, start, end, visit) => {
    const at = { offset: start };
    while (at.offset < end) {
      const key = varint(buffer, at);
      const wire = key & 7;
      if (wire === 2) {
        const length = varint(buffer, at);
        visit(key >>> 3, at.offset, at.offset + length);
        at.offset += length;
      } else if (wire === 0) varint(buffer, at);
      else if (wire === 1) at.offset += 8;
      else if (wire === 5) at.offset += 4;
      else return;
    }
  };
  // resource_spans = 1 → scope_spans = 2 → spans = 2.
  const count = (buffer) =>
    fields(buffer, 0, buffer.length, (field, start, end) => {
      if (field !== 1) return;
      fields(buffer, start, end, (inner, from, to) => {
        if (inner !== 2) return;
        fields(buffer, from, to, (leaf) => {
          if (leaf === 2) spans += 1;
        });
      });
    });
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') count(Buffer.concat(chunks));
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  parentPort.on('message', () => parentPort.postMessage({ spans }));
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
}

/**
 * Starts the receiver in a worker thread, so that counting spans does not take the load generator's
 * event loop: answers its url (for OTEL_EXPORTER_OTLP_ENDPOINT), spans() (how many it has counted so
 * far) and stop().
 */
async function startReceiver() {
  const worker = new Worker(__filename);
  const { port } = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    spans: () =>
      new Promise((resolve) => {
        worker.once('message', (message) => resolve(message.spans));
        worker.postMessage('count');
      }),
    stop: () => worker.terminate(),
  };
}

if (!isMainThread) receiveSpans();

module.exports = { startReceiver };
