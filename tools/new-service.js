'use strict';
/**
 * `make new-service NAME=<name> [DESCRIPTION="…"] [PORT=<grpc port>]`: a backend with every room of the
 * others (docs/adding-a-service.md). Copies tools/templates/service/ into the repository with the name
 * put in, then lists the service wherever the platform enumerates its services.
 *
 *   node tools/new-service.js <name> [--description "…"] [--port N] [--root DIR] [--no-register] [--no-helm]
 *
 * --root writes into another copy of the repository (the generator's own test); --no-register only
 * copies the template (a service already listed everywhere, re-cut from it); --no-helm leaves
 * charts/atrium/Chart.lock to `helm dependency update`.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const TEMPLATE = path.join(__dirname, 'templates', 'service');
const TEMPLATE_SUFFIX = '.tmpl';
/** Lower-case letters only: the name is a proto package part and an event type part (libs/proto). */
const NAME = /^[a-z]{2,30}$/;

function fail(message) {
  throw new Error(`new-service: ${message}`);
}

/** The words a template file may hold, and what each becomes. */
function substitutions({ name, port, description }) {
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  return [
    ['__SERVICE__', name.toUpperCase()],
    ['__Service__', capitalised],
    ['__service__', name],
    ['__port__', String(port)],
    ['__description__', description],
  ];
}

function substitute(text, words) {
  return words.reduce((result, [from, to]) => result.split(from).join(to), text);
}

/** YYYYMMDDHHMMSS of a date, as Prisma names migrations. */
function migrationStamp(date) {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function templateFiles(dir = TEMPLATE, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    return entry.isDirectory() ? templateFiles(path.join(dir, entry.name), relative) : [relative];
  });
}

/** Copies the template into `root`; returns the repository paths written. */
function copyTemplate(root, options, now) {
  const words = substitutions(options);
  const stamp = migrationStamp(now);
  const next = migrationStamp(new Date(now.getTime() + 1000));
  const written = [];
  for (const file of templateFiles()) {
    if (!file.endsWith(TEMPLATE_SUFFIX)) fail(`${file} in the template does not end in ${TEMPLATE_SUFFIX}`);
    const target = substitute(file.slice(0, -TEMPLATE_SUFFIX.length), words)
      .replace('__migration_init__', `${stamp}_init`)
      .replace('__migration_clients__', `${next}_clients`);
    const destination = path.join(root, target);
    if (fs.existsSync(destination)) fail(`${target} exists already`);
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    fs.writeFileSync(destination, substitute(fs.readFileSync(path.join(TEMPLATE, file), 'utf8'), words));
    written.push(target);
  }
  return written;
}

/** Edits one file of the repository; `change` gets its text and returns the new text. */
function edit(root, file, change) {
  const full = path.join(root, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) fail(`${file}: found nothing to change; has its layout changed?`);
  fs.writeFileSync(full, after);
  return file;
}

