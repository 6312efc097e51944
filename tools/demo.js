'use strict';
/* global fetch, AbortSignal -- Node globals the shared ESLint config does not list */
/**
 * `make demo`: fills a running platform (DEMO_URL, default http://localhost:8080) with a demo
 * agency, "Northwind Digital", its clients and, where the routes exist already, agency and client
 * users of every role. Safe to run again: it logs in when the owner exists and skips what is there.
 */
const { randomUUID } = require('node:crypto');
const { URLSearchParams } = require('node:url');

const BASE = (process.env.DEMO_URL || 'http://localhost:8080').replace(/\/+$/, '');
const OWNER = {
  agencyName: 'Northwind Digital',
  name: 'Avery Northcott',
  email: 'demo-owner@example.com',
  password: 'Demo-Owner-Passw0rd!',
};
const CLIENTS = [
  {
    name: 'Harbor & Pine Outdoor Co.',
    description: 'Outdoor gear retailer with 14 stores in the Pacific Northwest; spring catalogue launch.',
    website: 'https://harborandpine.example.com',
    tags: ['retail', 'outdoor', 'direct-mail'],
    region: 'US',
  },
  {
    name: 'Lumen Dental Group',
    description: 'Family dental practices in Austin and San Antonio; patient reactivation campaigns.',
    website: 'https://lumendental.example.com',
    tags: ['healthcare', 'local'],
    region: 'US',
  },
  {
    name: 'Brightwater Analytics',
    description: 'Berlin B2B SaaS for water utilities; outbound email to operations managers.',
    website: 'https://brightwater.example.com',
    tags: ['saas', 'b2b'],
    region: 'EU',
  },
  {
    name: 'Maple Street Bakery',
    description: 'Artisan bakery chain in Toronto; loyalty programme and seasonal offers.',
    website: 'https://maplestreetbakery.example.com',
    tags: ['food', 'local', 'loyalty'],
    region: 'AU_CA_NZ',
  },
  {
    name: 'Southern Cross Realty',
    description: 'Residential real estate agency in Brisbane; vendor prospecting by direct mail.',
    website: 'https://southerncrossrealty.example.com',
    tags: ['real-estate', 'direct-mail'],
    region: 'AU_CA_NZ',
  },
  {
    name: 'Kestrel Legal',
    description: 'Employment law firm in Manchester; newsletter and webinar invitations.',
    website: 'https://kestrellegal.example.com',
    tags: ['professional-services', 'b2b'],
    region: 'OTHER',
  },
];
const AGENCY_USERS = [
  {
    name: 'Priya Raman',
    email: 'demo-admin@example.com',
    role: 'admin',
    position: 'Head of Client Services',
  },
  { name: 'Marco Silva', email: 'demo-member@example.com', role: 'member', position: 'Account Executive' },
];
const CLIENT_USERS = [
  {
    name: 'Jordan Ellis',
    email: 'demo-client-primary@example.com',
    role: 'primary',
    position: 'Marketing Director',
  },
  {
    name: 'Sam Okafor',
    email: 'demo-client-admin@example.com',
    role: 'administrator',
    position: 'CRM Manager',
  },
  {
    name: 'Lena Vogel',
    email: 'demo-client-designer@example.com',
    role: 'designer',
    position: 'Graphic Designer',
  },
  {
    name: 'Chris Dubois',
    email: 'demo-client-viewer@example.com',
    role: 'read_only',
    position: 'Store Manager',
  },
];

