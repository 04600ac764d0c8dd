// Embedded PGlite in a worker thread (docs/architecture.md, "Embedded database"): PGlite runs Postgres compiled to
// WebAssembly, synchronously, so in the API's own thread every statement stopped every other request of the
// process, static files and sign-ins included, for as long as it ran. Here the thread that serves HTTP only
// sends the wire protocol's bytes and receives the backend's messages; node-postgres and Kysely see the same
// PGlite-shaped object as before (`execProtocolStream`, `waitReady`), so every query runs the same code. The
// connection node-postgres talks to (ThreadConnection) sends what the client writes in one turn of the event
// loop (parse, bind, describe, execute, sync) as one batch: one crossing per query, not one per message.
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { protocol } from '@electric-sql/pglite';

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

const { serialize } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

type Serialize = typeof serialize;

/**
 * node-postgres's Connection for the thread, in the shape of `@electric-sql/pglite/node-postgres`'s own (its
 * methods and events), but batching: the frontend messages written in one turn go in one request, and the
 * backend messages come back in order, as over a socket.
 */
class ThreadConnection extends EventEmitter {
  _connecting = false;
  stream = { destroy: () => this.end() };
  parsedStatements = {};
  submittedNamedStatements = {};
  #thread: PgliteThread;
  #outgoing: Uint8Array[] = [];
  #scheduled = false;
  #done: Promise<unknown> = Promise.resolve();
  #listening = false;

  constructor(thread: PgliteThread) {
    super();
    this.#thread = thread;
    this.on('newListener', (event) => {
      if (event === 'message') this.#listening = true;
    });
  }

  async connect() {
    this._connecting = true;
    await this.#thread.waitReady;
    process.nextTick(() => this.emit('readyForQuery'));
  }

  requestSsl() {}
  startup() {}
  cancel() {}
  password() {}
  ref() {}
  unref() {}

  sendSASLInitialResponseMessage(mechanism: string, response: string) {
    this.#send(serialize.sendSASLInitialResponseMessage(mechanism, response));
  }
  sendSCRAMClientFinalMessage(response: string) {
    this.#send(serialize.sendSCRAMClientFinalMessage(response));
  }
  query(text: string) {
    this.#send(serialize.query(text));
  }
  parse(query: Parameters<Serialize['parse']>[0]) {
    this.#send(serialize.parse(query));
  }
  bind(config: Parameters<Serialize['bind']>[0]) {
    this.#send(serialize.bind(config));
  }
  execute(config: Parameters<Serialize['execute']>[0]) {
    this.#send(serialize.execute(config));
  }
  describe(message: Parameters<Serialize['describe']>[0]) {
    this.#send(serialize.describe(message));
  }
  close(message: Parameters<Serialize['close']>[0]) {
    this.#send(serialize.close(message));
  }
  flush() {
    this.#send(serialize.flush());
  }
  sync() {
    this.#send(serialize.sync());
  }
  sendCopyFromChunk(chunk: Parameters<Serialize['copyData']>[0]) {
    this.#send(serialize.copyData(chunk));
  }
  endCopyFrom() {
    this.#send(serialize.copyDone());
  }
  sendCopyFail(message: string) {
    this.#send(serialize.copyFail(message));
  }

  end() {
    this.#done = this.#done.then(() => this.emit('end'));
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
    this.#listening = false;
  }

  #send(bytes: Uint8Array) {
    this.#outgoing.push(bytes);
    if (this.#scheduled) return;
    this.#scheduled = true;
    process.nextTick(() => {
      this.#scheduled = false;
      const batch = concat(this.#outgoing);
      this.#outgoing = [];
      this.#done = this.#done
        .then(() => this.#thread.execProtocolStream(batch, { throwOnError: false }))
        .then((messages) => {
          for (const message of messages as { name: string }[]) {
            if (this.#listening) this.emit('message', message);
            this.emit(message.name === 'error' ? 'errorMessage' : message.name, message);
          }
        })
        .catch((error: unknown) => this.emit('error', error));
    });
  }
}

/** node-postgres settings for a pool over the thread: one connection, as PGlite has. */
export function pgConfigForThread(thread: PgliteThread) {
  return { poolSize: 1, max: 1, user: 'postgres', password: 'dummy', database: 'postgres', host: 'localhost', port: 5432, connection: new ThreadConnection(thread) };
}
