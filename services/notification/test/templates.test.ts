import { ATRIUM_BRANDING, brandingOf, textColorOn, type BrandingRecord } from '../src/domain/branding';
import { acceptInvitationUrl, clientLoginUrl, clientPageUrl, resetPasswordUrl } from '../src/domain/links';
import {
  renderAccountManagerAssigned,
  renderCardDeclined,
  renderCardExpiring,
  escapeHtml,
  renderInvitation,
  renderLoginLocked,
  renderPasswordReset,
  renderSuspiciousSignIn,
  renderSystemNotice,
} from '../src/domain/templates';

const record: BrandingRecord = {
  name: 'Northwind Marketing',
  displayName: '',
  logoUrl: '',
  primaryColor: '',
  supportEmail: '',
  loginSlug: '',
};

const invitation = {
  recipientName: 'Ivy Invitee',
  role: 'read_only',
  toClientAccount: true,
  link: 'https://app.example/accept-invitation?token=abc',
  invitedAt: '2026-11-01T10:00:00.000Z',
  expiresAt: '2026-11-08T10:00:00.000Z',
};

describe('branding', () => {
  it('falls back to Atrium’s branding when the agency is unknown', () => {
    expect(brandingOf(null)).toEqual(ATRIUM_BRANDING);
  });

  it('uses the agency name until a display name is set, and Atrium’s colour until one is', () => {
    expect(brandingOf(record)).toMatchObject({
      agencyKnown: true,
      displayName: 'Northwind Marketing',
      primaryColor: ATRIUM_BRANDING.primaryColor,
    });
    expect(brandingOf({ ...record, displayName: 'Northwind', primaryColor: '#0E7' }).primaryColor).toBe(
      '#00ee77',
    );
    expect(brandingOf({ ...record, displayName: 'Northwind' }).displayName).toBe('Northwind');
  });

  it('drops values that could break out of their place instead of using them', () => {
    const branding = brandingOf({
      ...record,
      primaryColor: 'red;background:url(https://evil.example)',
      logoUrl: 'javascript:alert(1)',
      supportEmail: 'not an email',
      loginSlug: '../admin',
    });
    expect(branding).toMatchObject({
      primaryColor: ATRIUM_BRANDING.primaryColor,
      logoUrl: '',
      supportEmail: '',
      loginSlug: '',
    });
  });

  it('puts dark text on light brand colours and white text on dark ones', () => {
    expect(textColorOn('#ffff00')).toBe('#111827');
    expect(textColorOn('#1e3a8a')).toBe('#ffffff');
  });
});

describe('links', () => {
  it('point at the app until the agency has a login slug, then at its client login URL', () => {
    expect(clientLoginUrl('http://localhost:8080/', '')).toBe('http://localhost:8080');
    const login = clientLoginUrl('https://app.example', 'northwind');
    expect(login).toBe('https://app.example/login/northwind');
    expect(acceptInvitationUrl(login, 'a+b/c')).toBe(
      'https://app.example/login/northwind/accept-invitation?token=a%2Bb%2Fc',
    );
    expect(resetPasswordUrl('https://app.example', 'tok')).toBe(
      'https://app.example/reset-password?token=tok',
    );
    expect(clientPageUrl(login, 'c1')).toBe('https://app.example/login/northwind/clients/c1');
  });
});

