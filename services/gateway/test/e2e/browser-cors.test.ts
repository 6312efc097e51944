import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumExecutable } from '../support/browser';
import { startPlatform, type Platform } from './platform';

// A web client on its own origin, in a real browser: Chromium enforces CORS
// itself, so what passes here is what passes for an agency's web app.
jest.setTimeout(120_000);

/** Serves one blank page, so the browser has an origin to call the gateway from. */
async function servePage(host: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>Agency web app</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let allowedPage: Awaited<ReturnType<typeof servePage>>;
let otherPage: Awaited<ReturnType<typeof servePage>>;
let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  allowedPage = await servePage('127.0.0.1');
  // Another port is another origin, one the gateway was not told about.
  otherPage = await servePage('127.0.0.1');
  platform = await startPlatform({ env: { CORS_ALLOWED_ORIGINS: allowedPage.origin } });
  browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await platform?.shutdown();
  await allowedPage?.close();
  await otherPage?.close();
});

async function openAt(origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(origin);
  return page;
}

/** What the page's own fetch saw of one answer. */
interface BrowserAnswer {
  status: number;
  body: Record<string, unknown>;
  requestId: string | null;
  replayed: string | null;
}

type Walk =
  | { refused: string }
  | { signUp: BrowserAnswer; me: BrowserAnswer; created: BrowserAnswer; replay: BrowserAnswer };

/**
 * From inside the page, as a web app would: signs an agency up, reads /v1/me
 * and creates a client twice with one Idempotency-Key. Authorization and
 * Idempotency-Key are not CORS-safelisted, so those calls need a preflight.
 */
function walkFromPage(page: Page, gateway: string, email: string): Promise<Walk> {
  return page.evaluate(
    async ({ gateway, email }) => {
      const answerOf = async (response: Response) => ({
        status: response.status,
        body: (await response.json()) as Record<string, unknown>,
        requestId: response.headers.get('x-request-id'),
        replayed: response.headers.get('idempotent-replayed'),
      });
      try {
        const signUp = await answerOf(
          await fetch(`${gateway}/v1/auth/signup`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              agencyName: 'Crosswind Studio',
              name: 'Cora Owner',
              email,
              password: 'Crosswind-Studio-42',
            }),
          }),
        );
        const authorization = `Bearer ${String(signUp.body.accessToken)}`;
        const me = await answerOf(await fetch(`${gateway}/v1/me`, { headers: { authorization } }));
        const createClient = () =>
          fetch(`${gateway}/v1/clients`, {
            method: 'POST',
            headers: {
              authorization,
              'content-type': 'application/json',
              'idempotency-key': 'browser-client-1',
            },
            body: JSON.stringify({ name: 'Contoso Dental' }),
          });
        const created = await answerOf(await createClient());
        const replay = await answerOf(await createClient());
        return { signUp, me, created, replay };
      } catch (error) {
        return { refused: String(error) };
      }
    },
    { gateway, email },
  );
}

describe('a web client in a real browser', () => {
  it('calls the gateway from an allowed origin, preflight included, and reads the exposed headers', async () => {
    const page = await openAt(allowedPage.origin);
    const walk = await walkFromPage(page, platform.url, 'cora@crosswind.test');
    await page.close();

    if ('refused' in walk) throw new Error(`the browser refused a call: ${walk.refused}`);
    expect(walk.signUp.status).toBe(201);
    expect(walk.me.status).toBe(200);
    expect(walk.me.body).toMatchObject({ user: { email: 'cora@crosswind.test' } });
    expect(walk.created.status).toBe(201);
    expect(walk.replay.status).toBe(201);
    expect(walk.replay.body.id).toBe(walk.created.body.id);
    // Without Access-Control-Expose-Headers the browser hides these from the page.
    expect(walk.me.requestId).toMatch(/\S/);
    expect(walk.replay.replayed).toBe('true');
  });

  it('is refused by the browser itself from an origin the gateway does not allow', async () => {
    const page = await openAt(otherPage.origin);
    const walk = await walkFromPage(page, platform.url, 'oscar@crosswind.test');
    await page.close();

    expect(walk).toEqual({ refused: expect.stringMatching(/Failed to fetch/) });
    // The preflight was refused, so the sign-up itself never reached the gateway.
    const login = await fetch(`${platform.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'oscar@crosswind.test', password: 'Crosswind-Studio-42' }),
    });
    expect(login.status).toBe(401);
  });
});
