import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Plain CommonJS tool, like the others under tools/; these are the types the test uses of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { newService } = require('../new-service.js') as {
  newService(options: {
    name: string;
    description?: string;
    port?: number;
    root: string;
    noHelm?: boolean;
    noRegister?: boolean;
    now?: Date;
  }): Promise<{ port: number; written: string[]; changed: string[] }>;
};

const REPO = path.resolve(__dirname, '../..');
/** What the generator reads and edits, copied so the test never touches the working tree. */
const COPIED = [
  '.prettierrc.json',
  '.prettierignore',
  'Makefile',
  'README.md',
  'docker-compose.yml',
  'tsconfig.build.json',
  'tools/run-all.js',
  'deploy/scripts/local-infra.sh',
  'deploy/scripts/helm-check.sh',
  'deploy/postgres/init/01-databases.sql',
  'libs/proto/src/index.ts',
  'charts/atrium-lib/templates/_platform.tpl',
  'charts/atrium/Chart.yaml',
  'charts/atrium/values.yaml',
  'charts/atrium/values.schema.json',
  'charts/atrium/templates/NOTES.txt',
  'charts/test/support/helm.ts',
  'charts/test/support/code.ts',
];

let root: string;
let result: Awaited<ReturnType<typeof newService>>;

function read(file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-new-service-'));
  for (const file of COPIED) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.copyFileSync(path.join(REPO, file), path.join(root, file));
  }
  result = await newService({
    name: 'reporting',
    description: 'reports and dashboards',
    root,
    noHelm: true,
    now: new Date('2027-01-02T03:04:05Z'),
  });
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('make new-service', () => {
  it('takes the next free gRPC port after the platform’s', () => {
    expect(result.port).toBe(50056);
  });

  it('writes a service with every room the others have', () => {
    const service = 'services/reporting';
    for (const file of [
      'package.json',
      'tsconfig.json',
      'prisma/schema.prisma',
      'prisma/migrations/migration_lock.toml',
      'prisma/migrations/20270102030405_init/migration.sql',
      'prisma/migrations/20270102030406_clients/migration.sql',
      'src/main.ts',
      'src/app.ts',
      'src/config.ts',
      'src/domain/client-status.ts',
      'src/store/tenant.ts',
      'src/store/clients.ts',
      'src/rpc/reporting-service.ts',
      'src/rpc/to-proto.ts',
      'src/events/consumers.ts',
      'src/events/purge-client.ts',
      'test/start-up.test.ts',
      'test/health.test.ts',
      'test/purge.test.ts',
      'test/row-level-security.test.ts',
    ])
      expect(result.written).toContain(`${service}/${file}`);
    expect(result.written).toEqual(
      expect.arrayContaining([
        'protos/atrium/reporting/v1/reporting_service.proto',
        'protos/atrium/reporting/v1/reporting_events.proto',
        'charts/reporting/Chart.yaml',
        'charts/reporting/values.yaml',
        'charts/reporting/values.schema.json',
        'charts/reporting/templates/deployment.yaml',
      ]),
    );
    const main = read(`${service}/src/main.ts`).trimEnd().split('\n');
    expect(main).toHaveLength(14);
    // Tracing starts before anything it instruments is loaded.
    expect(main.find((line) => line.startsWith('import'))).toBe("import '@atrium/telemetry/register';");
  });

  it('leaves no placeholder and names the service the same way everywhere', () => {
    for (const file of result.written) {
      const text = read(file);
      expect({ file, placeholders: text.match(/__\w+__/g) }).toEqual({ file, placeholders: null });
      expect({ file, otherService: /billing|campaigns/.test(text) }).toEqual({ file, otherService: false });
    }
    expect(read('services/reporting/package.json')).toContain('"name": "@atrium/reporting"');
    expect(read('services/reporting/src/config.ts')).toContain("serviceVars('reporting', 50056)");
    expect(read('services/reporting/src/app.ts')).toContain('export function startReporting(');
    expect(read('services/reporting/src/rpc/reporting-service.ts')).toContain(
      "'atrium.reporting.v1.ReportingService'",
    );
    expect(read('protos/atrium/reporting/v1/reporting_service.proto')).toMatch(
      /package atrium\.reporting\.v1;[\s\S]*service ReportingService \{/,
    );
    expect(read('protos/atrium/reporting/v1/reporting_events.proto')).toContain(
      'Subject atrium.reporting.v1.client.purged:',
    );
    expect(read('services/reporting/src/events/purge-client.ts')).toContain(
      "'atrium.reporting.v1.client.purged'",
    );
    expect(read('services/reporting/prisma/migrations/20270102030406_clients/migration.sql')).toContain(
      'CREATE ROLE atrium_reporting_app NOLOGIN NOBYPASSRLS',
    );
    expect(read('charts/reporting/Chart.yaml')).toContain(
      'description: Atrium reporting service — reports and dashboards (gRPC).',
    );
  });

  it('keeps the outbox and inbox tables exactly as the other services have them', () => {
    const tables = (sql: string) => sql.slice(sql.indexOf('CREATE TABLE outbox_events'));
    expect(tables(read('services/reporting/prisma/migrations/20270102030405_init/migration.sql'))).toBe(
      tables(
        fs.readFileSync(
          path.join(REPO, 'services/billing/prisma/migrations/20261123000000_init/migration.sql'),
          'utf8',
        ),
      ),
    );
  });

  it('lists the service wherever the platform enumerates its services', () => {
    expect(read('Makefile')).toMatch(/^SERVICES_WITH_DB := .* notification reporting$/m);
    expect(read('deploy/scripts/local-infra.sh')).toMatch(/^ATRIUM_SERVICES_WITH_DB=\(.* reporting\)$/m);
    expect(read('deploy/scripts/helm-check.sh')).toMatch(/^services=\(.* reporting\)$/m);
    expect(read('deploy/postgres/init/01-databases.sql')).toMatch(/CREATE DATABASE atrium_reporting;\n$/);
    expect(read('tools/run-all.js')).toContain("{ name: 'reporting', grpcPort: 50056 }");
    expect(read('docker-compose.yml')).toMatch(
      /\n {2}reporting:\n[\s\S]*GRPC_PORT: 50056\n[\s\S]*atrium_reporting\n[\s\S]*grpc, '50056'\]/,
    );
    expect(read('README.md')).toMatch(
      /\| identity \/ .* \/ notification \/ reporting \(gRPC\) +\| 50051 \/ .* \/ 50055 \/ 50056 +\|/,
    );
    expect(JSON.parse(read('tsconfig.build.json')).references).toContainEqual({ path: 'services/reporting' });
    const proto = read('libs/proto/src/index.ts');
    expect(proto).toContain("export type * as reporting from './generated/by-service/reporting';");
    expect(proto).toContain(
      "export type { ProtoGrpcType as ReportingProto } from './generated/reporting_service';",
    );
    expect(proto).toContain("reporting: 'atrium/reporting/v1/reporting_service.proto',");
    expect(proto).toContain("'atrium/reporting/v1/reporting_events.proto',");
    expect(read('charts/atrium-lib/templates/_platform.tpl')).toMatch(
      /\nreporting:\n {2}port: 50056\n {2}protocol: grpc\n {2}grpcService: atrium\.reporting\.v1\.ReportingService\n/,
    );
    expect(read('charts/atrium/Chart.yaml')).toMatch(
      /- name: reporting\n {4}version: 0\.1\.0\n {4}repository: file:\/\/\.\.\/reporting/,
    );
    expect(read('charts/atrium/values.yaml')).toMatch(/\nreporting:\n {2}enabled: true\n/);
    expect(JSON.parse(read('charts/atrium/values.schema.json')).properties.reporting).toBeDefined();
    expect(read('charts/atrium/templates/NOTES.txt')).toContain('"notification" "reporting" }}');
    expect(read('charts/test/support/helm.ts')).toMatch(
      /export const SERVICES = \[[^\]]*'notification',\s*'reporting',?\s*\] as const;/,
    );
    expect(read('charts/test/support/code.ts')).toMatch(/reporting: reportingConfigShape,/);
  });

  it('writes files prettier accepts', () => {
    execFileSync(path.join(REPO, 'node_modules/.bin/prettier'), ['--check', '.'], {
      cwd: root,
      stdio: 'pipe',
    });
  });

  it('refuses a name that is taken or not lower-case letters', async () => {
    await expect(newService({ name: 'reporting', root, noHelm: true })).rejects.toThrow(/exists already/);
    await expect(newService({ name: 'Big-Data', root, noHelm: true })).rejects.toThrow(/lower-case letters/);
  });
});

