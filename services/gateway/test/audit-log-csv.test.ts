import type { tenancy } from '@atrium/proto';
import { AUDIT_CSV_COLUMNS, auditCsvLine, csvCell, csvLine } from '../src/routes/audit-log/operations';
import { request, startGateway, unreachableAddresses, type RunningGateway } from './support/gateway';

describe('CSV cells (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
  ])('%j is written as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
  ])('a cell a spreadsheet would run as a formula, %j, is defused', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('a line ends with CRLF and an entry fills every column in order', () => {
    expect(csvLine(['a', 'b'])).toBe('a,b\r\n');
    const entry: tenancy.AuditEntry__Output = {
      id: 'e-1',
      occurredAt: '2026-12-01T10:00:00.000Z',
      actor: { id: 'u-1', kind: 'user', name: 'Ada, Owner' },
      actingAsClientId: '',
      action: 'client.updated',
      targetType: 'client',
      targetId: 'c-1',
      clientId: 'c-1',
      requestId: 'req-1',
      beforeJson: '{"name":"Old"}',
      afterJson: '{"name":"=New"}',
    };
    const cells = auditCsvLine(entry);
    expect(cells).toBe(
      '2026-12-01T10:00:00.000Z,e-1,u-1,user,"Ada, Owner",,client.updated,client,c-1,c-1,req-1,' +
        '"{""name"":""Old""}","{""name"":""=New""}"\r\n',
    );
    expect(AUDIT_CSV_COLUMNS).toHaveLength(13);
  });
});

describe('the audit log and role routes in the OpenAPI document', () => {
  let gateway: RunningGateway;
  let paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
  >;

  beforeAll(async () => {
    gateway = await startGateway(await unreachableAddresses());
    paths = ((await request(`${gateway.url}/openapi.json`)).body as { paths: typeof paths }).paths;
  });

  afterAll(() => gateway.stop());

  test('the export is documented as text/csv and both list its refusals', () => {
    const exported = paths['/v1/audit-log/export.csv']!.get!;
    expect(Object.keys(exported.responses['200']!.content!)).toEqual(['text/csv']);
    for (const path of ['/v1/audit-log', '/v1/audit-log/export.csv'])
      expect(Object.keys(paths[path]!.get!.responses)).toEqual(expect.arrayContaining(['400', '401', '403']));
  });

  test('every role route is documented with its conflicts', () => {
    expect(Object.keys(paths['/v1/agency/roles']!)).toEqual(expect.arrayContaining(['get', 'post']));
    const deleted = paths['/v1/agency/roles/{roleId}']!.delete!;
    expect(Object.keys(deleted.responses)).toEqual(expect.arrayContaining(['204', '403', '404', '409']));
  });
});
