import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { Kvm, type KV } from '@nats-io/kv';
import { DomainError } from '@atrium/errors';
import type { Logger } from '@atrium/logger';
import type { NatsLink } from '../events/nats-link';
import { actorOf } from './request-context';
import { GATEWAY_ERRORS } from '../domain/errors';

/** How long a key's first answer is replayed (docs/product.md "API conventions"); the bucket's max age. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const HEADER = 'idempotency-key';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/**
 * A claim whose answer never arrived (the replica died, or could not reach NATS to keep it) is taken
 * over after this long, so a retry is not refused for a day.
 */
const CLAIM_LEASE_MS = 60_000;

/** What a key holds: the request it was first used with and, once answered, the sealed answer. */
interface StoredAnswer {
  /** SHA-256 of method, route and body: the same key with another request is refused. */
  fingerprint: string;
  state: 'pending' | 'done';
  /** When a pending claim was made (epoch ms), for its lease. */
  claimedAt?: number;
  status?: number;
  contentType?: string;
  location?: string;
  /** The body, AES-256-GCM under a key derived from the Idempotency-Key itself (iv.tag.ciphertext). */
  sealed?: string;
}

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; answer: { status: number; contentType?: string; location?: string; body: Buffer } }
  | { kind: 'in_progress' }
  | { kind: 'reused' };

/**
 * Where each Idempotency-Key's first answer is kept for 24 hours, shared by every gateway replica: a
 * NATS JetStream key-value bucket, so the gateway stays free of a database of its own. Bucket keys
 * are hashes of the caller's scope and the key; bodies are sealed under a key derived from the raw
 * Idempotency-Key, which only the client holds, so the bucket alone reveals no answer (some hold
 * tokens or API key secrets).
 */
export class IdempotencyStore {
  private bucket: Promise<KV> | undefined;

  constructor(private readonly options: { nats: NatsLink; namespace: string }) {}

  private kv(): Promise<KV> {
    this.bucket ??= this.options.nats
      .connection()
      .then((nc) =>
        new Kvm(nc).create(
          `atrium_idempotency${this.options.namespace ? `_${this.options.namespace}` : ''}`,
          {
            ttl: IDEMPOTENCY_TTL_MS,
            history: 1,
          },
        ),
      )
      .catch((error: unknown) => {
        this.bucket = undefined;
        throw error;
      });
    return this.bucket;
  }

  /** Claims the key for this request, or says what its first use left. */
  async claim(scope: string, key: string, fingerprint: string): Promise<Claim> {
    const kv = await this.kv();
    const id = bucketKey(scope, key);
    const pending = JSON.stringify({
      fingerprint,
      state: 'pending',
      claimedAt: Date.now(),
    } satisfies StoredAnswer);
    try {
      await kv.create(id, pending);
      return { kind: 'new' };
    } catch (error) {
      const entry = await kv.get(id);
      // Gone meanwhile (expired or abandoned): the caller may simply try again.
      if (!entry || entry.operation !== 'PUT') throw error;
      const stored = entry.json<StoredAnswer>();
      if (stored.fingerprint !== fingerprint) return { kind: 'reused' };
      if (stored.state === 'pending' || !stored.sealed || stored.status === undefined) {
        if (Date.now() - (stored.claimedAt ?? 0) < CLAIM_LEASE_MS) return { kind: 'in_progress' };
        // The first attempt's answer never came: take the claim over, if no one else just did.
        await kv.update(id, pending, entry.revision);
        return { kind: 'new' };
      }
      return {
        kind: 'replay',
        answer: {
          status: stored.status,
          ...(stored.contentType && { contentType: stored.contentType }),
          ...(stored.location && { location: stored.location }),
          body: open(scope, key, stored.sealed),
        },
      };
    }
  }

  /** Keeps the first answer for the key's remaining life. */
  async complete(
    scope: string,
    key: string,
    fingerprint: string,
    answer: { status: number; contentType?: string; location?: string; body: Buffer },
  ): Promise<void> {
    const kv = await this.kv();
    const stored: StoredAnswer = {
      fingerprint,
      state: 'done',
      status: answer.status,
      ...(answer.contentType && { contentType: answer.contentType }),
      ...(answer.location && { location: answer.location }),
      sealed: seal(scope, key, answer.body),
    };
    await kv.put(bucketKey(scope, key), JSON.stringify(stored));
  }

