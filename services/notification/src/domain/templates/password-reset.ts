import type { Branding } from '../branding';
import { formatMoment, type EmailContent, type RenderedEmail } from './content';
import { renderEmail } from './render';

export interface PasswordResetEmail {
  recipientName: string;
  recipientEmail: string;
  link: string;
  /** RFC 3339 times: when it was asked for and when the link dies. */
  requestedAt: string;
  expiresAt: string;
}

function validity(fromIso: string, toIso: string): string {
  const minutes = Math.max(1, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} minutes`;
}

export function renderPasswordReset(branding: Branding, email: PasswordResetEmail): RenderedEmail {
  const name = branding.displayName;
  const lasts = validity(email.requestedAt, email.expiresAt);
  const content: EmailContent = {
    subject: `Reset your ${name} password`,
    preheader: `Choose a new password: the link works for ${lasts}.`,
    heading: 'Reset your password',
    blocks: [
      { type: 'paragraph', text: email.recipientName ? `Hello ${email.recipientName},` : 'Hello,' },
      {
        type: 'paragraph',
        text: `Someone asked to reset the password of your ${name} account (${email.recipientEmail}). Choose a new one with the button below.`,
      },
      { type: 'button', label: 'Choose a new password', url: email.link },
      {
        type: 'note',
        text: `The link works once and expires in ${lasts}, at ${formatMoment(email.expiresAt)}. If you did not ask for it, ignore this email: your password stays as it is.`,
      },
    ],
  };
  return renderEmail(content, branding);
}
