import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ATRIUM_BRANDING, brandingOf, type Branding } from './domain/branding';
import {
  acceptInvitationUrl,
  clientLoginUrl,
  clientPageUrl,
  resetPasswordUrl,
  unlockLoginUrl,
} from './domain/links';
import {
  renderAccountManagerAssigned,
  renderCardDeclined,
  renderCardExpiring,
  renderInvitation,
  renderLoginLocked,
  renderPasswordReset,
  renderSuspiciousSignIn,
  renderSystemNotice,
  type RenderedEmail,
} from './domain/templates';

/*
 * Writes every email template, rendered with sample data, as <name>.html and <name>.txt so a person
 * can open them in a browser (or a screenshot tool) before they reach anyone's inbox.
 *
 *   node services/notification/dist/preview.js [output directory]   (default .run/email-preview)
 */

const USAGE =
  'usage: node services/notification/dist/preview.js [output directory (default .run/email-preview)]\n';

const APP_URL = 'http://localhost:8080';
const SAMPLE_TOKEN = 'sample-token-4f9c2a7e1b';

const sampleAgency: Branding = brandingOf({
  name: 'Northwind Marketing',
  displayName: 'Northwind',
  logoUrl: '',
  primaryColor: '#0e7490',
  supportEmail: 'help@northwind.example',
  loginSlug: 'northwind',
});

function samples(): Record<string, RenderedEmail> {
  const now = new Date();
  const inSevenDays = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  const inOneHour = new Date(now.getTime() + 3_600_000).toISOString();
  const loginUrl = clientLoginUrl(APP_URL, sampleAgency.loginSlug);
  const invitation = {
    recipientName: 'Ivy Invitee',
    role: 'administrator',
    toClientAccount: true,
    link: acceptInvitationUrl(loginUrl, SAMPLE_TOKEN),
    invitedAt: now.toISOString(),
    expiresAt: inSevenDays,
  };
  return {
    invitation: renderInvitation(sampleAgency, invitation),
    'invitation-atrium-branding': renderInvitation(ATRIUM_BRANDING, {
      ...invitation,
      role: 'member',
      toClientAccount: false,
      link: acceptInvitationUrl(APP_URL, SAMPLE_TOKEN),
    }),
    'password-reset': renderPasswordReset(sampleAgency, {
      recipientName: 'Ada Owner',
      recipientEmail: 'ada@example.com',
      link: resetPasswordUrl(loginUrl, SAMPLE_TOKEN),
      requestedAt: now.toISOString(),
      expiresAt: inOneHour,
    }),
    'login-locked': renderLoginLocked(sampleAgency, {
      recipientName: 'Ada Owner',
      recipientEmail: 'ada@example.com',
      link: unlockLoginUrl(loginUrl, SAMPLE_TOKEN),
      signInUrl: loginUrl,
      expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
    }),
    'suspicious-sign-in': renderSuspiciousSignIn(sampleAgency, {
      recipientName: 'Ada Owner',
      detectedAt: now.toISOString(),
      ip: '203.0.113.42',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0',
      signInUrl: loginUrl,
    }),
    'system-notice': renderSystemNotice(sampleAgency, {
      title: 'Prospect cleanup finished',
      body: 'The prospect database of "Blue Bottle" was cleaned: 1,204 prospects last contacted more than 6 months ago were removed.\n\nThe client’s campaigns were not changed.',
      link: { label: 'Open Blue Bottle', url: `${loginUrl}/clients` },
    }),
    'account-manager-assigned': renderAccountManagerAssigned(sampleAgency, {
      recipientName: 'Max Manager',
      clientName: 'Blue Bottle',
      clientOwnerName: 'Olive Owner',
      assignedByName: 'Ada Owner',
      clientUrl: clientPageUrl(loginUrl, '3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f'),
    }),
    'card-declined': renderCardDeclined(sampleAgency, {
      recipientName: 'Paula Profile',
      owner: { kind: 'client', clientName: 'Blue Bottle' },
      card: { brand: 'visa', last4: '4242' },
      reason: 'insufficient_funds',
      amount: 125_000,
      currency: 'USD',
      signInUrl: loginUrl,
    }),
    'card-declined-agency': renderCardDeclined(sampleAgency, {
      recipientName: 'Northwind Marketing',
      owner: { kind: 'agency' },
      card: { brand: 'mastercard', last4: '4444' },
      reason: 'card_declined',
      amount: 4_900,
      currency: 'EUR',
      signInUrl: loginUrl,
    }),
    'card-expiring': renderCardExpiring(sampleAgency, {
      recipientName: 'Paula Profile',
      owner: { kind: 'client', clientName: 'Blue Bottle' },
      card: { brand: 'visa', last4: '4242' },
      reason: 'expiring',
      expMonth: now.getUTCMonth() + 1,
      expYear: now.getUTCFullYear(),
      signInUrl: loginUrl,
    }),
    'card-expired': renderCardExpiring(sampleAgency, {
      recipientName: 'Northwind Marketing',
      owner: { kind: 'agency' },
      card: { brand: 'amex', last4: '0005' },
      reason: 'expired',
      expMonth: 11,
      expYear: 2026,
      signInUrl: loginUrl,
    }),
  };
}

/** Renders every sample into outputDir; resolves to the files written. */
export async function writePreviews(outputDir: string): Promise<string[]> {
  await mkdir(outputDir, { recursive: true });
  const written: string[] = [];
  for (const [name, email] of Object.entries(samples())) {
    const html = path.join(outputDir, `${name}.html`);
    const text = path.join(outputDir, `${name}.txt`);
    await writeFile(html, email.html);
    await writeFile(text, `Subject: ${email.subject}\n\n${email.text}`);
    written.push(html, text);
  }
  return written;
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const written = await writePreviews(path.resolve(args[0] ?? '.run/email-preview'));
  process.stdout.write(`${written.join('\n')}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
