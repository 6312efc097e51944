import { addMember, newAgency, problem, startHarness, type Harness } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_agency', {
    PUBLIC_APP_URL: 'https://app.atrium.test/',
    PLAN_CLIENT_LIMIT: '40',
  });
});

afterAll(async () => {
  await harness?.stop();
});

/** A slug no other test of this run uses. */
function slug(base: string): string {
  return `${base}-${Math.random().toString(36).slice(2, 8)}`;
}

describe('agency branding', () => {
  it('is set with organization:manage, announced whole, and answered by GetAgency and GetAccess', async () => {
    const agency = await newAgency(harness, 'Harbour Studio');
    const loginSlug = slug('harbour');
    const { agency: updated } = await harness.client.UpdateAgency(
      {
        displayName: 'Harbour',
        logoUrl: 'https://cdn.harbour.example/logo.png',
        primaryColor: '#0E7490',
        supportEmail: 'Help@Harbour.example',
        loginSlug: loginSlug.toUpperCase(),
      },
      { actor: agency.owner },
    );
    const expected = {
      id: agency.agencyId,
      name: 'Harbour Studio',
      displayName: 'Harbour',
      logoUrl: 'https://cdn.harbour.example/logo.png',
      primaryColor: '#0e7490',
      supportEmail: 'help@harbour.example',
      loginSlug,
      clientLoginUrl: `https://app.atrium.test/login/${loginSlug}`,
    };
    expect(updated).toMatchObject(expected);
    expect((await harness.client.GetAgency({}, { actor: agency.owner })).agency).toMatchObject(expected);
    const access = await harness.client.GetAccess(
      { userId: agency.ownerId, agencyId: agency.agencyId },
      { actor: agency.owner },
    );
    expect(access.agency).toMatchObject(expected);

    const event = await harness.nextEvent(
      'atrium.tenancy.v1.agency.updated',
      (data) => data.agencyId === agency.agencyId,
    );
    expect(event.data).toEqual({
      agencyId: agency.agencyId,
      name: 'Harbour Studio',
      displayName: 'Harbour',
      logoUrl: 'https://cdn.harbour.example/logo.png',
      primaryColor: '#0e7490',
      supportEmail: 'help@harbour.example',
      loginSlug,
      clientLoginUrl: `https://app.atrium.test/login/${loginSlug}`,
      changedFields: ['displayName', 'logoUrl', 'primaryColor', 'supportEmail', 'loginSlug'],
      updatedBy: agency.ownerId,
      // The profile comes along as it is, so a projection can replace its copy: the contact email is
      // still the owner's sign-up email, as a new agency starts with.
      contactEmail: `owner-${agency.ownerId}@example.com`,
      phone: '',
      address: { street: '', city: '', postalCode: '', country: '' },
      currency: 'USD',
      timeZone: 'UTC',
    });
  });

  it('names every bad field, reserved slugs included', async () => {
    const agency = await newAgency(harness);
    expect(
      await problem(
        harness.client.UpdateAgency(
          {
            name: 'A',
            logoUrl: 'http://insecure.example/logo.png',
            primaryColor: 'teal',
            supportEmail: 'help',
            loginSlug: '-bad_slug',
          },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: [
        { field: 'name', message: 'must be 2 to 120 characters' },
        { field: 'logoUrl', message: 'must be an https URL' },
        { field: 'primaryColor', message: 'must be a colour as #rrggbb' },
        { field: 'supportEmail', message: 'must be an email' },
        { field: 'loginSlug' },
      ],
    });
    for (const reserved of ['admin', 'api', 'login'])
      expect(
        await problem(harness.client.UpdateAgency({ loginSlug: reserved }, { actor: agency.owner })),
      ).toMatchObject({
        code: 'validation_failed',
        fields: [{ field: 'loginSlug', message: 'is reserved' }],
      });
    expect(
      await problem(harness.client.UpdateAgency({ loginSlug: 'ab' }, { actor: agency.owner })),
    ).toMatchObject({
      fields: [{ field: 'loginSlug' }],
    });
  });

  it('keeps a login slug unique across the platform, and frees it when cleared', async () => {
    const first = await newAgency(harness, 'First Agency');
    const second = await newAgency(harness, 'Second Agency');
    const shared = slug('shared');
    await harness.client.UpdateAgency({ loginSlug: shared }, { actor: first.owner });
    expect(
      await problem(harness.client.UpdateAgency({ loginSlug: shared }, { actor: second.owner })),
    ).toMatchObject({
      status: 409,
      code: 'conflict',
      fields: [{ field: 'loginSlug', message: 'is taken' }],
    });
    await harness.client.UpdateAgency({ loginSlug: '' }, { actor: first.owner });
    expect(await problem(harness.client.GetPublicBranding({ slug: shared }))).toMatchObject({
      code: 'not_found',
    });
    const { agency } = await harness.client.UpdateAgency({ loginSlug: shared }, { actor: second.owner });
    expect(agency?.loginSlug).toBe(shared);
    expect((await harness.client.GetAgency({}, { actor: first.owner })).agency).toMatchObject({
      loginSlug: '',
      clientLoginUrl: 'https://app.atrium.test',
    });
  });

  it('is changed only with organization:manage, and read only by the agency’s members', async () => {
    const agency = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Molly Member');
    expect(
      await problem(harness.client.UpdateAgency({ displayName: 'Mine' }, { actor: member })),
    ).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    expect((await harness.client.GetAgency({}, { actor: member })).agency?.id).toBe(agency.agencyId);
    const stranger = await newAgency(harness);
    expect(
      await problem(
        harness.client.GetAgency({}, { actor: { userId: stranger.ownerId, agencyId: agency.agencyId } }),
      ),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('public branding', () => {
  it('answers only the public fields to anyone who knows the slug', async () => {
    const agency = await newAgency(harness, 'Quiet Agency');
    const loginSlug = slug('quiet');
    await harness.client.UpdateAgency({ loginSlug, primaryColor: '#112233' }, { actor: agency.owner });
    const { branding } = await harness.client.GetPublicBranding({ slug: loginSlug });
    expect(branding).toEqual({
      displayName: 'Quiet Agency',
      logoUrl: '',
      primaryColor: '#112233',
      supportEmail: '',
      loginSlug,
      clientLoginUrl: `https://app.atrium.test/login/${loginSlug}`,
    });
    for (const unknown of ['no-such-agency', 'x', '../etc'])
      expect(await problem(harness.client.GetPublicBranding({ slug: unknown }))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
  });
});

describe('agency home', () => {
  it('counts active and inactive clients and members, with the plan limit and client login URL', async () => {
    const agency = await newAgency(harness);
    await addMember(harness, agency, 'admin', 'Arlo Admin');
    for (const name of ['One', 'Two', 'Three'])
      await harness.client.CreateClient({ name }, { actor: agency.owner });
    const { items: clients } = await harness.client.ListClients({ sort: 'name' }, { actor: agency.owner });
    await harness.client.DeactivateClient({ clientId: clients[0]!.id }, { actor: agency.owner });
    const loginSlug = slug('home');
    await harness.client.UpdateAgency({ loginSlug }, { actor: agency.owner });
    expect(await harness.client.GetAgencyHome({}, { actor: agency.owner })).toMatchObject({
      agency: { id: agency.agencyId },
      activeClients: 2,
      inactiveClients: 1,
      members: 2,
      planClientLimit: 40,
      clientLoginUrl: `https://app.atrium.test/login/${loginSlug}`,
    });
  });
});
