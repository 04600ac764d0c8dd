// One worker thread of the parse pool (parse-pool.ts): bytes in, the text, parsed fields and insights out.
// Runs @hotgigs/ai off the request thread, under the pool's memory limit and time limit. The skill taxonomy
// comes once, at start (workerData), and the matcher is built from it here.
import { parentPort, workerData } from 'node:worker_threads';
import { createSkillMatcher, extractDocument, parseResume, ResumeFileError, resumeInsights, type SkillEntry } from '@hotgigs/ai';
import type { ParseReply, ParseRequest } from './parse-pool.ts';

const { skills } = workerData as { skills: SkillEntry[] };
const matcher = createSkillMatcher(skills);

async function handle(request: ParseRequest): Promise<ParseReply> {
  try {
    const doc = await extractDocument(new Uint8Array(request.bytes));
    const parsed = parseResume(doc, matcher, { today: new Date(request.today) });
    const insights = resumeInsights(parsed, doc);
    return { id: request.id, ok: true, format: doc.format, text: doc.text, parsed, insights };
  } catch (error) {
    if (error instanceof ResumeFileError) return { id: request.id, ok: false, final: true, message: error.message, code: error.code };
    return { id: request.id, ok: false, final: false, message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort!.on('message', (request: ParseRequest) => {
  void handle(request).then((reply) => parentPort!.postMessage(reply));
});
