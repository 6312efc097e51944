import path from 'node:path';
import { ESLint } from 'eslint';

const repoRoot = path.resolve(__dirname, '../../..');

/** The rules that report `code` as if it were the file at `filePath` (relative to the repository). */
async function rulesReporting(filePath: string, code: string): Promise<Array<string | null>> {
  // ESLint would load eslint.config.js with import(), which jest's module sandbox refuses: hand it over.
  const { default: config } = await import(path.join(repoRoot, 'eslint.config.js'));
  const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId);
}

const IMPORTS_PRISMA = `import type { Client } from '../generated/prisma/client';\nexport type Row = Client;\n`;

describe('the layer rules of eslint.config.js', () => {
  it('report a use case that imports the generated Prisma client', async () => {
    expect(await rulesReporting('services/tenancy/src/clients/fake.ts', IMPORTS_PRISMA)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('report a use case that imports the store’s database module', async () => {
    const code = `import type { Tx } from '../store/db';\nexport type Handle = Tx;\n`;
    expect(await rulesReporting('services/tenancy/src/clients/fake.ts', code)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('report a use case that queries a Prisma model directly', async () => {
    const code = [
      `import type { Tx } from '../store/transaction';`,
      `export function rename(tx: Tx, id: string): Promise<unknown> {`,
      `  return tx.client.update({ where: { id }, data: { name: 'Renamed' } });`,
      `}`,
      ``,
    ].join('\n');
    expect(await rulesReporting('services/tenancy/src/clients/fake.ts', code)).toEqual([
      'no-restricted-syntax',
    ]);
  });

  it('report a use case that runs raw SQL or opens its own transaction', async () => {
    const code = [
      `import type { Db } from '../store/transaction';`,
      `export function touch(deps: { db: Db }): Promise<unknown> {`,
      `  return deps.db.$transaction((tx) => tx.$executeRawUnsafe('SELECT 1'));`,
      `}`,
      ``,
    ].join('\n');
    expect(await rulesReporting('services/tenancy/src/clients/fake.ts', code)).toEqual([
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
  });

  it('let a store module import the generated Prisma client', async () => {
    expect(await rulesReporting('services/tenancy/src/store/fake.ts', IMPORTS_PRISMA)).toEqual([]);
  });

  it("report a service's test that imports another service's source", async () => {
    const code = `import { startTenancy } from '../../tenancy/src/app';\nexport const start = startTenancy;\n`;
    expect(await rulesReporting('services/identity/test/x.test.ts', code)).toEqual(['no-restricted-imports']);
  });

  it("report a gateway route file that imports another resource's route file", async () => {
    const code = `import { ClientSchema } from '../clients/mapper';\nexport const Schema = ClientSchema;\n`;
    expect(await rulesReporting('services/gateway/src/routes/client-users/fake.ts', code)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('report a gateway route file that reaches another resource by a longer path', async () => {
    const code = `import { ClientSchema } from '../../routes/clients/mapper';\nexport const Schema = ClientSchema;\n`;
    expect(await rulesReporting('services/gateway/src/routes/client-users/fake.ts', code)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('report a shared route schema that imports a resource', async () => {
    const code = `import { ClientSchema } from '../clients/mapper';\nexport const Schema = ClientSchema;\n`;
    expect(await rulesReporting('services/gateway/src/routes/shared/fake.ts', code)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('let a gateway route file import its own folder, routes/shared/ and the rest of the gateway', async () => {
    const code = [
      `import { z } from '../../openapi/zod';`,
      `import { email } from '../shared/fields';`,
      `import { ClientUserSchema } from './schemas';`,
      `export const Schemas = [z, email, ClientUserSchema];`,
      ``,
    ].join('\n');
    expect(await rulesReporting('services/gateway/src/routes/client-users/fake.ts', code)).toEqual([]);
  });

  it("still report a gateway route file that imports another service's source", async () => {
    const code = `import { startTenancy } from '../../../../tenancy/src/app';\nexport const start = startTenancy;\n`;
    expect(await rulesReporting('services/gateway/src/routes/client-users/fake.ts', code)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it("let a service's test import its own service's source", async () => {
    const code = `import { startTenancy } from '../src/app';\nexport const start = startTenancy;\n`;
    expect(await rulesReporting('services/tenancy/test/x.test.ts', code)).toEqual([]);
  });
});
