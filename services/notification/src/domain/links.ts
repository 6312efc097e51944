/**
 * Where an agency's people sign in: `<PUBLIC_APP_URL>/login/<slug>` once the agency has a login
 * slug, the app itself until then. Links in its emails start from it, so they open on its branding.
 */
export function clientLoginUrl(publicAppUrl: string, loginSlug: string): string {
  const base = publicAppUrl.replace(/\/+$/, '');
  return loginSlug ? `${base}/login/${encodeURIComponent(loginSlug)}` : base;
}

export function acceptInvitationUrl(loginUrl: string, token: string): string {
  return `${loginUrl}/accept-invitation?token=${encodeURIComponent(token)}`;
}

export function resetPasswordUrl(loginUrl: string, token: string): string {
  return `${loginUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

export function unlockLoginUrl(loginUrl: string, token: string): string {
  return `${loginUrl}/unlock?token=${encodeURIComponent(token)}`;
}

/** A client account's page in the app, for links to it from emails. */
export function clientPageUrl(loginUrl: string, clientId: string): string {
  return `${loginUrl}/clients/${encodeURIComponent(clientId)}`;
}
