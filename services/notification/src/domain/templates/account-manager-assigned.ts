import type { Branding } from '../branding';
import type { EmailContent, RenderedEmail } from './content';
import { renderEmail } from './render';

export interface AccountManagerAssignedEmail {
  recipientName: string;
  clientName: string;
  clientOwnerName: string;
  /** Who made the change; empty when unknown (an API key, or someone who has left the team). */
  assignedByName: string;
  clientUrl: string;
}

export function renderAccountManagerAssigned(
  branding: Branding,
  email: AccountManagerAssignedEmail,
): RenderedEmail {
  const who = email.assignedByName ? `${email.assignedByName} made you` : 'You were made';
  const rows: Array<[string, string]> = [['Client', email.clientName]];
  if (email.clientOwnerName) rows.push(['Client owner', email.clientOwnerName]);
  if (email.assignedByName) rows.push(['Assigned by', email.assignedByName]);
  const content: EmailContent = {
    subject: `You are now the account manager of ${email.clientName}`,
    preheader: `Notices for the account manager of ${email.clientName} now come to you.`,
    heading: 'You have a new client to manage',
    blocks: [
      { type: 'paragraph', text: email.recipientName ? `Hello ${email.recipientName},` : 'Hello,' },
      {
        type: 'paragraph',
        text: `${who} the account manager of the client account ${email.clientName} at ${branding.displayName}. From now on, the notices meant for its account manager come to you.`,
      },
      { type: 'details', rows },
      { type: 'button', label: `Open ${email.clientName}`, url: email.clientUrl },
      {
        type: 'note',
        text: `You receive this email as a member of the ${branding.displayName} team. If you should not manage this client, tell whoever assigned it.`,
      },
    ],
  };
  return renderEmail(content, branding);
}
