import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writePreviews } from '../src/preview';

describe('email preview', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'atrium-email-preview-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes an HTML and a text file for every kind of email', async () => {
    const written = await writePreviews(dir);
    const names = written.map((file) => path.basename(file));
    for (const kind of [
      'invitation',
      'password-reset',
      'suspicious-sign-in',
      'system-notice',
      'account-manager-assigned',
      'card-declined',
      'card-declined-agency',
      'card-expiring',
      'card-expired',
    ]) {
      expect(names).toEqual(expect.arrayContaining([`${kind}.html`, `${kind}.txt`]));
    }
    const html = await readFile(path.join(dir, 'invitation.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('/login/northwind/accept-invitation?token=');
    const text = await readFile(path.join(dir, 'password-reset.txt'), 'utf8');
    expect(text).toMatch(/^Subject: Reset your Northwind password\n/);
    const manager = await readFile(path.join(dir, 'account-manager-assigned.txt'), 'utf8');
    expect(manager).toMatch(/^Subject: You are now the account manager of Blue Bottle\n/);
    expect(manager).toContain('http://localhost:8080/login/northwind/clients/');
    const declined = await readFile(path.join(dir, 'card-declined.txt'), 'utf8');
    expect(declined).toMatch(/^Subject: A payment of USD 1,250.00 was declined\n/);
    expect(declined).toContain('Visa ending in 4242');
  });
});
