import { eventually } from '@atrium/testing';

/** One server-sent event as EventSource would dispatch it. */
export interface SseEvent {
  id: string | undefined;
  event: string;
  data: string;
}

export interface SseStream {
  status: number;
  headers: Headers;
  /** The problem body when the answer is not a stream. */
  problem: Record<string, unknown> | undefined;
  events: SseEvent[];
  /** Comment lines (`: …`), without the colon: the heartbeats. */
  comments: string[];
  /** The last `retry:` hint. */
  retry: number | undefined;
  /** True once the server ended the stream (or the test closed it). */
  readonly closed: boolean;
  /** The first event that matches, waiting up to timeoutMs for it. */
  waitFor(match: (event: SseEvent) => boolean, timeoutMs: number, what: string): Promise<SseEvent>;
  waitUntilClosed(timeoutMs: number): Promise<void>;
  close(): void;
}

/** Opens a stream with fetch, as an EventSource polyfill would, and parses what arrives. */
export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  let closed = false;
  const stream: SseStream = {
    status: response.status,
    headers: response.headers,
    problem: undefined,
    events: [],
    comments: [],
    retry: undefined,
    get closed() {
      return closed;
    },
    waitFor: (match, timeoutMs, what) => eventually(async () => stream.events.find(match), timeoutMs, what),
    waitUntilClosed: async (timeoutMs) => {
      await eventually(async () => (closed ? true : undefined), timeoutMs, 'the stream to end');
    },
    close: () => {
      closed = true;
      abort.abort();
    },
  };
  if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    stream.problem = (await response.json()) as Record<string, unknown>;
    closed = true;
    return stream;
  }
  void read(response, stream).finally(() => {
    closed = true;
  });
  return stream;
}

async function read(response: Response, stream: SseStream): Promise<void> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      pending += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = pending.indexOf('\n\n')) >= 0) {
        parseBlock(pending.slice(0, end), stream);
        pending = pending.slice(end + 2);
      }
    }
  } catch {
    // Aborted by close(), or the connection dropped: either way the stream is over.
  }
}

function parseBlock(block: string, stream: SseStream): void {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      stream.comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'retry') stream.retry = Number(value);
  }
  if (data.length > 0) stream.events.push({ id, event, data: data.join('\n') });
}
