import { randomBytes } from 'node:crypto';
import {
  callGateway,
  inviteAndAccept,
  type Answer,
  type Platform,
  type PlatformForTests,
  type SignedIn,
} from './platform';

/**
 * The agency an end-to-end test file starts from, built through the gateway as people would build it:
 * an owner who signed up, a member who accepted an invitation, one client, and a client user of every
 * client role who signs in with their own password. Every address carries a random suffix, so files
 * and fixtures never share a person, and a test may build an agency of its own when it changes one.
 */

export const CLIENT_ROLES = ['primary', 'administrator', 'designer', 'read_only'] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];

/** A signed-in person, with the password to sign in again. */
export interface Person extends SignedIn {
  user: { id: string; email: string; name: string };
  password: string;
}

/** A person of a client account; `id` is the client user's id, which the routes under the client take. */
export interface ClientUser extends Person {
  id: string;
  role: ClientRole;
}

export interface ClientOfAgency {
  id: string;
  name: string;
}

/** An agency just signed up: its owner is all it has. */
export interface NewAgency {
  agency: { id: string; name: string };
  owner: Person;
  /** A fresh address for someone of this agency, e.g. `email('milo')` → `milo-3f9a1c@harbour.test`. */
  email(handle: string): string;
}

export interface AgencyFixture extends NewAgency {
  member: Person;
  client: ClientOfAgency;
  clientUsers: Record<ClientRole, ClientUser>;
}

type Gateway = Pick<Platform, 'url'>;

/** The part of an address a name gives: "Milo Member" → "milo-member". */
const handleOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The answer's body when its status is the one expected; otherwise an error that shows the answer. */
export async function expectStatus(
  answer: Promise<Answer>,
  status: number,
  what: string,
): Promise<Answer['body']> {
  const settled = await answer;
  if (settled.status !== status)
    throw new Error(`${what} answered ${settled.status} instead of ${status}: ${settled.text}`);
  return settled.body;
}

const CLIENT_USER_NAMES: Record<ClientRole, string> = {
  primary: 'Petra Primary',
  administrator: 'Adam Administrator',
  designer: 'Dora Designer',
  read_only: 'Rita Reader',
};

/**
 * Signs a new agency up. `label` names its address domain and, unless `agencyName` is given, the
 * agency ("harbour" → "Harbour Agency").
 */
export async function signUpAgency(
  platform: Gateway,
  options: { label: string; agencyName?: string; ownerName?: string },
): Promise<NewAgency> {
  const suffix = randomBytes(3).toString('hex');
  const email = (handle: string) => `${handle}-${suffix}@${options.label}.test`;
  const agencyName =
    options.agencyName ?? `${options.label[0]!.toUpperCase()}${options.label.slice(1)} Agency`;
  const name = options.ownerName ?? 'Olive Owner';
  const password = 'Lantern-Harbour-77';
  const body = await expectStatus(
    callGateway(platform, 'POST', '/v1/auth/signup', {
      body: { agencyName, name, email: email(handleOf(name)), password },
    }),
    201,
    `signing ${agencyName} up`,
  );
  return { agency: body.agency, owner: { ...body, password }, email };
}

/** Brings a member into the agency through the invitation email's token; a custom role by `roleId`. */
export async function joinAsMember(
  platform: Pick<Platform, 'url' | 'eventOf'>,
  agency: NewAgency,
  invitee: { name: string; role?: string; roleId?: string },
): Promise<Person> {
  const email = agency.email(handleOf(invitee.name));
  const password = 'Member-Compass-31';
  const joined = await inviteAndAccept(platform, agency.owner.accessToken, { ...invitee, email }, password);
  return { ...joined, user: { id: joined.user.id, email, name: invitee.name }, password };
}

/** A new agency of an owner and one member, for a test that changes who holds which role. */
export async function agencyWithMember(
  platform: Pick<Platform, 'url' | 'eventOf'>,
  options: { label: string; agencyName?: string; ownerName?: string },
): Promise<NewAgency & { member: Person }> {
  const agency = await signUpAgency(platform, options);
  return { ...agency, member: await joinAsMember(platform, agency, { name: 'Milo Member' }) };
}

