/** Whether the gateway is on its way down; readiness fails from the moment shutdown begins. */
export class Lifecycle {
  private stopping = false;

  beginShutdown(): void {
    this.stopping = true;
  }

  get shuttingDown(): boolean {
    return this.stopping;
  }
}
