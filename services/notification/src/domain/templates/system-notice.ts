import type { Branding } from '../branding';
import type { ContentBlock, EmailContent, RenderedEmail } from './content';
import { renderEmail } from './render';

/** Any other notice an event calls for (list upload done, cleanup done, …). */
export interface SystemNoticeEmail {
  title: string;
  body: string;
  link?: { label: string; url: string };
}

export function renderSystemNotice(branding: Branding, email: SystemNoticeEmail): RenderedEmail {
  const blocks: ContentBlock[] = email.body
    .split(/\n{2,}/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', text }));
  // Links come from events; only web links become buttons.
  if (email.link && /^https?:\/\//i.test(email.link.url))
    blocks.push({ type: 'button', label: email.link.label, url: email.link.url });
  const content: EmailContent = {
    subject: `${email.title} · ${branding.displayName}`,
    preheader: email.body.slice(0, 120),
    heading: email.title,
    blocks,
  };
  return renderEmail(content, branding);
}