/** A client of the agency, created by its owner. */
export async function createClient(
  platform: Gateway,
  agency: NewAgency,
  body: { name: string } & Record<string, unknown>,
): Promise<ClientOfAgency> {
  const created = await expectStatus(
    callGateway(platform, 'POST', '/v1/clients', { token: agency.owner.accessToken, body }),
    201,
    `creating the client ${body.name}`,
  );
  return { id: created.id, name: created.name };
}

/** A client user the owner sets up with a password, signed in with it. */
export async function addClientUser(
  platform: Gateway,
  agency: NewAgency,
  clientId: string,
  role: ClientRole,
): Promise<ClientUser> {
  const name = CLIENT_USER_NAMES[role];
  const email = agency.email(handleOf(name));
  const password = 'Molar-Lighthouse-58';
  const created = await expectStatus(
    callGateway(platform, 'POST', `/v1/clients/${clientId}/users`, {
      token: agency.owner.accessToken,
      body: { name, email, role, password },
    }),
    201,
    `setting up the ${role} of ${clientId}`,
  );
  const session = await signIn(platform, { user: { email }, password });
  return { ...session, user: { ...session.user, email, name }, password, id: created.id, role };
}

/** A new session of a person, apart from the one they have: logging it out leaves theirs alone. */
export async function signIn(
  platform: Gateway,
  person: { user: { email: string }; password: string },
): Promise<SignedIn> {
  return expectStatus(
    callGateway(platform, 'POST', '/v1/auth/login', {
      body: { email: person.user.email, password: person.password },
    }),
    200,
    `${person.user.email} signing in`,
  );
}

/**
 * The whole fixture: a new agency with a member and a client with one client user of each role.
 * Built in a file's beforeAll; what does not wait on another step is built at the same time.
 */
export async function agencyFixture(
  platform: Pick<Platform, 'url' | 'eventOf'>,
  options: { label: string; agencyName?: string; ownerName?: string },
): Promise<AgencyFixture> {
  const agency = await signUpAgency(platform, options);
  const withClient = async () => {
    const client = await createClient(platform, agency, { name: 'Contoso Dental' });
    const users = await Promise.all(
      CLIENT_ROLES.map((role) => addClientUser(platform, agency, client.id, role)),
    );
    return { client, clientUsers: Object.fromEntries(users.map((user) => [user.role, user])) };
  };
  const [member, { client, clientUsers }] = await Promise.all([
    joinAsMember(platform, agency, { name: 'Milo Member' }),
    withClient(),
  ]);
  return { ...agency, member, client, clientUsers: clientUsers as Record<ClientRole, ClientUser> };
}

/**
 * A caller of the gateway that speaks from one client address throughout, for a test of what the
 * gateway counts per address; `callGateway` speaks from a fresh address each time.
 */
export function fromOneAddress(platform: Gateway): PlatformForTests['call'] {
  const address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
  return (method, route, options = {}) =>
    callGateway(platform, method, route, {
      ...options,
      headers: { 'x-forwarded-for': address, ...options.headers },
    });
}

/** An answer read as bytes (an image), with its body parsed as well when it is JSON. */
export interface BytesAnswer extends Pick<Answer, 'status' | 'headers' | 'body'> {
  bytes: Buffer;
}

/** Sends `bytes` as the request's body, of `contentType` (an upload), and reads the answer as bytes. */
export async function callWithBytes(
  platform: Gateway,
  method: string,
  route: string,
  options: { token?: string; bytes?: Buffer; contentType?: string } = {},
): Promise<BytesAnswer> {
  const headers: Record<string, string> = {};
  if (options.contentType) headers['content-type'] = options.contentType;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${platform.url}${route}`, { method, headers, body: options.bytes });
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = /json/.test(response.headers.get('content-type') ?? '') && bytes.length > 0;
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    body: json ? JSON.parse(bytes.toString('utf8')) : undefined,
  };
}
