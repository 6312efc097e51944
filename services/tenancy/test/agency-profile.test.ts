import { newAgency, problem, startHarness, type Harness } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_agency_profile');
});

afterAll(async () => {
  await harness?.stop();
});

describe('the agency profile', () => {
  it("starts with USD, UTC, the owner's sign-up email as its contact and nothing else set", async () => {
    const agency = await newAgency(harness);
    const { agency: read } = await harness.client.GetAgency({}, { actor: agency.owner });
    expect(read).toMatchObject({
      contactEmail: `owner-${agency.ownerId}@example.com`,
      phone: '',
      address: { street: '', city: '', postalCode: '', country: '' },
      currency: 'USD',
      timeZone: 'UTC',
    });
  });

  it('is set field by field, normalised, announced in agency.updated and answered by GetAccess', async () => {
    const agency = await newAgency(harness);
    const { agency: updated } = await harness.client.UpdateAgency(
      {
        contactEmail: ' Office@Northwind.Example ',
        phone: '+44 20 7946 0958',
        address: { street: '1 Harbour Row', city: 'Bristol', postalCode: 'BS1 4ST', country: 'gb' },
        currency: 'gbp',
        timeZone: 'europe/london',
      },
      { actor: agency.owner },
    );
    expect(updated).toMatchObject({
      contactEmail: 'office@northwind.example',
      phone: '+44 20 7946 0958',
      address: { street: '1 Harbour Row', city: 'Bristol', postalCode: 'BS1 4ST', country: 'GB' },
      currency: 'GBP',
      timeZone: 'Europe/London',
    });
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.agency.updated',
      (data) => data.agencyId === agency.agencyId,
    );
    expect(event.data).toMatchObject({
      contactEmail: 'office@northwind.example',
      currency: 'GBP',
      timeZone: 'Europe/London',
      address: { country: 'GB', city: 'Bristol' },
    });
    expect((event.data.changedFields as string[]).sort()).toEqual(
      [
        'address.city',
        'address.country',
        'address.postalCode',
        'address.street',
        'contactEmail',
        'currency',
        'phone',
        'timeZone',
      ].sort(),
    );
    const access = await harness.client.GetAccess(
      { userId: agency.ownerId, agencyId: agency.agencyId },
      { actor: agency.owner },
    );
    expect(access.agency).toMatchObject({ currency: 'GBP', address: { city: 'Bristol' } });

    // An address field left out keeps its value; "" clears one.
    const { agency: cleared } = await harness.client.UpdateAgency(
      { address: { street: '' }, phone: '' },
      { actor: agency.owner },
    );
    expect(cleared).toMatchObject({ phone: '', address: { street: '', city: 'Bristol', country: 'GB' } });
  });

  it('names every bad field and changes nothing', async () => {
    const agency = await newAgency(harness);
    expect(
      await problem(
        harness.client.UpdateAgency(
          {
            name: 'X',
            contactEmail: 'not-an-email',
            phone: 'call me',
            address: { postalCode: '#12', country: 'XX', city: 'c'.repeat(101) },
            currency: 'EURO',
            timeZone: 'Mars/Olympus',
          },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: [
        { field: 'name' },
        { field: 'contactEmail' },
        { field: 'phone' },
        { field: 'address.city' },
        { field: 'address.postalCode' },
        { field: 'address.country' },
        { field: 'currency' },
        { field: 'timeZone' },
      ],
    });
    const { agency: read } = await harness.client.GetAgency({}, { actor: agency.owner });
    expect(read).toMatchObject({
      currency: 'USD',
      timeZone: 'UTC',
      contactEmail: `owner-${agency.ownerId}@example.com`,
    });
  });
});
