// Worker threads that read resumes (parse-worker.ts), so a large or hostile file never blocks the requests of
// this process: each worker has a heap limit, each file a time limit. A worker that takes too long or dies
// (out of memory, a crash) is replaced, and its file fails with a reason a candidate can act on.
import { Worker } from 'node:worker_threads';
import type { ParsedResume, ResumeFileFormat, ResumeInsights, SkillEntry } from '@hotgigs/ai';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  /** ISO date: the reference for "Present" and totals. */
  today: string;
}

export type ParseReply =
  | { id: number; ok: true; format: ResumeFileFormat; text: string; parsed: ParsedResume; insights: ResumeInsights }
  /** `final`: the file can never be read (no retry); else a failure worth another attempt. */
  | { id: number; ok: false; final: boolean; message: string; code?: string };

export type ParseOutcome = Omit<Extract<ParseReply, { ok: true }>, 'id'> | Omit<Extract<ParseReply, { ok: false }>, 'id'>;

export const TOO_SLOW_MESSAGE = 'This file took too long to read: save it again as a simpler PDF or as a DOCX and upload that';

export interface ParsePoolOptions {
  size: number;
  timeoutMs: number;
  skills: readonly SkillEntry[];
  /** Heap of each worker (MB). */
  maxOldGenerationSizeMb?: number;
}

interface Task {
  request: ParseRequest;
  resolve: (outcome: ParseOutcome) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

export interface ParsePool {
  parse(bytes: Uint8Array, today: Date): Promise<ParseOutcome>;
  close(): Promise<void>;
  /** Workers replaced after a timeout or a crash, since start (logs, tests). */
  readonly replaced: number;
}

const WORKER_URL = new URL('./parse-worker.mjs', import.meta.url);

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const waiting: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let replaced = 0;

  function spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      workerData: { skills: options.skills },
      resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 256, maxYoungGenerationSizeMb: 32 },
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker };
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      if (!slot.task || slot.task.request.id !== reply.id) return;
      const { id: _id, ...outcome } = reply;
      finish(slot, outcome);
    });
    // Out of memory, a crash, or exit: the file in hand fails, and the worker is replaced.
    const lost = () => {
      if (slot.task) finish(slot, { ok: false, final: true, message: TOO_SLOW_MESSAGE });
      replace(slot);
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    return slot;
  }

  function replace(slot: Slot) {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    replaced++;
    if (closed) {
      slots.splice(index, 1);
      return;
    }
    slots[index] = spawn();
    next();
  }

  function finish(slot: Slot, outcome: ParseOutcome) {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    task.resolve(outcome);
    next();
  }

  function next() {
    for (const slot of slots) {
      if (slot.task || waiting.length === 0) continue;
      const task = waiting.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        finish(slot, { ok: false, final: true, message: TOO_SLOW_MESSAGE });
        replace(slot);
      }, options.timeoutMs);
      slot.worker.postMessage(task.request);
    }
  }

  for (let i = 0; i < Math.max(1, options.size); i++) slots.push(spawn());

  return {
    parse(bytes, today) {
      if (closed) return Promise.resolve({ ok: false, final: false, message: 'The server is shutting down.' });
      return new Promise<ParseOutcome>((resolve) => {
        waiting.push({ request: { id: nextId++, bytes, today: today.toISOString() }, resolve });
        next();
      });
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.resolve({ ok: false, final: false, message: 'The server is shutting down.' });
      await Promise.all(
        slots.splice(0).map((slot) => {
          clearTimeout(slot.timer);
          slot.worker.removeAllListeners();
          if (slot.task) slot.task.resolve({ ok: false, final: false, message: 'The server is shutting down.' });
          return slot.worker.terminate();
        }),
      );
    },
    get replaced() {
      return replaced;
    },
  };
}
