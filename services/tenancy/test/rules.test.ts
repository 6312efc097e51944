import { DomainError } from '@atrium/grpc';
import {
  applyClientPatch,
  isCompanyProfileComplete,
  isRenewalDueSoon,
  newClientFields,
  type ClientFields,
} from '../src/domain/client-fields';
import { AGENCY_PERMISSIONS, AGENCY_ROLES, permissionsOf } from '../src/domain/permissions';

const actor = '7d8c1f40-3b0e-4e0a-9d55-5c2f0c6a9b11';
const other = '0b1e9a55-2f6d-4d1c-8a1e-3c5b7d9e1f20';

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('no DomainError was thrown');
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return (error.fields ?? []).map((field) => field.field);
    throw error;
  }
  return [];
}

const base = (): ClientFields => newClientFields({ name: 'Blue Bottle' }, actor);

describe('new client fields', () => {
  it('fills defaults: full account, region OTHER, agency-managed billing, owned by the caller', () => {
    expect(newClientFields({ name: '  Blue Bottle  ' }, actor)).toEqual({
      name: 'Blue Bottle',
      description: '',
      website: '',
      tags: [],
      customProperties: {},
      accountType: 'full',
      region: 'OTHER',
      isMaster: false,
      ownerId: actor,
      accountManagerId: null,
      companyProfile: { legalName: '', street: '', city: '', postalCode: '', country: '' },
      profileContact: { name: '', email: '', phone: '' },
      billingContact: { name: '', email: '', phone: '' },
      billingMode: 'agency_managed',
      renewalDate: null,
      settings: {
        adsEnabled: true,
        clientMayRebrand: true,
        directSupport: true,
        emailSendLimitPerMonth: null,
        engagementSuppression: true,
      },
    });
  });

  it('turns direct support off by default for clients paying by card, unless asked for', () => {
    expect(newClientFields({ name: 'Card', billingMode: 'client_card' }, actor).settings.directSupport).toBe(
      false,
    );
    expect(
      newClientFields({ name: 'Card', billingMode: 'client_card', settings: { directSupport: true } }, actor)
        .settings.directSupport,
    ).toBe(true);
    expect(
      newClientFields({ name: 'Managed', settings: { directSupport: false } }, actor).settings.directSupport,
    ).toBe(false);
  });

  it('refuses names shorter than 2 or longer than 120 characters', () => {
    expect(problemsOf(() => newClientFields({ name: 'A' }, actor))).toEqual(['name']);
    expect(problemsOf(() => newClientFields({ name: 'x'.repeat(121) }, actor))).toEqual(['name']);
    expect(problemsOf(() => newClientFields({ name: 'x'.repeat(120) }, actor))).toEqual([]);
  });

  it('names every bad field at once, nested ones by their path', () => {
    const fields = problemsOf(() =>
      newClientFields(
        {
          name: 'Ok name',
          region: 'MARS',
          accountType: 'partial',
          website: 'ftp://x',
          billingMode: 'barter',
          renewalDate: '2026-02-30',
          accountManagerId: 'someone',
          companyProfile: { country: 'XX', postalCode: '12/34' },
          profileContact: { email: 'not-an-email', phone: 'call me' },
          billingContact: { email: 'a@b' },
          settings: { emailSendLimitPerMonth: -5 },
        },
        actor,
      ),
    );
    expect(fields.sort()).toEqual(
      [
        'accountManagerId',
        'accountType',
        'billingContact.email',
        'billingMode',
        'companyProfile.country',
        'companyProfile.postalCode',
        'profileContact.email',
        'profileContact.phone',
        'region',
        'renewalDate',
        'settings.emailSendLimitPerMonth',
        'website',
      ].sort(),
    );
  });

  it('normalises tags (trimmed, lower case, de-duplicated) and limits them to 20 of 40 characters', () => {
    expect(newClientFields({ name: 'Tags', tags: ['a', ' A ', 'Big   Fish', ''] }, actor).tags).toEqual([
      'a',
      'big fish',
    ]);
    const many = Array.from({ length: 21 }, (_, index) => `tag${index}`);
    expect(problemsOf(() => newClientFields({ name: 'Tags', tags: many }, actor))).toEqual(['tags']);
    expect(problemsOf(() => newClientFields({ name: 'Tags', tags: ['x'.repeat(41)] }, actor))).toEqual([
      'tags',
    ]);
  });

  it('stores the country upper case and emails lower case', () => {
    const fields = newClientFields(
      { name: 'Shop', companyProfile: { country: 'de' }, billingContact: { email: 'Pay@Shop.Example' } },
      actor,
    );
    expect(fields.companyProfile.country).toBe('DE');
    expect(fields.billingContact.email).toBe('pay@shop.example');
  });

  it('keeps custom property values, drops empty ones and refuses a key given twice', () => {
    expect(
      newClientFields(
        {
          name: 'Props',
          customProperties: [
            { key: 'tier', value: ' gold ' },
            { key: 'crm_id', value: '' },
          ],
        },
        actor,
      ).customProperties,
    ).toEqual({ tier: 'gold' });
    expect(
      problemsOf(() =>
        newClientFields(
          {
            name: 'Props',
            customProperties: [
              { key: 'tier', value: 'a' },
              { key: 'tier', value: 'b' },
            ],
          },
          actor,
        ),
      ),
    ).toEqual(['customProperties.tier']);
  });

  it('refuses an email limit for a client paying by card with limits_not_allowed', () => {
    const error = failure(() =>
      newClientFields(
        { name: 'Card', billingMode: 'client_card', settings: { emailSendLimitPerMonth: 1000 } },
        actor,
      ),
    );
    expect(error.code).toBe('limits_not_allowed');
    expect(error.fields).toEqual([
      { field: 'settings.emailSendLimitPerMonth', message: 'cannot be set for client_card billing' },
    ]);
    expect(
      newClientFields({ name: 'Managed', settings: { emailSendLimitPerMonth: 1000 } }, actor).settings
        .emailSendLimitPerMonth,
    ).toBe(1000);
  });
});

