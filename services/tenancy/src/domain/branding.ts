import { DomainError, type FieldProblem } from '@atrium/errors';

/** An agency's name and white-label branding (docs/product.md "Agencies"); '' means not set. */
export interface AgencyBranding {
  name: string;
  displayName: string;
  logoUrl: string;
  primaryColor: string;
  supportEmail: string;
  loginSlug: string;
}

/** Slugs that would shadow the platform's own pages and routes, or pass for it. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'accept-invitation',
  'account',
  'accounts',
  'admin',
  'agency',
  'api',
  'app',
  'assets',
  'atrium',
  'auth',
  'billing',
  'clients',
  'dashboard',
  'docs',
  'health',
  'healthz',
  'help',
  'internal',
  'login',
  'logout',
  'mail',
  'metrics',
  'null',
  'public',
  'readyz',
  'reset-password',
  'root',
  'settings',
  'signup',
  'static',
  'status',
  'support',
  'system',
  'undefined',
  'www',
]);

const SLUG = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;
const COLOR = /^#[0-9a-f]{6}$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Applies a change to the branding, naming every bad field at once, and says which fields changed. */
export function applyBrandingPatch(
  current: AgencyBranding,
  patch: Partial<AgencyBranding>,
): { next: AgencyBranding; changed: (keyof AgencyBranding)[] } {
  const problems: FieldProblem[] = [];
  const result = collectBrandingPatch(current, patch, problems);
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The agency has invalid fields.', { fields: problems });
  return result;
}

/** applyBrandingPatch that pushes its problems for the caller to report with others. */
export function collectBrandingPatch(
  current: AgencyBranding,
  patch: Partial<AgencyBranding>,
  problems: FieldProblem[],
): { next: AgencyBranding; changed: (keyof AgencyBranding)[] } {
  const next = { ...current };
  if (patch.name !== undefined) {
    next.name = patch.name.trim();
    if (next.name.length < 2 || next.name.length > 120)
      problems.push({ field: 'name', message: 'must be 2 to 120 characters' });
  }
  if (patch.displayName !== undefined) {
    next.displayName = patch.displayName.trim();
    if (next.displayName.length > 120)
      problems.push({ field: 'displayName', message: 'must be at most 120 characters' });
  }
  if (patch.logoUrl !== undefined) {
    next.logoUrl = patch.logoUrl.trim();
    if (next.logoUrl && (next.logoUrl.length > 2048 || !isHttpsUrl(next.logoUrl)))
      problems.push({ field: 'logoUrl', message: 'must be an https URL' });
  }
  if (patch.primaryColor !== undefined) {
    next.primaryColor = patch.primaryColor.trim().toLowerCase();
    if (next.primaryColor && !COLOR.test(next.primaryColor))
      problems.push({ field: 'primaryColor', message: 'must be a colour as #rrggbb' });
  }
  if (patch.supportEmail !== undefined) {
    next.supportEmail = patch.supportEmail.trim().toLowerCase();
    if (next.supportEmail && (next.supportEmail.length > 254 || !EMAIL.test(next.supportEmail)))
      problems.push({ field: 'supportEmail', message: 'must be an email' });
  }
  if (patch.loginSlug !== undefined) {
    next.loginSlug = patch.loginSlug.trim().toLowerCase();
    if (next.loginSlug && !SLUG.test(next.loginSlug))
      problems.push({
        field: 'loginSlug',
        message:
          'must be 3 to 40 lower-case letters, digits and hyphens, not starting or ending with a hyphen',
      });
    else if (RESERVED_SLUGS.has(next.loginSlug))
      problems.push({ field: 'loginSlug', message: 'is reserved' });
  }
  const changed = (Object.keys(next) as (keyof AgencyBranding)[]).filter((key) => next[key] !== current[key]);
  return { next, changed };
}

/**
 * Where an agency's clients sign in: `<publicAppUrl>/login/<slug>`, or the app itself while the agency
 * has no slug. Notification builds its email links the same way.
 */
export function clientLoginUrl(publicAppUrl: string, loginSlug: string): string {
  const base = publicAppUrl.replace(/\/+$/, '');
  return loginSlug ? `${base}/login/${loginSlug}` : base;
}

/** Whether a string could be a login slug at all, before anything is looked up. */
export function isLoginSlug(value: string): boolean {
  return SLUG.test(value);
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
