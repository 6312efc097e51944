import { mayReceiveBillingEmail } from '../src/domain/email-policy';
import { domainOf, parseMailbox } from '../src/domain/mailbox';
import { RETRY_CAP_MS, retryDelayMs } from '../src/domain/retry';
import { describeFailure, isPermanentFailure } from '../src/emails/smtp-failure';

describe('billing email', () => {
  it('never goes to an agency_managed client, and goes to a client_card one', () => {
    expect(mayReceiveBillingEmail({ billingMode: 'agency_managed' })).toBe(false);
    expect(mayReceiveBillingEmail({ billingMode: 'client_card' })).toBe(true);
  });
});

describe('retry back-off', () => {
  it('doubles its ceiling with each failed attempt and draws the wait between its half and it', () => {
    expect(retryDelayMs(1, 2000, () => 0.999999)).toBe(1999);
    expect(retryDelayMs(4, 2000, () => 0.5)).toBe(12000);
    expect(retryDelayMs(4, 2000, () => 0)).toBe(8000);
  });

  it('outlasts a one-minute SMTP outage with the default 8 attempts, however the draws fall', () => {
    const shortest = [1, 2, 3, 4, 5, 6, 7].reduce(
      (sum, attempt) => sum + retryDelayMs(attempt, 2000, () => 0),
      0,
    );
    expect(shortest).toBe(127_000);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(40, 2000, () => 0.999999)).toBeLessThan(RETRY_CAP_MS);
    expect(retryDelayMs(40, 2000, () => 0.999999)).toBeGreaterThan(RETRY_CAP_MS - 10);
  });
});

describe('SMTP failures', () => {
  const refused = {
    code: 'EENVELOPE',
    responseCode: 550,
    response: '550 5.1.1 No such user',
    command: 'RCPT TO',
  };

  it('are permanent only when the receiving server refused the recipient or the message with a 5xx', () => {
    expect(isPermanentFailure(refused)).toBe(true);
    expect(isPermanentFailure({ ...refused, command: 'DATA', responseCode: 554 })).toBe(true);
    expect(isPermanentFailure({ ...refused, responseCode: 451, response: '451 try later' })).toBe(false);
    expect(isPermanentFailure({ ...refused, command: 'AUTH PLAIN', responseCode: 535 })).toBe(false);
    expect(isPermanentFailure({ code: 'ESOCKET', message: 'connect ECONNREFUSED 10.0.0.5:587' })).toBe(false);
  });

  it('are described by the server’s reply, or by their kind without naming Atrium’s mail server', () => {
    expect(describeFailure(refused)).toBe('550 5.1.1 No such user');
    const unreachable = describeFailure({ code: 'ESOCKET', message: 'connect ECONNREFUSED 10.0.0.5:587' });
    expect(unreachable).toBe('The mail server could not be reached (ESOCKET).');
    expect(describeFailure(new Error('smtp://user:secret@10.0.0.5 exploded'))).toBe('Sending failed.');
  });
});

describe('EMAIL_FROM', () => {
  it('splits into a display name and an address', () => {
    expect(parseMailbox('Atrium <no-reply@atrium.local>')).toEqual({
      name: 'Atrium',
      address: 'no-reply@atrium.local',
    });
    expect(parseMailbox('"Acme, Inc." <a@acme.test>')).toEqual({
      name: 'Acme, Inc.',
      address: 'a@acme.test',
    });
    expect(parseMailbox('bare@acme.test')).toEqual({ name: '', address: 'bare@acme.test' });
    expect(() => parseMailbox('nobody')).toThrow('not an email address');
    expect(domainOf('no-reply@atrium.local')).toBe('atrium.local');
  });
});