describe('email templates', () => {
  it('escape every interpolated text in the HTML part and keep it readable in the text part', () => {
    const branding = brandingOf({ ...record, name: '<script>alert("x")</script> & Co' });
    const email = renderInvitation(branding, { ...invitation, recipientName: '<b>Ivy</b>' });
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>Ivy</b>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(email.html).toContain('Hello &lt;b&gt;Ivy&lt;/b&gt;,');
    expect(email.text).toContain('Hello <b>Ivy</b>,');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('render the invitation with the agency’s look, role, link and a 7-day expiry', () => {
    const branding = brandingOf({
      ...record,
      logoUrl: 'https://cdn.example/logo.png',
      primaryColor: '#0e7490',
      supportEmail: 'help@northwind.example',
    });
    const email = renderInvitation(branding, invitation);
    expect(email.subject).toBe('You are invited to join Northwind Marketing');
    expect(email.html).toContain('<img src="https://cdn.example/logo.png" alt="Northwind Marketing"');
    expect(email.html).toContain('background-color:#0e7490');
    expect(email.html).toContain('href="https://app.example/accept-invitation?token=abc"');
    expect(email.html).toContain('help@northwind.example');
    expect(email.text).toContain('as Read-only user');
    expect(email.text).toContain('Accept invitation:\nhttps://app.example/accept-invitation?token=abc');
    expect(email.text).toContain('expires in 7 days, on 8 November 2026 at 10:00 UTC');
  });

  it('render the password reset link with its one-hour validity', () => {
    const email = renderPasswordReset(ATRIUM_BRANDING, {
      recipientName: 'Ada',
      recipientEmail: 'ada@example.com',
      link: 'https://app.example/reset-password?token=xyz',
      requestedAt: '2026-11-01T10:00:00.000Z',
      expiresAt: '2026-11-01T11:00:00.000Z',
    });
    expect(email.subject).toBe('Reset your Atrium password');
    expect(email.text).toContain('https://app.example/reset-password?token=xyz');
    expect(email.text).toContain('expires in 1 hour, at 1 November 2026 at 11:00 UTC');
    expect(email.text).toContain('ada@example.com');
  });

  it('render the unlock link of a locked sign-in, when the lock ends, and what to do if it was not you', () => {
    const email = renderLoginLocked(brandingOf({ ...record, supportEmail: 'help@northwind.example' }), {
      recipientName: 'Ada',
      recipientEmail: 'ada@example.com',
      link: 'https://app.example/login/northwind/unlock?token=xyz',
      signInUrl: 'https://app.example/login/northwind',
      expiresAt: '2026-11-02T10:00:00.000Z',
    });
    expect(email.subject).toBe('Sign-in to your Northwind Marketing account is locked');
    expect(email.html).toContain('href="https://app.example/login/northwind/unlock?token=xyz"');
    expect(email.text).toContain('Unlock my account:\nhttps://app.example/login/northwind/unlock?token=xyz');
    expect(email.text).toContain('ada@example.com');
    expect(email.text).toContain('unlocks by itself at 2 November 2026 at 10:00 UTC');
    expect(email.text).toContain('help@northwind.example');
  });

  it('tell what happened at a suspicious sign-in, when, from where and what to do', () => {
    const email = renderSuspiciousSignIn(brandingOf({ ...record, supportEmail: 'help@northwind.example' }), {
      recipientName: 'Ada',
      detectedAt: '2026-11-01T10:30:00.000Z',
      ip: '203.0.113.7',
      userAgent: 'curl/8.0',
      signInUrl: 'https://app.example',
    });
    expect(email.text).toContain('When: 1 November 2026 at 10:30 UTC');
    expect(email.text).toContain('IP address: 203.0.113.7');
    expect(email.text).toContain('Device: curl/8.0');
    expect(email.text).toContain('change your password now and tell help@northwind.example');
    expect(email.html).toContain('203.0.113.7');
  });

  it('render a system notice with paragraphs and only a web link as its button', () => {
    const notice = renderSystemNotice(ATRIUM_BRANDING, {
      title: 'Cleanup done',
      body: 'First part.\n\nSecond part.',
      link: { label: 'Open', url: 'https://app.example/clients/1' },
    });
    expect(notice.subject).toBe('Cleanup done · Atrium');
    expect(notice.text).toContain('First part.\n\nSecond part.');
    expect(notice.html).toContain('href="https://app.example/clients/1"');
    const unsafe = renderSystemNotice(ATRIUM_BRANDING, {
      title: 'x',
      body: 'y',
      link: { label: 'Open', url: 'javascript:alert(1)' },
    });
    expect(unsafe.html).not.toContain('javascript:');
  });

  it('tell a new account manager which client is theirs now, who chose them, and link to it', () => {
    const email = renderAccountManagerAssigned(brandingOf({ ...record, primaryColor: '#0e7490' }), {
      recipientName: 'Max',
      clientName: 'Blue <Bottle>',
      clientOwnerName: 'Olive Owner',
      assignedByName: 'Ada Admin',
      clientUrl: 'https://app.example/login/northwind/clients/c1',
    });
    expect(email.subject).toBe('You are now the account manager of Blue <Bottle>');
    expect(email.text).toContain(
      'Ada Admin made you the account manager of the client account Blue <Bottle> at Northwind Marketing.',
    );
    expect(email.text).toContain('Client owner: Olive Owner');
    expect(email.text).toContain('Open Blue <Bottle>:\nhttps://app.example/login/northwind/clients/c1');
    expect(email.html).toContain('href="https://app.example/login/northwind/clients/c1"');
    expect(email.html).toContain('Blue &lt;Bottle&gt;');
    expect(email.html).not.toContain('Blue <Bottle>');
    expect(email.html).toContain('background-color:#0e7490');

    const anonymous = renderAccountManagerAssigned(ATRIUM_BRANDING, {
      recipientName: '',
      clientName: 'Acme',
      clientOwnerName: 'Olive Owner',
      assignedByName: '',
      clientUrl: 'https://app.example/clients/c1',
    });
    expect(anonymous.text).toContain(
      'You were made the account manager of the client account Acme at Atrium.',
    );
    expect(anonymous.text).not.toContain('Assigned by');
  });

  it('keep a subject on one line whatever the names in it hold', () => {
    const email = renderInvitation(
      brandingOf({ ...record, name: 'Evil\r\nBcc: victim@example.com' }),
      invitation,
    );
    expect(email.subject).not.toMatch(/[\r\n]/);
  });
});

describe('card emails', () => {
  const branding = brandingOf({ ...record, displayName: 'Northwind' });
  const declined = {
    recipientName: 'Paula Profile',
    owner: { kind: 'client' as const, clientName: 'Blue <Bottle>' },
    card: { brand: 'amex', last4: '0005' },
    reason: 'insufficient_funds',
    amount: 1250,
    currency: 'USD',
    signInUrl: 'https://app.example/login/northwind',
  };

  it('writes an amount in minor units with as many decimals as its currency has', () => {
    expect(renderCardDeclined(branding, declined).subject).toBe('A payment of USD 12.50 was declined');
    expect(renderCardDeclined(branding, { ...declined, currency: 'JPY' }).subject).toBe(
      'A payment of JPY 1,250 was declined',
    );
    expect(renderCardDeclined(branding, { ...declined, currency: 'KWD' }).subject).toBe(
      'A payment of KWD 1.250 was declined',
    );
  });

  it('names the card by brand and last four only, and a decline code it does not know as given', () => {
    const email = renderCardDeclined(branding, {
      ...declined,
      card: { brand: 'cartes_bancaires', last4: '1234' },
      reason: 'do_not_honor',
    });
    expect(email.text).toContain(
      'the Cartes_bancaires ending in 1234, was declined: the card issuer declined it (do_not_honor).',
    );
    expect(renderCardDeclined(branding, declined).text).toContain('American Express ending in 0005');
  });

  it('stays white-labelled: the agency’s name, never Atrium’s', () => {
    for (const email of [
      renderCardDeclined(branding, declined),
      renderCardExpiring(branding, { ...declined, reason: 'expired', expMonth: 3, expYear: 2027 }),
    ])
      expect(`${email.subject}${email.text}${email.html}`).not.toMatch(/atrium/i);
  });

  it('escapes the client’s name in the HTML part', () => {
    const email = renderCardDeclined(branding, declined);
    expect(email.html).toContain('Blue &lt;Bottle&gt;');
    expect(email.html).not.toContain('Blue <Bottle>');
  });

  it('says whether the card expires soon or has expired, with its month and year', () => {
    const expiring = { ...declined, reason: 'expiring', expMonth: 3, expYear: 2027 };
    expect(renderCardExpiring(branding, expiring).text).toContain(
      'expires at the end of 03/2027 (March 2027)',
    );
    const expired = renderCardExpiring(branding, {
      ...expiring,
      reason: 'expired',
      owner: { kind: 'agency' },
    });
    expect(expired.subject).toBe('Your American Express ending in 0005 has expired');
    expect(expired.text).toContain(
      'the card Northwind pays with, expired at the end of 03/2027 (March 2027)',
    );
  });
});
