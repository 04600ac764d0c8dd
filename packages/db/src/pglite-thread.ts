// Embedded PGlite in a worker thread (docs/architecture.md, "Embedded database"): PGlite runs Postgres compiled to
// WebAssembly, synchronously, so in the API's own thread every statement stopped every other request of the
// process, static files and sign-ins included, for as long as it ran. Here the thread that serves HTTP only
// sends the wire protocol's bytes and receives the backend's messages; node-postgres and Kysely see the same
// PGlite-shaped object as before (`execProtocolStream`, `waitReady`), so every query runs the same code.
import { Worker } from 'node:worker_threads';

/** A backend message as it crosses threads: errors travel as their fields, since a clone keeps only the message. */
export type WireMessage = Record<string, unknown> & { name: string };

export type ThreadRequest = { id: number; kind: 'exec'; bytes: Uint8Array } | { id: number; kind: 'close' };

export type ThreadReply =
  | { id: number; kind: 'ready' }
  | { id: number; kind: 'closed' }
  | { id: number; kind: 'messages'; messages: WireMessage[] }
  | { id: number; kind: 'failed'; message: string };

const ERROR_MARK = '__error';

export function toWire(message: { name: string }): WireMessage {
  if (message instanceof Error) return { ...message, name: message.name, message: message.message, [ERROR_MARK]: true };
  return message as WireMessage;
}

/** An error message again as node-postgres's DatabaseError is: an Error carrying code, constraint, detail... */
export function fromWire(message: WireMessage): unknown {
  if (!message[ERROR_MARK]) return message;
  const { [ERROR_MARK]: _mark, message: text, ...fields } = message;
  return Object.assign(new Error(String(text)), fields);
}

/** The part of PGlite that `@electric-sql/pglite/node-postgres` uses, served by the worker thread. */
export interface PgliteThread {
  readonly waitReady: Promise<void>;
  readonly closed: boolean;
  execProtocolStream(bytes: Uint8Array, options?: { throwOnError?: boolean }): Promise<unknown[]>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./pglite-worker.mjs', import.meta.url);

export function startPgliteThread(dataDir: string): PgliteThread {
  const worker = new Worker(WORKER_URL, { workerData: { dataDir }, execArgv: [] });
  const pending = new Map<number, { resolve: (reply: ThreadReply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | undefined;
  let closed = false;

  let ready!: { resolve: () => void; reject: (error: Error) => void };
  const waitReady = new Promise<void>((resolve, reject) => (ready = { resolve, reject }));

  const stop = (error: Error) => {
    if (stopped) return;
    stopped = error;
    ready.reject(error);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  worker.on('message', (reply: ThreadReply) => {
    if (reply.id === 0) {
      if (reply.kind === 'ready') ready.resolve();
      else if (reply.kind === 'failed') stop(new Error(reply.message));
      return;
    }
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    waiting?.resolve(reply);
  });
  worker.on('error', (error) => stop(new Error(`The embedded database stopped: ${error.message}`)));
  worker.on('exit', (code) => stop(new Error(`The embedded database stopped (its thread exited with code ${code}).`)));
  // A failed start is reported through waitReady; keep it from being an unhandled rejection meanwhile.
  waitReady.catch(() => {});

  function ask(request: ThreadRequest): Promise<ThreadReply> {
    if (stopped) return Promise.reject(stopped);
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  return {
    waitReady,
    get closed() {
      return closed;
    },
    async execProtocolStream(bytes) {
      const reply = await ask({ id: nextId++, kind: 'exec', bytes });
      if (reply.kind === 'failed') throw new Error(reply.message);
      if (reply.kind !== 'messages') throw new Error(`Unexpected reply from the embedded database: ${reply.kind}`);
      return reply.messages.map(fromWire);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (!stopped) await ask({ id: nextId++, kind: 'close' });
      } finally {
        await worker.terminate();
      }
    },
  };
}