class ApiError extends Error {
  constructor(method, route, status, body) {
    const code = body && typeof body === 'object' ? body.code : undefined;
    const detail = body && typeof body === 'object' ? (body.detail ?? body.title) : body;
    super(`${method} ${route} answered ${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
    this.status = status;
    this.code = code;
  }
}

async function request(method, route, { body, token } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method === 'POST') headers['idempotency-key'] = randomUUID();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${BASE}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a proxy's error page, say): keep the text for the message.
  }
  if (!response.ok) throw new ApiError(method, route, response.status, parsed);
  return parsed;
}

/** Stops with a message a newcomer can act on when nothing, or a half-started platform, answers. */
async function checkReachable() {
  let status;
  try {
    status = (await fetch(`${BASE}/readyz`, { signal: AbortSignal.timeout(5000) })).status;
  } catch (error) {
    const reason = error.cause?.code ?? error.name ?? error.message;
    throw new Error(
      `Cannot reach Atrium at ${BASE} (${reason}). Start it with 'make up' in another terminal and wait ` +
        'until it prints "Atrium is ready", or set DEMO_URL to where it runs.',
    );
  }
  if (status !== 200) {
    throw new Error(
      `Atrium answers at ${BASE} but is not ready (GET /readyz answered ${status}). Wait until 'make up' ` +
        'prints "Atrium is ready" (its log says which service is still starting), then run make demo again.',
    );
  }
}

/** The field names the OpenAPI document allows in a route's JSON body; undefined when it does not say. */
function bodyFields(openapi, route, method) {
  const resolve = (schema) =>
    schema?.$ref ? resolve(openapi.components?.schemas?.[schema.$ref.split('/').pop()]) : schema;
  const schema = resolve(
    openapi.paths?.[route]?.[method]?.requestBody?.content?.['application/json']?.schema,
  );
  if (!schema) return undefined;
  const parts = [schema, ...(schema.allOf ?? []).map(resolve)];
  const names = parts.flatMap((part) => Object.keys(part?.properties ?? {}));
  return names.length > 0 ? new Set(names) : undefined;
}

/** Keeps the fields the API declares, so demo data richer than today's API is not refused. */
function fitBody(fields, body) {
  if (!fields) return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => fields.has(key)));
}

async function signUpOrLogIn() {
  try {
    const { accessToken } = await request('POST', '/v1/auth/signup', { body: OWNER });
    return { accessToken, created: true };
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409 && error.code === 'email_in_use')) throw error;
  }
  try {
    const { accessToken } = await request('POST', '/v1/auth/login', {
      body: { email: OWNER.email, password: OWNER.password },
    });
    return { accessToken, created: false };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw new Error(
        `${OWNER.email} exists but does not accept the demo password; it was not made by this demo.`,
      );
    }
    throw error;
  }
}

async function existingClients(token) {
  const byName = new Map();
  let cursor;
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const page = await request('GET', `/v1/clients?${query}`, { token });
    for (const client of page.items ?? []) byName.set(client.name, client);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return byName;
}

async function ensureClients(token, openapi) {
  const fields = bodyFields(openapi, '/v1/clients', 'post');
  const existing = await existingClients(token);
  const clients = [];
  for (const demo of CLIENTS) {
    const found = existing.get(demo.name);
    if (found) {
      clients.push({ ...demo, id: found.id, created: false });
      continue;
    }
    const answer = await request('POST', '/v1/clients', { token, body: fitBody(fields, demo) });
    const client = answer.client ?? answer;
    clients.push({ ...demo, id: client.id, created: true });
  }
  return clients;
}

/** Creates users through a route, counting "already there" answers (409) as done. */
async function ensureUsers(token, openapi, template, route, users) {
  const fields = bodyFields(openapi, template, 'post');
  const results = [];
  for (const user of users) {
    try {
      await request('POST', route, { token, body: fitBody(fields, { ...user, sendInvitation: true }) });
      results.push({ ...user, outcome: 'invited' });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      results.push({ ...user, outcome: `already there (${error.code ?? '409'})` });
    }
  }
  return results;
}

async function main() {
  await checkReachable();
  const openapi = await request('GET', '/openapi.json').catch(() => ({}));
  const hasPost = (route) => Boolean(openapi.paths?.[route]?.post);

  const owner = await signUpOrLogIn();
  const clients = await ensureClients(owner.accessToken, openapi);

  const skipped = [];
  let agencyUsers = [];
  if (hasPost('/v1/agency/members')) {
    agencyUsers = await ensureUsers(
      owner.accessToken,
      openapi,
      '/v1/agency/members',
      '/v1/agency/members',
      AGENCY_USERS,
    );
  } else {
    skipped.push('agency admin and member (POST /v1/agency/members)');
  }
  let clientUsers = [];
  const firstClient = clients[0];
  if (hasPost('/v1/clients/{id}/users')) {
    clientUsers = await ensureUsers(
      owner.accessToken,
      openapi,
      '/v1/clients/{id}/users',
      `/v1/clients/${encodeURIComponent(firstClient.id)}/users`,
      CLIENT_USERS,
    );
  } else {
    skipped.push(`client users of ${firstClient.name}, one per role (POST /v1/clients/{id}/users)`);
  }

  const lines = [
    '',
    `${OWNER.agencyName} ${owner.created ? 'was created' : 'already existed'} at ${BASE}`,
    '',
    `Log in as the agency owner: ${OWNER.email} / ${OWNER.password}`,
    `  POST ${BASE}/v1/auth/login {"email", "password"}, or try it in ${BASE}/docs`,
    '',
    `Clients (${clients.filter((client) => client.created).length} created now):`,
    ...clients.map(
      (client) =>
        `  ${client.name.padEnd(28)} ${client.region.padEnd(9)} ${client.tags.join(', ')}${client.created ? '' : '  (already there)'}`,
    ),
  ];
  const describeUsers = (title, users) =>
    users.length === 0
      ? []
      : [
          '',
          title,
          ...users.map(
            (user) => `  ${user.role.padEnd(14)} ${user.name.padEnd(14)} ${user.email}  ${user.outcome}`,
          ),
        ];
  lines.push(
    ...describeUsers('Agency users (they set a password from their invitation email):', agencyUsers),
  );
  lines.push(...describeUsers(`Client users of ${firstClient.name} (invited the same way):`, clientUsers));
  if (agencyUsers.length + clientUsers.length > 0) {
    lines.push('  With docker compose, read the invitation emails in Mailpit: http://localhost:8025');
  }
  if (skipped.length > 0) {
    lines.push('', `Skipped because the route does not exist yet: ${skipped.join('; ')}.`);
  }
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(`Demo failed: ${error.message}`);
  process.exit(1);
});
