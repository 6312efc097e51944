import type { Branding } from '../branding';
import { formatMoment, type EmailContent, type RenderedEmail } from './content';
import { renderEmail } from './render';

export interface LoginLockedEmail {
  recipientName: string;
  recipientEmail: string;
  /** The single-use unlock link. */
  link: string;
  /** Where a password reset starts, for a person who fears the password is known. */
  signInUrl: string;
  /** RFC 3339 time the lock ends by itself, and the link with it. */
  expiresAt: string;
}

export function renderLoginLocked(branding: Branding, email: LoginLockedEmail): RenderedEmail {
  const name = branding.displayName;
  const help = branding.supportEmail ? ` If you need help, write to ${branding.supportEmail}.` : '';
  const content: EmailContent = {
    subject: `Sign-in to your ${name} account is locked`,
    preheader: 'Too many wrong passwords were tried. Unlock your account with one click.',
    heading: 'We locked sign-in to your account',
    blocks: [
      { type: 'paragraph', text: email.recipientName ? `Hello ${email.recipientName},` : 'Hello,' },
      {
        type: 'paragraph',
        text: `Many sign-in attempts with a wrong password were made for your ${name} account (${email.recipientEmail}), from several places. To protect it, we locked sign-in. If it was you, unlock it with the button below and sign in as usual.`,
      },
      { type: 'button', label: 'Unlock my account', url: email.link },
      {
        type: 'paragraph',
        text: `If it was not you, someone may be trying to guess your password: unlock, then choose a new password from the sign-in page (${email.signInUrl}) with "Forgot password".${help}`,
      },
      {
        type: 'note',
        text: `The link works once. Without it, sign-in unlocks by itself at ${formatMoment(email.expiresAt)}, when the link expires.`,
      },
    ],
  };
  return renderEmail(content, branding);
}
