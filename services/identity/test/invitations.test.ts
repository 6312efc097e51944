import { createHash } from 'node:crypto';
import { eventually } from '@atrium/testing';
import { Client } from 'pg';
import {
  fieldsOf,
  invite,
  newPerson,
  problemOf,
  signUp,
  startHarness,
  type Harness,
  type SignedUpPerson,
} from './support';

let harness: Harness;
let owner: SignedUpPerson;

beforeAll(async () => {
  harness = await startHarness('invitations');
  owner = await signUp(harness);
});

afterAll(async () => {
  await harness?.stop();
});

const accept = (token: string, password: string, name = '') =>
  harness.identity.AcceptInvitation({ token, name, password, userAgent: 'jest', ip: '192.0.2.44' });

describe('accepting an invitation', () => {
  it('creates the identity with the invitation’s name, joins the agency and signs in', async () => {
    const invitee = newPerson('Katherine Johnson');
    const token = await invite(harness, owner, invitee, 'member');
    const since = harness.events.length;

    const accepted = await accept(token, invitee.password);

    expect(accepted).toMatchObject({
      user: { email: invitee.email, name: 'Katherine Johnson' },
      agency: { id: owner.agencyId, name: expect.stringMatching(/^Agency /) },
      role: 'member',
      clientId: '',
    });
    const userId = accepted.user!.id;
    const registered = await harness.nextEvent(
      'atrium.identity.v1.user.registered',
      (data) => data.userId === userId,
      since,
    );
    expect(registered.data).toMatchObject({ email: invitee.email, agencyId: owner.agencyId });
    const access = await harness.tenancy.GetAccess(
      { userId, agencyId: owner.agencyId },
      { actor: { userId, agencyId: owner.agencyId } },
    );
    expect(access.role).toBe('member');
    const login = await harness.identity.Login({
      email: invitee.email,
      password: invitee.password,
      userAgent: '',
      ip: '',
    });
    expect(login.agency?.id).toBe(owner.agencyId);
  });

  it('takes the name the invitee chose', async () => {
    const invitee = newPerson('Invited Name');
    const token = await invite(harness, owner, invitee, 'member');
    expect((await accept(token, invitee.password, ' Chosen Name ')).user?.name).toBe('Chosen Name');
  });

  it('refuses a token used twice', async () => {
    const invitee = newPerson('Dorothy Vaughan');
    const token = await invite(harness, owner, invitee, 'member');
    await accept(token, invitee.password);
    expect((await problemOf(accept(token, invitee.password))).code).toBe('invalid_token');
  });

  it('refuses an unknown token', async () => {
    expect((await problemOf(accept('no-such-token', 'Amber-Lighthouse-Canyon-5'))).code).toBe(
      'invalid_token',
    );
  });

  it('needs a strong password for a new identity, and does not spend the token without one', async () => {
    const invitee = newPerson('Mary Jackson');
    const token = await invite(harness, owner, invitee, 'member');
    expect(await fieldsOf(accept(token, ''))).toEqual(['password']);
    expect(await fieldsOf(accept(token, 'password1234'))).toEqual(['password']);
    expect(await harness.db.user.findUnique({ where: { email: invitee.email } })).toBeNull();
    expect((await accept(token, invitee.password)).user?.email).toBe(invitee.email);
  });

  it('attaches the role to an existing identity, which keeps its password', async () => {
    const existing = await signUp(harness, newPerson('Annie Easley'));
    const token = await invite(harness, owner, { email: existing.email, name: 'Annie E.' }, 'admin');
    const since = harness.events.length;

    const accepted = await accept(token, 'Ignored-Password-For-Existing-1', 'Ignored Name');

    expect(accepted.user).toMatchObject({ id: existing.userId, name: 'Annie Easley' });
    expect(accepted).toMatchObject({ agency: { id: owner.agencyId }, role: 'admin' });
    const stillOld = await harness.identity.Login({
      email: existing.email,
      password: existing.password,
      userAgent: '',
      ip: '',
    });
    expect(stillOld.user?.id).toBe(existing.userId);
    const ignored = harness.identity.Login({
      email: existing.email,
      password: 'Ignored-Password-For-Existing-1',
      userAgent: '',
      ip: '',
    });
    expect((await problemOf(ignored)).code).toBe('invalid_credentials');
    expect(
      harness.events
        .slice(since)
        .filter(
          (event) =>
            event.type === 'atrium.identity.v1.user.registered' && event.data.userId === existing.userId,
        ),
    ).toEqual([]);
  });

  it('creates one identity when two acceptances of one invitation race', async () => {
    const invitee = newPerson('Christine Darden');
    const token = await invite(harness, owner, invitee, 'member');
    const results = await Promise.allSettled([
      accept(token, invitee.password),
      accept(token, invitee.password),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((result) => result.status === 'rejected');
    expect((await problemOf(Promise.reject(failed?.reason))).code).toBe('invalid_token');
    expect(await harness.db.user.count({ where: { email: invitee.email } })).toBe(1);
  });

  it('rolls the new identity back when tenancy refuses the claim', async () => {
    const invitee = newPerson('Evelyn Boyd');
    const token = await invite(harness, owner, invitee, 'member');
    const tenancyDb = new Client({ connectionString: harness.tenancyDatabaseUrl });
    await tenancyDb.connect();
    try {
      // Hold the invitation so the claim waits on it, then cancel it underneath.
      await tenancyDb.query('BEGIN');
      const tokenHash = createHash('sha256').update(token).digest('hex');
      await tenancyDb.query('SELECT 1 FROM invitations WHERE token_hash = $1 FOR UPDATE', [tokenHash]);
      const acceptance = problemOf(accept(token, invitee.password));
      await eventually(async () => {
        const { rows } = await tenancyDb.query<{ waiting: number }>(
          "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        return rows[0]!.waiting > 0 ? true : undefined;
      });
      await tenancyDb.query("UPDATE invitations SET status = 'cancelled' WHERE token_hash = $1", [tokenHash]);
      await tenancyDb.query('COMMIT');

      expect((await acceptance).code).toBe('invalid_token');
      expect(await harness.db.user.findUnique({ where: { email: invitee.email } })).toBeNull();
    } finally {
      await tenancyDb.end();
    }
  });
});
