const fs = require('node:fs');
const path = require('node:path');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

/** Every folder under services/, so a new service falls under the layer rules below by itself. */
const SERVICES = fs
  .readdirSync(path.join(__dirname, 'services'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Services whose use cases reach the database only through src/store/: all but the gateway, which has none. */
const STORE_ONLY_SERVICES = SERVICES.filter((service) => service !== 'gateway');

const QUERIES_LIVE_IN_STORE = 'Queries live in src/store/<aggregate>.ts';

/**
 * The gateway's routes: one folder per resource, and shared/ for what several use (field schemas,
 * contract helpers). A resource's files import their own folder and shared/, never another resource.
 */
const ROUTES_DIR = 'services/gateway/src/routes';
const ROUTE_FOLDERS = fs
  .readdirSync(path.join(__dirname, ROUTES_DIR), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A sibling folder (`../clients/mapper`) or any routes folder by a longer path, shared/ aside for resources. */
function otherRouteFolders(folder) {
  const sibling = folder === 'shared' ? '^\\.\\./(?!\\.\\./)' : '^\\.\\./(?!shared/|\\.\\./)';
  return {
    regex: `${sibling}|(^|/)routes/(?!shared/)`,
    message:
      folder === 'shared'
        ? 'routes/shared/ is what the resources share: it imports no resource folder.'
        : 'A route file imports its own folder and routes/shared/ only: move what two resources need into routes/shared/.',
  };
}

/** The handles a Prisma client or transaction goes by, alone (`tx.`) or as a property (`deps.db.`). */
const PRISMA_HANDLE = '/^(tx|db|prisma)$/';
const MODEL_METHOD = '/^(find|create|update|delete|upsert|count|aggregate|groupBy)/';
const RAW_OR_TRANSACTION = '/^\\$(queryRaw|executeRaw|transaction)/';

/** Another service's source, by relative path or by package name: each service owns its code. */
function otherServicesSource(service) {
  const others = SERVICES.filter((other) => other !== service);
  return {
    group: others.flatMap((other) => [`**/${other}/src`, `**/${other}/src/**`, `@atrium/${other}/src/**`]),
    message: `No file of ${service} imports another service's source; talk to it over gRPC or events, and share code through libs/ (STYLE.md points 6 and 10).`,
  };
}

/**
 * Flat config replaces a rule's options rather than merging them, so a file under both layer rules
 * gets one no-restricted-imports with the patterns of both.
 */
function restrictedImports(service, { storeOnly, routeFolder }) {
  if (routeFolder)
    return ['error', { patterns: [otherServicesSource(service), otherRouteFolders(routeFolder)] }];
  if (!storeOnly) return ['error', { patterns: [otherServicesSource(service)] }];
  return [
    'error',
    {
      paths: ['pg', '@prisma/client', '@prisma/adapter-pg'].map((name) => ({
        name,
        message: QUERIES_LIVE_IN_STORE,
      })),
      patterns: [
        {
          group: ['**/generated/prisma', '**/generated/prisma/*', '@prisma/client/*', '**/store/db'],
          message: `${QUERIES_LIVE_IN_STORE}: take Db and Tx from store/transaction and model types from their store module.`,
        },
        otherServicesSource(service),
      ],
    },
  ];
}

module.exports = tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'libs/proto/src/generated/**',
      'services/*/src/generated/**',
      '.tools/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
  { files: ['tools/**', 'deploy/**'], rules: { 'no-console': 'off' } },
  // No file of a service, source or test, imports another service's source.
  ...SERVICES.map((service) => ({
    files: [`services/${service}/**/*.ts`],
    rules: { 'no-restricted-imports': restrictedImports(service, { storeOnly: false }) },
  })),
  // No route file imports another resource's route files.
  ...ROUTE_FOLDERS.map((folder) => ({
    files: [`${ROUTES_DIR}/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': restrictedImports('gateway', { storeOnly: false, routeFolder: folder }),
    },
  })),
  // Use cases and handlers reach the database only through src/store/ (STYLE.md point 4): no Prisma
  // client, no pool, no query outside store/ and the wiring.
  ...STORE_ONLY_SERVICES.map((service) => ({
    files: [`services/${service}/src/**/*.ts`],
    ignores: [
      'services/*/src/store/**',
      'services/*/src/app.ts',
      'services/*/src/main.ts',
      'services/*/src/cli.ts',
      'services/*/src/generated/**',
      'services/gateway/**',
    ],
    rules: {
      'no-restricted-imports': restrictedImports(service, { storeOnly: true }),
      'no-restricted-syntax': [
        'error',
        ...[
          // tx.client.update(…), db.agencyMember.findMany(…)
          `CallExpression[callee.property.name=${MODEL_METHOD}][callee.object.object.name=${PRISMA_HANDLE}]`,
          // deps.db.client.findMany(…), this.prisma.job.create(…)
          `CallExpression[callee.property.name=${MODEL_METHOD}][callee.object.object.property.name=${PRISMA_HANDLE}]`,
          // tx.$queryRawUnsafe(…), deps.db.$transaction(…), on whatever object
          `CallExpression[callee.property.name=${RAW_OR_TRANSACTION}]`,
          // tx.$queryRaw`…`
          `TaggedTemplateExpression[tag.property.name=${RAW_OR_TRANSACTION}]`,
        ].map((selector) => ({ selector, message: QUERIES_LIVE_IN_STORE })),
      ],
    },
  })),
);
