import type { Branding } from '../branding';
import { formatMoment, type EmailContent, type RenderedEmail } from './content';
import { renderEmail } from './render';

export interface SuspiciousSignInEmail {
  recipientName: string;
  /** RFC 3339 time the reuse was detected. */
  detectedAt: string;
  /** Where the spent token came from; empty when unknown. */
  ip: string;
  userAgent: string;
  signInUrl: string;
}

export function renderSuspiciousSignIn(branding: Branding, email: SuspiciousSignInEmail): RenderedEmail {
  const name = branding.displayName;
  const advice = branding.supportEmail
    ? `If you do not recognise this, change your password now and tell ${branding.supportEmail}.`
    : 'If you do not recognise this, change your password now.';
  const content: EmailContent = {
    subject: `Security alert: suspicious sign-in blocked on your ${name} account`,
    preheader: 'We signed your account out of the affected devices to protect it.',
    heading: 'We blocked a suspicious sign-in',
    blocks: [
      { type: 'paragraph', text: email.recipientName ? `Hello ${email.recipientName},` : 'Hello,' },
      {
        type: 'paragraph',
        text: 'A sign-in token of your account was used a second time. Tokens work only once, so this usually means a copy of it was taken from one of your devices. To protect your account, we ended that sign-in on every device that shared it.',
      },
      {
        type: 'details',
        rows: [
          ['When', formatMoment(email.detectedAt)],
          ['IP address', email.ip || 'unknown'],
          ['Device', email.userAgent || 'unknown'],
        ],
      },
      {
        type: 'paragraph',
        text: `What to do: sign in again on the devices you use. ${advice} Then review your signed-in devices and end any you do not know.`,
      },
      { type: 'button', label: 'Sign in', url: email.signInUrl },
    ],
  };
  return renderEmail(content, branding);
}
