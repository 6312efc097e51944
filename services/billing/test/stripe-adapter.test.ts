import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { randomUUID } from 'node:crypto';
import { problemFromGrpcError } from '@atrium/grpc';
import { eventually } from '@atrium/testing';
import type { PaymentProvider } from '../src/payments/port';
import { stripeProvider } from '../src/payments/stripe';
import { startHarness, type Harness } from './support';

// The Stripe adapter without the network: the official client pointed at a local server that answers
// the endpoints the adapter uses with the shapes Stripe's API reference documents.
const WEBHOOK_SECRET = 'whsec_test_atrium';
const requests: Array<{ method: string; path: string; body: string; idempotencyKey?: string }> = [];

function card(id: string, last4: string) {
  return {
    id,
    object: 'payment_method',
    type: 'card',
    customer: 'cus_fake1',
    card: { brand: 'visa', last4, exp_month: 8, exp_year: 2031 },
  };
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const key = req.headers['idempotency-key'];
    requests.push({
      method: req.method!,
      path: req.url!,
      body,
      ...(typeof key === 'string' && { idempotencyKey: key }),
    });
    const form = new URLSearchParams(body);
    const answer = (status: number, json: object) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake' });
      res.end(JSON.stringify(json));
    };
    if (req.url === '/v1/customers') return answer(200, { id: 'cus_fake1', object: 'customer' });
    if (req.url === '/v1/setup_intents') {
      const pm = form.get('payment_method');
      if (pm === 'pm_card_authenticationRequired')
        return answer(200, {
          id: 'seti_1',
          object: 'setup_intent',
          status: 'requires_action',
          payment_method: 'pm_3ds',
        });
      if (pm === 'pm_unknown')
        return answer(400, {
          error: {
            type: 'invalid_request_error',
            code: 'resource_missing',
            param: 'payment_method',
            message: "No such PaymentMethod: 'pm_unknown'",
          },
        });
      return answer(200, {
        id: 'seti_1',
        object: 'setup_intent',
        status: 'succeeded',
        payment_method: 'pm_saved1',
      });
    }
    if (req.url === '/v1/payment_methods/pm_saved1') return answer(200, card('pm_saved1', '4242'));
    if (req.url === '/v1/payment_methods/pm_saved1/detach') return answer(200, card('pm_saved1', '4242'));
    if (req.url === '/v1/payment_intents') {
      const pm = form.get('payment_method');
      const intent = {
        id: 'pi_1',
        object: 'payment_intent',
        amount: Number(form.get('amount')),
        currency: form.get('currency'),
      };
      if (pm === 'pm_declines')
        return answer(402, {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'insufficient_funds',
            message: 'Your card has insufficient funds.',
            payment_intent: { ...intent, status: 'requires_payment_method' },
          },
        });
      if (pm === 'pm_3ds')
        return answer(402, {
          error: {
            type: 'card_error',
            code: 'authentication_required',
            message: 'This payment required an authentication action to complete.',
            payment_intent: { ...intent, status: 'requires_payment_method' },
          },
        });
      return answer(200, { ...intent, status: 'succeeded', payment_method: pm });
    }
    if (req.url === '/v1/refunds') return answer(200, { id: 're_1', object: 'refund', status: 'succeeded' });
    answer(404, {
      error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.url})` },
    });
  });
});

let provider: PaymentProvider;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  provider = stripeProvider({
    secretKey: 'sk_test_fake',
    webhookSecret: WEBHOOK_SECRET,
    apiUrl: `http://127.0.0.1:${port}`,
    timeoutMs: 2000,
  });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('the Stripe adapter', () => {
  it('saves a card with an off-session SetupIntent and keeps only its summary', async () => {
    expect(await provider.saveCard({ token: 'pm_card_visa', description: 'Atrium agency a' })).toEqual({
      outcome: 'saved',
      customer: 'cus_fake1',
      paymentMethod: 'pm_saved1',
      brand: 'visa',
      last4: '4242',
      expMonth: 8,
      expYear: 2031,
    });
    const setup = requests.find((request) => request.path === '/v1/setup_intents')!;
    expect(Object.fromEntries(new URLSearchParams(setup.body))).toMatchObject({
      customer: 'cus_fake1',
      payment_method: 'pm_card_visa',
      usage: 'off_session',
      confirm: 'true',
    });
  });

  it('answers an unknown token as invalid and a card needing 3-D Secure as such', async () => {
    expect(
      await provider.saveCard({ token: 'pm_unknown', customer: 'cus_fake1', description: 'x' }),
    ).toMatchObject({
      outcome: 'invalid_token',
    });
    expect(
      await provider.saveCard({
        token: 'pm_card_authenticationRequired',
        customer: 'cus_fake1',
        description: 'x',
      }),
    ).toEqual({ outcome: 'requires_authentication' });
  });

  it('charges off-session with the idempotency key and reads declines and authentication', async () => {
    const charge = (paymentMethod: string) =>
      provider.charge({
        customer: 'cus_fake1',
        paymentMethod,
        amount: 4900,
        currency: 'USD',
        idempotencyKey: `k-${paymentMethod}`,
      });
    expect(await charge('pm_saved1')).toEqual({ outcome: 'succeeded', paymentId: 'pi_1' });
    const sent = requests.filter((request) => request.path === '/v1/payment_intents').at(-1)!;
    expect(sent.idempotencyKey).toBe('k-pm_saved1');
    expect(Object.fromEntries(new URLSearchParams(sent.body))).toMatchObject({
      amount: '4900',
      currency: 'usd',
      confirm: 'true',
      off_session: 'true',
    });
    expect(await charge('pm_declines')).toEqual({
      outcome: 'declined',
      reason: 'insufficient_funds',
      paymentId: 'pi_1',
    });
    expect(await charge('pm_3ds')).toEqual({ outcome: 'requires_authentication', paymentId: 'pi_1' });
  });

  it('refunds and detaches', async () => {
    expect(await provider.refund({ paymentId: 'pi_1', idempotencyKey: 'r1' })).toEqual({
      outcome: 'refunded',
      refundId: 're_1',
    });
    await provider.removeCard('pm_saved1');
    expect(requests.some((request) => request.path === '/v1/payment_methods/pm_saved1/detach')).toBe(true);
  });

  it('answers unavailable when Stripe cannot be reached', async () => {
    const down = stripeProvider({
      secretKey: 'sk_test_fake',
      webhookSecret: '',
      apiUrl: 'http://127.0.0.1:1',
      timeoutMs: 500,
    });
    expect(
      await down.charge({
        customer: 'c',
        paymentMethod: 'p',
        amount: 1,
        currency: 'usd',
        idempotencyKey: 'k',
      }),
    ).toMatchObject({ outcome: 'unavailable' });
  });
});

