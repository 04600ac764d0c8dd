// Runs PGlite in its own thread (pglite-thread.ts is the other side): it opens the data directory, applies the
// planner settings, then answers each batch of wire-protocol bytes with the backend messages it produced, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { openPglite, PLANNER_SETTINGS_SQL } from './create-db.ts';
import { toWire, type ThreadReply, type ThreadRequest } from './pglite-thread.ts';

const port = parentPort;
if (!port) throw new Error('pglite-worker.ts runs as a worker thread');

const { dataDir } = workerData as { dataDir: string };

try {
  const pglite = await openPglite(dataDir);
  await pglite.exec(PLANNER_SETTINGS_SQL);
  let queue: Promise<unknown> = Promise.resolve();
  port.on('message', (request: ThreadRequest) => {
    // One request at a time, in arrival order: the wire protocol is a conversation.
    queue = queue.then(async () => {
      let reply: ThreadReply;
      try {
        if (request.kind === 'close') {
          if (!pglite.closed) await pglite.close();
          reply = { id: request.id, kind: 'closed' };
        } else {
          const messages = await pglite.execProtocolStream(request.bytes, { throwOnError: false });
          reply = { id: request.id, kind: 'messages', messages: messages.map(toWire) };
        }
      } catch (error) {
        reply = { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    });
  });
  port.postMessage({ id: 0, kind: 'ready' } satisfies ThreadReply);
} catch (error) {
  port.postMessage({ id: 0, kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies ThreadReply);
}
