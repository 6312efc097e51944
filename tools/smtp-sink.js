'use strict';
/**
 * A development SMTP server that accepts every message and keeps it, for local runs and tests where
 * no Mailpit container can run. Never a production mail server: it delivers nothing onward.
 *
 *   node tools/smtp-sink.js          SMTP on 127.0.0.1:1025, HTTP on 127.0.0.1:8025
 *   node tools/smtp-sink.js --help
 *
 * Tests: const { startSmtpSink } = require('tools/smtp-sink.js'), then
 * `const sink = await startSmtpSink({ smtpPort, httpPort })`, `sink.messages()`, `await sink.stop()`.
 */
const { Buffer } = require('node:buffer');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { URL } = require('node:url');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const HELP = `Atrium SMTP sink (development only): accepts any message over SMTP, keeps it, lists it over HTTP.

usage: node tools/smtp-sink.js [--help]

environment:
  SMTP_SINK_PORT       SMTP port (default 1025); point notification's SMTP_URL at smtp://127.0.0.1:<port>
  SMTP_SINK_HTTP_PORT  HTTP port (default 8025)
  SMTP_SINK_HOST       interface both listen on (default 127.0.0.1)
  SMTP_SINK_DIR        when set, every message is also written there as <id>.eml

HTTP:
  GET    /messages      JSON list, oldest first: [{ id, from, to, subject, date }]
  GET    /messages/:id  the raw MIME message (message/rfc822)
  DELETE /messages      forgets every message

Any login (or none) is accepted; STARTTLS is not offered.
`;

/** A message short enough for the HTTP list. */
function summaryOf(message) {
  return { id: message.id, from: message.from, to: message.to, subject: message.subject, date: message.date };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

function httpHandler(store) {
  return (request, response) => {
    const url = new URL(request.url, 'http://sink');
    const one = /^\/messages\/([^/]+)$/.exec(url.pathname);
    if (url.pathname === '/messages' && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(store.map(summaryOf)));
    } else if (url.pathname === '/messages' && request.method === 'DELETE') {
      store.length = 0;
      response.writeHead(204).end();
    } else if (one && request.method === 'GET') {
      const message = store.find((candidate) => candidate.id === decodeURIComponent(one[1]));
      if (!message) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'no such message' }));
        return;
      }
      response.writeHead(200, { 'content-type': 'message/rfc822' });
      response.end(message.raw);
    } else {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'not found' }));
    }
  };
}

/**
 * Starts the sink. Options: smtpPort (default 1025), httpPort (default 8025; 0 picks a free port),
 * host (default 127.0.0.1), dir (write .eml files there), and for tests rejectRecipient(address),
 * which may return { code, message } to refuse a recipient with that SMTP reply.
 * Resolves to { smtpPort, httpPort, messages(), stop() }; messages() lists what was received, each
 * with its raw MIME (Buffer) and SMTP envelope. After stop() the same ports can be used again at once.
 */
async function startSmtpSink(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const dir = options.dir;
  const store = [];
  if (dir) fs.mkdirSync(dir, { recursive: true });

  const smtp = new SMTPServer({
    logger: false,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    size: 25 * 1024 * 1024,
    // Close at once: a stopped sink must free its port for the next one (the outage test).
    closeTimeout: 1,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.rejectRecipient?.(address.address);
      if (!refusal) return callback();
      const error = new Error(refusal.message);
      error.responseCode = refusal.code;
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const envelope = {
              mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              rcptTo: session.envelope.rcptTo.map((recipient) => recipient.address),
              user: session.user ?? null,
            };
            const message = {
              id: randomUUID(),
              from: parsed.from?.text ?? envelope.mailFrom,
              to: envelope.rcptTo,
              subject: parsed.subject ?? '',
              date: new Date().toISOString(),
              envelope,
              raw,
            };
            store.push(message);
            if (dir) fs.writeFileSync(path.join(dir, `${message.id}.eml`), raw);
            callback(null, `Message stored as ${message.id}`);
          })
          .catch(callback);
      });
    },
  });
  smtp.on('error', () => {
    // A client dropping its connection is no reason to stop the sink.
  });
  const web = http.createServer(httpHandler(store));

  const smtpPort = await listen(smtp.server, options.smtpPort ?? 1025, host);
  let httpPort;
  try {
    httpPort = await listen(web, options.httpPort ?? 8025, host);
  } catch (error) {
    await new Promise((resolve) => smtp.close(resolve));
    throw error;
  }

  return {
    smtpPort,
    httpPort,
    messages: () => [...store],
    stop: async () => {
      web.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => smtp.close(resolve)),
        new Promise((resolve) => web.close(resolve)),
      ]);
    },
  };
}

module.exports = { startSmtpSink };

function portFrom(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name} must be a port number (0–65535), not "${value}"`);
    process.exit(78);
  }
  return port;
}

if (require.main === module) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const host = process.env.SMTP_SINK_HOST || '127.0.0.1';
  startSmtpSink({
    host,
    smtpPort: portFrom('SMTP_SINK_PORT', 1025),
    httpPort: portFrom('SMTP_SINK_HTTP_PORT', 8025),
    dir: process.env.SMTP_SINK_DIR || undefined,
  }).then(
    (sink) => {
      console.log(
        `SMTP sink: smtp://${host}:${sink.smtpPort}, messages at http://${host}:${sink.httpPort}/messages`,
      );
      let stopping = false;
      const stop = () => {
        if (stopping) process.exit(1);
        stopping = true;
        sink.stop().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      console.error(`SMTP sink could not start: ${error.message}`);
      process.exit(1);
    },
  );
}
