import { textColorOn, type Branding } from '../branding';
import type { ContentBlock, EmailContent, RenderedEmail } from './content';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TEXT_COLOR = '#1f2937';
const MUTED_COLOR = '#6b7280';

/**
 * Renders content in the agency's branding: an HTML part for mail clients and a plain-text part.
 * Table layout and inline styles because mail clients drop <style> and most of CSS; the card is fluid
 * up to 600 px (Outlook, which ignores max-width, gets a fixed 600 px table).
 */
export function renderEmail(content: EmailContent, branding: Branding): RenderedEmail {
  return {
    // Names end up in the subject; a line break there would start a header of its own.
    subject: content.subject.replace(/[\r\n]+/g, ' '),
    html: renderHtml(content, branding),
    text: renderText(content, branding),
  };
}

function footerLines(branding: Branding): string[] {
  const lines = [`Sent by ${branding.displayName}. This is an automated message.`];
  if (branding.supportEmail) lines.push(`Questions? Write to ${branding.supportEmail}.`);
  return lines;
}

function renderHtml(content: EmailContent, branding: Branding): string {
  const color = branding.primaryColor;
  const header = branding.logoUrl
    ? `<img src="${escapeHtml(branding.logoUrl)}" alt="${escapeHtml(branding.displayName)}" height="40" style="display:block;height:40px;max-width:240px;border:0;outline:none;text-decoration:none;">`
    : `<span style="font-size:20px;font-weight:700;color:${color};">${escapeHtml(branding.displayName)}</span>`;
  const blocks = content.blocks.map((block) => blockHtml(block, color)).join('\n');
  const footer = footerLines(branding)
    .map((line) => escapeHtml(line))
    .join('<br>');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;color:transparent;">${escapeHtml(content.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:8px;border-top:4px solid ${color};">
<tr><td style="padding:24px 32px 8px 32px;font-family:${FONT};">${header}</td></tr>
<tr><td style="padding:8px 32px 0 32px;font-family:${FONT};">
<h1 style="margin:0 0 16px 0;font-size:22px;line-height:30px;font-weight:700;color:${TEXT_COLOR};">${escapeHtml(content.heading)}</h1>
</td></tr>
${blocks}
<tr><td style="padding:24px 32px 32px 32px;font-family:${FONT};font-size:12px;line-height:18px;color:${MUTED_COLOR};border-top:1px solid #e5e7eb;">${footer}</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`;
}

function blockHtml(block: ContentBlock, color: string): string {
  const cell = (inner: string, padding = '0 32px 16px 32px') =>
    `<tr><td style="padding:${padding};font-family:${FONT};">${inner}</td></tr>`;
  switch (block.type) {
    case 'paragraph':
      return cell(
        `<p style="margin:0;font-size:16px;line-height:24px;color:${TEXT_COLOR};">${escapeHtml(block.text)}</p>`,
      );
    case 'button':
      return cell(
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>` +
          `<td align="center" bgcolor="${color}" style="border-radius:6px;background-color:${color};">` +
          `<a href="${escapeHtml(block.url)}" target="_blank" style="display:inline-block;padding:12px 24px;font-family:${FONT};font-size:16px;font-weight:600;line-height:20px;color:${textColorOn(color)};text-decoration:none;border-radius:6px;">${escapeHtml(block.label)}</a>` +
          `</td></tr></table>` +
          `<p style="margin:12px 0 0 0;font-size:13px;line-height:20px;color:${MUTED_COLOR};">If the button does not work, paste this link into your browser:<br>` +
          `<a href="${escapeHtml(block.url)}" style="color:${color};word-break:break-all;">${escapeHtml(block.url)}</a></p>`,
        '8px 32px 24px 32px',
      );
    case 'details':
      return cell(
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f9fafb;border-radius:6px;">` +
          block.rows
            .map(
              ([label, value]) =>
                `<tr><td style="padding:8px 12px;font-size:14px;line-height:20px;color:${MUTED_COLOR};width:35%;vertical-align:top;">${escapeHtml(label)}</td>` +
                `<td style="padding:8px 12px;font-size:14px;line-height:20px;color:${TEXT_COLOR};word-break:break-word;">${escapeHtml(value)}</td></tr>`,
            )
            .join('') +
          `</table>`,
      );
    case 'note':
      return cell(
        `<p style="margin:0;font-size:13px;line-height:20px;color:${MUTED_COLOR};">${escapeHtml(block.text)}</p>`,
      );
  }
}

function renderText(content: EmailContent, branding: Branding): string {
  const parts = [branding.displayName, '', content.heading, ''];
  for (const block of content.blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'note':
        parts.push(block.text, '');
        break;
      case 'button':
        parts.push(`${block.label}:`, block.url, '');
        break;
      case 'details':
        for (const [label, value] of block.rows) parts.push(`${label}: ${value}`);
        parts.push('');
        break;
    }
  }
  parts.push('--', ...footerLines(branding));
  return `${parts.join('\n')}\n`;
}
