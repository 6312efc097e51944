/** Whether the gateway is on its way down; readiness fails from the moment shutdown begins. */
export class Lifecycle {
  private stopping = false;
  private readonly listeners: Array<() => void> = [];

  /** Runs `listener` when shutdown begins: for work that would otherwise hold the server open. */
  onShutdown(listener: () => void): void {
    this.listeners.push(listener);
  }

  beginShutdown(): void {
    if (this.stopping) return;
    this.stopping = true;
    for (const listener of this.listeners) listener();
  }

  get shuttingDown(): boolean {
    return this.stopping;
  }
}
