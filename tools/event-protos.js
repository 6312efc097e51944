'use strict';
/**
 * The event messages of protos/, found the one way tools/gen-asyncapi.js and tools/gen-event-map.js
 * both read them: each message of protos/atrium/<service>/v1/<service>_events.proto has a leading
 * comment starting "Subject atrium.<service>.v1.<entity>.<event>:" and is named after the last two
 * parts (client.created → ClientCreated), the convention libs/proto's eventMessageName follows.
 */
const fs = require('node:fs');
const path = require('node:path');
const protobuf = require('protobufjs');

const ROOT = path.resolve(__dirname, '..');
const PROTO_DIR = path.join(ROOT, 'protos');
const SUBJECT = /^Subject (atrium\.([a-z]+)\.v1\.([a-z_]+)\.([a-z_]+)):\s*/;

function pascal(part) {
  return part
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function eventProtoFiles() {
  return fs
    .readdirSync(path.join(PROTO_DIR, 'atrium'))
    .sort()
    .map((service) => `atrium/${service}/v1/${service}_events.proto`)
    .filter((file) => fs.existsSync(path.join(PROTO_DIR, file)));
}

/** EVENT_PROTO_FILES of libs/proto, read from its source so no build is needed. */
function registeredEventFiles() {
  const source = fs.readFileSync(path.join(ROOT, 'libs/proto/src/index.ts'), 'utf8');
  const list = /EVENT_PROTO_FILES = \[([^\]]*)\]/.exec(source);
  if (!list) throw new Error('EVENT_PROTO_FILES not found in libs/proto/src/index.ts');
  return [...list[1].matchAll(/'([^']+)'/g)].map((entry) => entry[1]);
}

function loadRoot(files) {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(PROTO_DIR, target);
  root.loadSync(files, { keepCase: false, alternateCommentMode: true });
  root.resolveAll();
  return root;
}

/**
 * Every event in file order: `{ file, service, subject, type, prefix }`, `type` its protobufjs message
 * and `prefix` the "Subject …:" part of its comment. Throws when a file is not registered in libs/proto
 * or a message breaks the naming convention.
 */
function eventMessages() {
  const files = eventProtoFiles();
  const registered = registeredEventFiles();
  const unregistered = files.filter((file) => !registered.includes(file));
  if (unregistered.length > 0) {
    throw new Error(
      `${unregistered.join(', ')} must be listed in EVENT_PROTO_FILES (libs/proto/src/index.ts), ` +
        'or libs/events cannot validate its payloads.',
    );
  }
  const root = loadRoot(files);
  const events = [];
  for (const file of files) {
    const service = file.split('/')[1];
    const namespace = root.lookup(`atrium.${service}.v1`);
    const types = namespace.nestedArray.filter(
      (nested) => nested instanceof protobuf.Type && nested.filename?.endsWith(file),
    );
    for (const type of types) {
      const match = SUBJECT.exec(type.comment ?? '');
      if (!match) {
        throw new Error(
          `${file}: the comment of ${type.name} must start with "Subject atrium.${service}.v1.<entity>.<event>:"`,
        );
      }
      const [prefix, subject, subjectService, entity, event] = match;
      const expected = `${pascal(entity)}${pascal(event)}`;
      if (subjectService !== service || expected !== type.name) {
        throw new Error(
          `${file}: ${type.name} announces subject ${subject}, whose message would be ${expected}`,
        );
      }
      events.push({ file, service, subject, type, prefix });
    }
  }
  return { root, events };
}

module.exports = { ROOT, eventMessages };