describe('Stripe webhook signatures', () => {
  const stripe = new Stripe('sk_test_fake');
  const payload = JSON.stringify({
    id: 'evt_1',
    object: 'event',
    type: 'payment_intent.payment_failed',
    data: {
      object: {
        id: 'pi_1',
        object: 'payment_intent',
        amount: 4900,
        currency: 'usd',
        payment_method: 'pm_saved1',
        last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' },
      },
    },
  });
  const sign = (options: { secret?: string; timestamp?: number } = {}) =>
    stripe.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? WEBHOOK_SECRET,
      ...(options.timestamp !== undefined && { timestamp: options.timestamp }),
    });

  it('accepts a signature the package made and reads the event', () => {
    expect(provider.verifyWebhook(Buffer.from(payload), sign())).toEqual({
      valid: true,
      event: {
        id: 'evt_1',
        type: 'payment_failed',
        paymentId: 'pi_1',
        paymentMethod: 'pm_saved1',
        reason: 'insufficient_funds',
        amount: 4900,
        currency: 'usd',
      },
    });
  });

  it('refuses another secret, a changed body and a signature older than 5 minutes', () => {
    expect(provider.verifyWebhook(Buffer.from(payload), sign({ secret: 'whsec_other' }))).toMatchObject({
      valid: false,
    });
    expect(provider.verifyWebhook(Buffer.from(payload.replace('4900', '1')), sign())).toMatchObject({
      valid: false,
    });
    const now = Math.floor(Date.now() / 1000);
    expect(provider.verifyWebhook(Buffer.from(payload), sign({ timestamp: now - 301 }))).toMatchObject({
      valid: false,
    });
    expect(provider.verifyWebhook(Buffer.from(payload), sign({ timestamp: now - 240 }))).toMatchObject({
      valid: true,
    });
    expect(provider.verifyWebhook(Buffer.from(payload), 'garbage')).toMatchObject({ valid: false });
  });
});

describe('a Stripe webhook through billing', () => {
  let harness: Harness;
  const stripe = new Stripe('sk_test_fake');

  beforeAll(async () => {
    harness = await startHarness('billing_stripe_webhook', { provider });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('applies a failed payment once, however often it is replayed, and refuses a bad signature', async () => {
    const agencyId = randomUUID();
    const actor = { userId: randomUUID(), agencyId, agencyPermissions: ['billing:manage'] };
    await harness.client.SavePaymentMethod({ owner: { clientId: '' }, token: 'pm_card_visa' }, { actor });
    const payload = JSON.stringify({
      id: `evt_${randomUUID()}`,
      object: 'event',
      type: 'payment_intent.payment_failed',
      data: {
        object: {
          id: 'pi_9',
          object: 'payment_intent',
          amount: 1200,
          currency: 'eur',
          payment_method: 'pm_saved1',
          last_payment_error: { code: 'card_declined', decline_code: 'card_declined' },
        },
      },
    });
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const deliver = (sig: string) =>
      harness.client.HandleProviderWebhook({
        provider: 'stripe',
        payload: Buffer.from(payload),
        signature: sig,
      });
    expect(await deliver(signature)).toEqual({ applied: true });
    expect(await deliver(signature)).toEqual({ applied: false });
    const problem = await deliver(signature.replace(/v1=[0-9a-f]/, 'v1=x')).then(
      () => undefined,
      (error: unknown) => problemFromGrpcError(error),
    );
    expect(problem).toMatchObject({ code: 'invalid_signature' });
    const declined = () =>
      harness.events.filter(
        (event) =>
          event.type === 'atrium.billing.v1.payment_method.declined' && event.data.agencyId === agencyId,
      );
    await eventually(async () => declined().length > 0 || undefined, 10_000, 'payment_method.declined');
    expect(declined()).toHaveLength(1);
    expect(
      (await harness.client.GetPaymentMethod({ owner: { clientId: '' } }, { actor })).paymentMethod?.status,
    ).toBe('PAYMENT_METHOD_STATUS_DECLINED');
  });
});
