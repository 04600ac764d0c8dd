// One worker thread of the parse pool (parse-pool.ts): bytes in, the text, parsed fields and insights out.
// Runs @hotgigs/ai off the request thread, under the pool's memory limit and time limit. The skill taxonomy
// comes once, at start (workerData), and the matcher is built from it here.
import { parentPort, workerData } from 'node:worker_threads';
import * as ai from '@hotgigs/ai';
import type { ExtractedDocument, ParsedResume, ResumeInsights, SkillEntry } from '@hotgigs/ai';
import { ResumeFileError } from '@hotgigs/ai';
import type { ParseReply, ParseRequest } from './parse-pool.ts';

/** The parser's functions (ai-parse), typed as the brief names them until they land in @hotgigs/ai. */
interface ParserApi {
  createSkillMatcher(skills: readonly SkillEntry[]): unknown;
  parseResume(doc: ExtractedDocument, matcher: unknown, options: { today: Date }): ParsedResume;
  resumeInsights(parsed: ParsedResume, doc?: ExtractedDocument): ResumeInsights;
}

const parser = ai as unknown as Partial<ParserApi>;
const { skills } = workerData as { skills: SkillEntry[] };
const matcher = parser.createSkillMatcher ? parser.createSkillMatcher(skills) : undefined;

async function handle(request: ParseRequest): Promise<ParseReply> {
  try {
    const doc = await ai.extractDocument(new Uint8Array(request.bytes));
    if (!parser.parseResume || !parser.resumeInsights) {
      return { id: request.id, ok: false, final: false, message: 'The resume parser is not available yet.' };
    }
    const parsed = parser.parseResume(doc, matcher, { today: new Date(request.today) });
    const insights = parser.resumeInsights(parsed, doc);
    return { id: request.id, ok: true, format: doc.format, text: doc.text, parsed, insights };
  } catch (error) {
    if (error instanceof ResumeFileError) return { id: request.id, ok: false, final: true, message: error.message, code: error.code };
    return { id: request.id, ok: false, final: false, message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort!.on('message', (request: ParseRequest) => {
  void handle(request).then((reply) => parentPort!.postMessage(reply));
});
