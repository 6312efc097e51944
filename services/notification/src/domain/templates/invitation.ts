import type { Branding } from '../branding';
import { formatMoment, type EmailContent, type RenderedEmail } from './content';
import { renderEmail } from './render';

export interface InvitationEmail {
  recipientName: string;
  /** Agency role ("admin", "member") or client role ("primary", "administrator", …). */
  role: string;
  /** True when the invitation is to a client account rather than the agency's team. */
  toClientAccount: boolean;
  link: string;
  /** RFC 3339 times: when the invitation was made and when its link dies. */
  invitedAt: string;
  expiresAt: string;
}

const ROLE_NAMES: Record<string, string> = {
  owner: 'Owner',
  admin: 'Administrator',
  member: 'Member',
  primary: 'Primary user',
  administrator: 'Administrator',
  designer: 'Designer',
  read_only: 'Read-only user',
};

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role.replace(/_/g, ' ');
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.max(1, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000));
}

export function renderInvitation(branding: Branding, email: InvitationEmail): RenderedEmail {
  const name = branding.displayName;
  const where = email.toClientAccount ? 'the account it runs for your company' : 'its team';
  const days = daysBetween(email.invitedAt, email.expiresAt);
  const content: EmailContent = {
    subject: `You are invited to join ${name}`,
    preheader: `Accept the invitation and set your password: the link works for ${days} days.`,
    heading: `Welcome to ${name}`,
    blocks: [
      { type: 'paragraph', text: email.recipientName ? `Hello ${email.recipientName},` : 'Hello,' },
      {
        type: 'paragraph',
        text: `${name} has invited you to ${where} as ${roleName(email.role)}. Accept the invitation to choose your password and sign in; it takes less than a minute.`,
      },
      { type: 'button', label: 'Accept invitation', url: email.link },
      {
        type: 'note',
        text: `The link works once and expires in ${days} ${days === 1 ? 'day' : 'days'}, on ${formatMoment(email.expiresAt)}. If you were not expecting this invitation, you can ignore this email.`,
      },
    ],
  };
  return renderEmail(content, branding);
}