/** Inserts `text` right after the last match of `pattern` (which must match). */
function afterLast(file, pattern, text) {
  return (source) => {
    const matches = [...source.matchAll(new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g'))];
    const last = matches.at(-1);
    if (!last) fail(`${file}: no match for ${pattern}`);
    const at = last.index + last[0].length;
    return source.slice(0, at) + text + source.slice(at);
  };
}

/** Appends the name to a space-separated list that `pattern` captures as its second group. */
function appendToList(pattern) {
  return (name) => (source) =>
    source.replace(pattern, (_all, head, list, tail) => `${head}${list} ${name}${tail}`);
}

/** The places the platform enumerates its services, each edited for the new one. */
function register(root, options) {
  const { name, port } = options;
  const Name = substitutions(options)[1][1];
  const edits = [
    edit(root, 'Makefile', appendToList(/^(SERVICES_WITH_DB := )(.*)()$/m)(name)),
    edit(
      root,
      'deploy/scripts/local-infra.sh',
      appendToList(/^(ATRIUM_SERVICES_WITH_DB=\()([^)]*)(\))$/m)(name),
    ),
    edit(root, 'deploy/scripts/helm-check.sh', appendToList(/^(services=\()([^)]*)(\))$/m)(name)),
    edit(
      root,
      'tools/run-all.js',
      afterLast(
        'tools/run-all.js',
        /^ {2}\{ name: '\w+', grpcPort: \d+ \},$/m,
        `\n  { name: '${name}', grpcPort: ${port} },`,
      ),
    ),
    edit(
      root,
      'deploy/postgres/init/01-databases.sql',
      (source) => `${source.trimEnd()}\nCREATE DATABASE atrium_${name};\n`,
    ),
    edit(
      root,
      'docker-compose.yml',
      afterLast(
        'docker-compose.yml',
        /^ {6}test: \[CMD, node, \/app\/deploy\/healthcheck\.js, grpc, '\d+'\]$/m,
        `

  ${name}:
    <<: *service
    build: { context: ., dockerfile: deploy/Dockerfile, args: { SERVICE: ${name} } }
    image: atrium/${name}:dev
    environment:
      <<: *backend-env
      GRPC_PORT: ${port}
      DATABASE_URL: postgres://postgres:postgres@postgres:5432/atrium_${name}
    depends_on: *backend-depends
    healthcheck:
      <<: *backend-healthcheck
      test: [CMD, node, /app/deploy/healthcheck.js, grpc, '${port}']`,
      ),
    ),
    edit(root, 'README.md', (source) =>
      source.replace(
        /^\| ([a-z /]+) \(gRPC\) +\| ([\d /]+?) +\|$/m,
        (_all, names, ports) => `| ${names} / ${name} (gRPC) | ${ports} / ${port} |`,
      ),
    ),
    edit(root, 'tsconfig.build.json', (source) => {
      const config = JSON.parse(source);
      const gateway = config.references.findIndex((reference) => reference.path === 'services/gateway');
      config.references.splice(gateway, 0, { path: `services/${name}` });
      return `${JSON.stringify(config, null, 2)}\n`;
    }),
    edit(root, 'libs/proto/src/index.ts', (source) =>
      [
        afterLast(
          'libs/proto',
          /^export type \* as \w+ from '\.\/generated\/by-service\/\w+';$/m,
          `\nexport type * as ${name} from './generated/by-service/${name}';`,
        ),
        afterLast(
          'libs/proto',
          /^export type \{ ProtoGrpcType as \w+Proto \} from '\.\/generated\/\w+_service';$/m,
          `\nexport type { ProtoGrpcType as ${Name}Proto } from './generated/${name}_service';`,
        ),
        afterLast(
          'libs/proto',
          /^ {2}\w+: 'atrium\/\w+\/v1\/\w+_service\.proto',$/m,
          `\n  ${name}: 'atrium/${name}/v1/${name}_service.proto',`,
        ),
        afterLast(
          'libs/proto',
          /^ {2}'atrium\/\w+\/v1\/\w+_events\.proto',$/m,
          `\n  'atrium/${name}/v1/${name}_events.proto',`,
        ),
      ].reduce((text, change) => change(text), source),
    ),
    edit(
      root,
      'charts/atrium-lib/templates/_platform.tpl',
      afterLast(
        '_platform.tpl',
        /^ {2}stream: true$/m,
        `
${name}:
  port: ${port}
  protocol: grpc
  grpcService: atrium.${name}.v1.${Name}Service
  calls: []
  uses: [postgres, nats]
  stream: true`,
      ),
    ),
    edit(
      root,
      'charts/atrium/Chart.yaml',
      (source) =>
        `${source.trimEnd()}\n  - name: ${name}\n    version: 0.1.0\n    repository: file://../${name}\n    condition: ${name}.enabled\n`,
    ),
    edit(
      root,
      'charts/atrium/values.yaml',
      afterLast('values.yaml', /^notification:\n {2}enabled: true$/m, `\n${name}:\n  enabled: true`),
    ),
    edit(root, 'charts/atrium/values.schema.json', (source) => {
      const schema = JSON.parse(source);
      schema.properties[name] = {
        type: 'object',
        description: `The ${name} chart's values (charts/${name}/values.schema.json).`,
        properties: { enabled: { type: 'boolean' } },
      };
      return `${JSON.stringify(schema, null, 2)}\n`;
    }),
    edit(root, 'charts/atrium/templates/NOTES.txt', (source) =>
      source.replace(/(\{\{- range \$name := list (?:"\w+" )+)("\w+") \}\}/, `$1$2 "${name}" }}`),
    ),
    edit(root, 'charts/test/support/helm.ts', (source) =>
      source.replace(/^(export const SERVICES = \[[^\]]*)\] as const;$/m, `$1, '${name}'] as const;`),
    ),
    edit(root, 'charts/test/support/code.ts', (source) =>
      [
        afterLast(
          'code.ts',
          /^import \{ \w+ConfigShape \} from '\.\.\/\.\.\/\.\.\/services\/\w+\/src\/config';$/m,
          `\nimport { ${name}ConfigShape } from '../../../services/${name}/src/config';`,
        ),
        afterLast('code.ts', /^ {2}\w+: \w+ConfigShape,$/m, `\n  ${name}: ${name}ConfigShape,`),
      ].reduce((text, change) => change(text), source),
    ),
  ];
  return edits;
}

