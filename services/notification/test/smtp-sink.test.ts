import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import nodemailer from 'nodemailer';
import { freePort } from '@atrium/testing';
import type { SmtpSink } from './support/platform';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSmtpSink } = require('../../../tools/smtp-sink.js') as {
  startSmtpSink(options: { smtpPort: number; httpPort: number; dir?: string }): Promise<SmtpSink>;
};
const SINK = path.resolve(__dirname, '../../../tools/smtp-sink.js');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atrium-smtp-sink-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function send(port: number, to: string, subject: string, auth?: { user: string; pass: string }) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ...(auth ? { auth } : {}),
  });
  try {
    await transport.sendMail({ from: 'Sender <sender@example.com>', to, subject, text: `About ${subject}` });
  } finally {
    transport.close();
  }
}

describe('the SMTP sink', () => {
  it('keeps what it receives and serves it over HTTP, in memory and as .eml files', async () => {
    const sink = await startSmtpSink({ smtpPort: await freePort(), httpPort: 0, dir });
    try {
      await send(sink.smtpPort, 'first@example.com', 'First');
      await send(sink.smtpPort, 'second@example.com', 'Second', { user: 'anyone', pass: 'anything' });
      const base = `http://127.0.0.1:${sink.httpPort}`;

      const list = (await (await fetch(`${base}/messages`)).json()) as Array<Record<string, unknown>>;
      expect(list).toEqual([
        expect.objectContaining({
          from: '"Sender" <sender@example.com>',
          to: ['first@example.com'],
          subject: 'First',
        }),
        expect.objectContaining({ to: ['second@example.com'], subject: 'Second' }),
      ]);
      expect(Date.parse(String(list[0]!.date))).not.toBeNaN();
      expect(sink.messages()[1]?.envelope).toEqual({
        mailFrom: 'sender@example.com',
        rcptTo: ['second@example.com'],
        user: 'anyone',
      });

      const raw = await fetch(`${base}/messages/${String(list[0]!.id)}`);
      expect(raw.headers.get('content-type')).toBe('message/rfc822');
      expect(await raw.text()).toMatch(/^Subject: First$/m);
      expect((await fetch(`${base}/messages/unknown`)).status).toBe(404);

      const files = await readdir(dir);
      expect(files.sort()).toEqual([`${String(list[0]!.id)}.eml`, `${String(list[1]!.id)}.eml`].sort());
      expect(await readFile(path.join(dir, `${String(list[1]!.id)}.eml`), 'utf8')).toMatch(
        /^Subject: Second$/m,
      );

      expect((await fetch(`${base}/messages`, { method: 'DELETE' })).status).toBe(204);
      expect(await (await fetch(`${base}/messages`)).json()).toEqual([]);
    } finally {
      await sink.stop();
    }
  });

  it('refuses mail while stopped and takes it again when started on the same port', async () => {
    const smtpPort = await freePort();
    const first = await startSmtpSink({ smtpPort, httpPort: 0 });
    await send(smtpPort, 'before@example.com', 'Before');
    await first.stop();
    await expect(send(smtpPort, 'during@example.com', 'During')).rejects.toMatchObject({ code: 'ESOCKET' });

    const second = await startSmtpSink({ smtpPort, httpPort: 0 });
    try {
      await send(smtpPort, 'after@example.com', 'After');
      expect(first.messages().map((message) => message.subject)).toEqual(['Before']);
      expect(second.messages().map((message) => message.subject)).toEqual(['After']);
    } finally {
      await second.stop();
    }
  });

  it('explains itself with --help', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [SINK, '--help']);
    expect(stdout).toContain('SMTP_SINK_PORT');
    expect(stdout).toContain('GET    /messages/:id');
  });
});