  /** Frees the key when the first attempt failed on our side, so a retry runs again. */
  async abandon(scope: string, key: string): Promise<void> {
    const kv = await this.kv();
    await kv.delete(bucketKey(scope, key));
  }
}

function bucketKey(scope: string, key: string): string {
  return createHash('sha256').update(scope).update('\0').update(key).digest('hex');
}

function sealingKey(scope: string, key: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, scope, 'atrium idempotent answer', 32));
}

function seal(scope: string, key: string, body: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(scope, key), iv);
  const ciphertext = Buffer.concat([cipher.update(body), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.');
}

function open(scope: string, key: string, sealed: string): Buffer {
  const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(scope, key), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(ciphertext!), decipher.final()]);
}

/** Whose keys these are: an agency's person or API key, or anyone for routes before sign-in. */
function scopeOf(res: Response): string {
  const actor = actorOf(res);
  if (!actor) return 'anonymous';
  return `${actor.agencyId ?? ''}:${actor.apiKeyId ?? actor.userId}`;
}

/**
 * docs/product.md "API conventions": a POST carrying Idempotency-Key answers, for 24 hours, exactly what its first use answered
 * (with `Idempotent-Replayed: true`); the same key with another request answers 422
 * idempotency_key_reused, and while the first is still running, 409 conflict with Retry-After. An
 * answer of 5xx or 429 is not kept, so a retry runs again. Without the store (NATS away) such a request
 * answers 503 rather than risk doing the work twice.
 */
export function idempotency(store: IdempotencyStore, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const key = req.get(HEADER);
    if (key === undefined) {
      next();
      return;
    }
    if (!KEY_FORMAT.test(key))
      throw new DomainError('validation_failed', 'The Idempotency-Key header is not valid.', {
        fields: [{ field: HEADER, message: 'must be 1 to 255 visible ASCII characters' }],
      });
    const scope = scopeOf(res);
    const fingerprint = createHash('sha256')
      .update(`${req.method} ${req.route?.path ?? req.path}\n`)
      .update(JSON.stringify(req.body ?? null))
      .digest('hex');
    store.claim(scope, key, fingerprint).then(
      (claim) => {
        if (claim.kind === 'reused')
          return next(
            new DomainError(
              GATEWAY_ERRORS.idempotency_key_reused,
              'This Idempotency-Key was used with another request; use a new key for a new request.',
            ),
          );
        if (claim.kind === 'in_progress')
          return next(
            new DomainError('conflict', 'A request with this Idempotency-Key is still being handled.', {
              retryAfterSeconds: 1,
            }),
          );
        if (claim.kind === 'replay') {
          const { answer } = claim;
          res.status(answer.status).setHeader('Idempotent-Replayed', 'true');
          if (answer.contentType) res.setHeader('Content-Type', answer.contentType);
          if (answer.location) res.setHeader('Location', answer.location);
          res.end(answer.body);
          return;
        }
        keepTheAnswer(res, async (body) => {
          const status = res.statusCode;
          try {
            if (status >= 500 || status === 429) await store.abandon(scope, key);
            else
              await store.complete(scope, key, fingerprint, {
                status,
                contentType: res.getHeader('content-type')?.toString(),
                location: res.getHeader('location')?.toString(),
                body,
              });
          } catch (error) {
            // The claim's lease runs out, and a retry then runs again.
            logger.error({ err: error, status }, 'could not keep the answer of an idempotent request');
          }
        });
        next();
      },
      (error: unknown) => {
        logger.warn({ err: error }, 'idempotency store unreachable');
        next(
          new DomainError('service_unavailable', 'Idempotent requests cannot be handled right now.', {
            retryAfterSeconds: 1,
          }),
        );
      },
    );
  };
}

/**
 * Keeps the answer before the client sees it: the body's last write waits until `keep` has stored it,
 * so a retry sent the moment the answer arrives finds it there rather than a claim in progress.
 */
function keepTheAnswer(res: Response, keep: (body: Buffer) => Promise<void>): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    const [chunk, encoding] = args;
    const body =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.alloc(0);
    void keep(body).finally(() => end(...args));
    return res;
  }) as Response['end'];
}