/**
 * The rooms a service keeps as the template cut them while it grows its features (which change its
 * app, protos, RPCs, consumers, schema and tests): its process entry, database and tenant plumbing,
 * event source, ids and chart templates. A change to one of these belongs in the template too.
 */
const STAYS_AS_CUT = [
  /\/src\/main\.ts$/,
  /\/src\/store\/(db|tenant|transaction)\.ts$/,
  /\/src\/events\/source\.ts$/,
  /\/src\/domain\/ids\.ts$/,
  /\/tsconfig\.json$/,
  /\/migration_lock\.toml$/,
  /^charts\/\w+\/templates\//,
];

describe('the services cut from the template', () => {
  it.each(['billing', 'campaigns'])('%s keeps the plumbing the template makes', async (name) => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `atrium-recut-${name}-`));
    try {
      for (const file of ['.prettierrc.json', '.prettierignore'])
        fs.copyFileSync(path.join(REPO, file), path.join(scratch, file));
      const port = Number(
        /serviceVars\('\w+', (\d+)\)/.exec(
          fs.readFileSync(path.join(REPO, `services/${name}/src/config.ts`), 'utf8'),
        )![1],
      );
      const description = /— (.*) \(gRPC\)\.$/m.exec(
        fs.readFileSync(path.join(REPO, `charts/${name}/Chart.yaml`), 'utf8'),
      )![1]!;
      const { written } = await newService({ name, port, description, root: scratch, noRegister: true });
      const differing = written
        .filter((file) => STAYS_AS_CUT.some((pattern) => pattern.test(file)))
        .filter((file) => fs.readFileSync(path.join(scratch, file), 'utf8') !== readRepo(file));
      expect(differing).toEqual([]);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});

function readRepo(file: string): string | undefined {
  const full = path.join(REPO, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
}