/** Brings charts/atrium/Chart.lock up to date with its Chart.yaml (helm's digest), in a scratch copy. */
function lockUmbrellaChart(root) {
  const helm = execFileSync('bash', [path.join(root, 'charts/ensure-helm.sh')], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const scratch = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'new-service-charts-'));
  try {
    fs.cpSync(path.join(root, 'charts'), path.join(scratch, 'charts'), { recursive: true });
    execFileSync(helm, ['dependency', 'update', '--skip-refresh', path.join(scratch, 'charts/atrium')], {
      stdio: 'pipe',
    });
    fs.copyFileSync(
      path.join(scratch, 'charts/atrium/Chart.lock'),
      path.join(root, 'charts/atrium/Chart.lock'),
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return 'charts/atrium/Chart.lock';
}

/** The next gRPC port after the highest tools/run-all.js gives a backend. */
function nextPort(root) {
  const ports = [
    ...fs.readFileSync(path.join(root, 'tools/run-all.js'), 'utf8').matchAll(/grpcPort: (\d+)/g),
  ].map((match) => Number(match[1]));
  return Math.max(50050, ...ports) + 1;
}

/** Formats what was written the way `prettier --check .` wants it (prettier's CLI: its API is ESM-only). */
function format(root, files) {
  const prettier = path.join(__dirname, '..', 'node_modules', '.bin', 'prettier');
  execFileSync(prettier, ['--write', '--ignore-unknown', '--log-level', 'warn', ...files], {
    cwd: root,
    stdio: 'pipe',
  });
}

/** Generates the service; resolves to the repository paths written or changed. */
async function newService(options) {
  const root = path.resolve(options.root ?? path.join(__dirname, '..'));
  const { name } = options;
  if (!NAME.test(name ?? '')) fail(`NAME must be 2–30 lower-case letters (got "${name ?? ''}")`);
  if (!options.noRegister && fs.existsSync(path.join(root, 'services', name)))
    fail(`services/${name} exists already`);
  const port = options.port ?? nextPort(root);
  const description = options.description || `the ${name} service`;
  const settings = { name, port, description };
  const written = copyTemplate(root, settings, options.now ?? new Date());
  const changed = options.noRegister ? [] : register(root, settings);
  if (!options.noRegister && !options.noHelm) changed.push(lockUmbrellaChart(root));
  format(root, [...written, ...changed]);
  return { port, written, changed };
}

function parseArguments(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--description') options.description = argv[++i];
    else if (argument === '--port') options.port = Number(argv[++i]);
    else if (argument === '--root') options.root = argv[++i];
    else if (argument === '--no-register') options.noRegister = true;
    else if (argument === '--no-helm') options.noHelm = true;
    else if (!options.name) options.name = argument;
    else fail(`unexpected argument "${argument}"`);
  }
  if (
    options.port !== undefined &&
    !(Number.isInteger(options.port) && options.port > 0 && options.port < 65536)
  )
    fail('--port must be a port number');
  return options;
}

if (require.main === module) {
  newService(parseArguments(process.argv.slice(2))).then(
    ({ port, written, changed }) => {
      const name = parseArguments(process.argv.slice(2)).name;
      console.log(
        `services/${name} (gRPC ${port}): ${written.length} files written; listed in ${changed.join(', ') || 'nothing'}.`,
      );
      console.log(
        'Next: npm install, make proto asyncapi generate, then docs/adding-a-service.md "Fill in".',
      );
    },
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}

module.exports = { newService, parseArguments, substitutions };