describe('client patches', () => {
  it('change only what they set, and name what changed', () => {
    const { next, changed } = applyClientPatch(base(), {
      description: 'Coffee roaster',
      companyProfile: { city: 'Oakland' },
      settings: { adsEnabled: false },
      region: 'OTHER',
    });
    expect(next.name).toBe('Blue Bottle');
    expect(next.companyProfile).toEqual({
      legalName: '',
      street: '',
      city: 'Oakland',
      postalCode: '',
      country: '',
    });
    expect(changed).toEqual(['description', 'companyProfile.city', 'settings.adsEnabled']);
  });

  it('clear the account manager, renewal date and email limit with empty values', () => {
    const current = applyClientPatch(base(), {
      accountManagerId: other,
      renewalDate: '2027-01-15',
      settings: { emailSendLimitPerMonth: 500 },
    }).next;
    const { next, changed } = applyClientPatch(current, {
      accountManagerId: '',
      renewalDate: '',
      settings: { emailSendLimitPerMonth: 0 },
    });
    expect([next.accountManagerId, next.renewalDate, next.settings.emailSendLimitPerMonth]).toEqual([
      null,
      null,
      null,
    ]);
    expect(changed).toEqual(['accountManagerId', 'renewalDate', 'settings.emailSendLimitPerMonth']);
  });

  it('refuse to switch a limited client to card billing', () => {
    const limited = applyClientPatch(base(), { settings: { emailSendLimitPerMonth: 500 } }).next;
    expect(failure(() => applyClientPatch(limited, { billingMode: 'client_card' })).code).toBe(
      'limits_not_allowed',
    );
    expect(
      applyClientPatch(limited, { billingMode: 'client_card', settings: { emailSendLimitPerMonth: 0 } }).next
        .billingMode,
    ).toBe('client_card');
  });

  it('leave direct support as it is when the billing mode changes', () => {
    expect(applyClientPatch(base(), { billingMode: 'client_card' }).next.settings.directSupport).toBe(true);
  });
});

describe('derived client flags', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('marks a renewal within 60 days as due soon, and carries a past date to its next anniversary', () => {
    expect(isRenewalDueSoon('2026-03-01', now)).toBe(true);
    expect(isRenewalDueSoon('2026-04-30', now)).toBe(true);
    expect(isRenewalDueSoon('2026-05-01', now)).toBe(false);
    expect(isRenewalDueSoon('2025-04-10', now)).toBe(true);
    expect(isRenewalDueSoon('2025-02-27', now)).toBe(false);
    expect(isRenewalDueSoon(null, now)).toBe(false);
  });

  it('knows a company profile is complete only with every field set', () => {
    const profile = {
      legalName: 'Blue Bottle Inc.',
      street: '1 Main St',
      city: 'Oakland',
      postalCode: '94607',
      country: 'US',
    };
    expect(isCompanyProfileComplete(profile)).toBe(true);
    expect(isCompanyProfileComplete({ ...profile, postalCode: '' })).toBe(false);
  });
});

describe('agency roles', () => {
  it('gives owners and admins every agency permission and members none', () => {
    expect([...permissionsOf('owner')].sort()).toEqual([...AGENCY_PERMISSIONS].sort());
    expect([...permissionsOf('admin')].sort()).toEqual([...AGENCY_PERMISSIONS].sort());
    expect(permissionsOf('member')).toEqual([]);
    expect(AGENCY_ROLES).toEqual(['owner', 'admin', 'member']);
  });
});
