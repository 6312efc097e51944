import { connectNats, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';

/**
 * The replica's one NATS connection, shared by everything that follows a stream. It is made on first
 * use; a failed attempt is forgotten so the next caller tries again, which lets the gateway start and
 * serve while NATS is away. Once made, the client reconnects by itself (libs/events connectNats).
 */
export class NatsLink {
  private nc: NatsConnection | undefined;
  private connecting: Promise<NatsConnection> | undefined;
  private closed = false;

  constructor(private readonly options: { servers: string; name: string; logger: Logger }) {}

  connection(): Promise<NatsConnection> {
    if (this.closed) return Promise.reject(new Error('the NATS link is closed'));
    if (this.nc) return Promise.resolve(this.nc);
    this.connecting ??= connectNats(this.options)
      .then((nc) => {
        this.nc = nc;
        return nc;
      })
      .finally(() => {
        this.connecting = undefined;
      });
    return this.connecting;
  }

  /** Drains the connection; call after every follower stopped. */
  async close(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    await this.nc?.drain().catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'NATS drain failed');
    });
  }
}
