// Rewrite suggestions (docs/profiles.md#rewrite-suggestions): on a candidate's request, the weak bullets the
// insights found (and an over-long summary) go to the optional OpenAI-compatible provider, and what comes back is
// checked (@hotgigs/ai readRewriteReply) and kept on the resume. Off unless AI_PROVIDER_URL is set; nothing else
// in the portal depends on it. Only those pieces and their job titles are sent, never who the candidate is.
import type { Selectable } from 'kysely';
import type { Logger } from 'pino';
import type { ResumesTable } from '@hotgigs/shared';
import { readRewriteReply, rewriteCandidates, rewritePrompt, RewriteReplyError, type ParsedResume, type RewriteSuggestion } from '@hotgigs/ai';
import type { AppServices } from '../../app-services.ts';
import type { Env } from '../../env.ts';
import { invalid, unavailable } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { chatProviderOf, ChatProviderError, type ChatFailure } from '../../platform/chat-provider.ts';
import { enforceRateLimits, RATE_LIMITS } from '../../platform/rate-limit.ts';

type ResumeRow = Selectable<ResumesTable>;

export interface ResumeRewrites {
  /** Whether this portal has a provider: the page offers the button only then. */
  available: boolean;
  /** The host the pieces are sent to, named before the candidate asks. */
  provider: string | null;
  /** The last suggestions (empty: nothing needed one), or null when none were asked for since the last read. */
  suggestions: RewriteSuggestion[] | null;
  at: Date | null;
}

export function rewritesOf(env: Env, row: Pick<ResumeRow, 'rewrite_suggestions' | 'rewrites_at'>): ResumeRewrites {
  const provider = chatProviderOf(env);
  return {
    available: provider !== null,
    provider: provider?.host ?? null,
    suggestions: (row.rewrite_suggestions as RewriteSuggestion[] | null) ?? null,
    at: row.rewrites_at,
  };
}

const FAILURE_MESSAGE: Record<ChatFailure | 'reply', string> = {
  timeout: 'The writing assistant took too long to answer. Try again in a minute.',
  unreachable: 'The writing assistant could not be reached. Try again later.',
  refused: 'The writing assistant turned the request down. Try again later; if it keeps happening, tell the site administrator.',
  unreadable: 'The writing assistant sent an answer that could not be read. Try again.',
  reply: 'The writing assistant sent an answer that could not be read. Try again.',
};

/** resume.suggestRewrites: asks the provider and keeps its checked suggestions on the resume. */
export async function suggestRewrites(deps: Pick<AppServices, 'db' | 'env' | 'now'>, row: ResumeRow, userId: string, origin: RequestOrigin, log: Logger): Promise<ResumeRewrites> {
  const provider = chatProviderOf(deps.env);
  if (!provider) throw unavailable('Rewrite suggestions are not turned on for this portal.');
  const parsed = row.parse_status === 'parsed' ? (row.parsed_data as unknown as ParsedResume | null) : null;
  if (!parsed) throw invalid('This resume has not been read yet: wait until it is parsed.');
  const items = rewriteCandidates(parsed);
  let suggestions: RewriteSuggestion[] = [];
  if (items.length > 0) {
    await enforceRateLimits(deps.db, deps.now(), [[RATE_LIMITS.rewritesPerAccount, userId]]);
    await recordAudit(deps.db, { action: 'resume.rewrites_requested', actorId: userId, targetType: 'resume', targetId: row.id, details: { provider: provider.host, model: provider.model, pieces: items.length }, ...origin });
    try {
      suggestions = readRewriteReply(await provider.complete(rewritePrompt(items)), items);
    } catch (error) {
      if (error instanceof ChatProviderError) {
        log.warn({ failure: error.failure, detail: error.detail, provider: provider.host }, 'AI provider failed');
        throw unavailable(FAILURE_MESSAGE[error.failure]);
      }
      if (error instanceof RewriteReplyError) {
        log.warn({ detail: error.message, provider: provider.host }, 'AI provider reply unreadable');
        throw unavailable(FAILURE_MESSAGE.reply);
      }
      throw error;
    }
  }
  const now = deps.now();
  const updated = await deps.db
    .updateTable('resumes')
    .set({ rewrite_suggestions: JSON.stringify(suggestions), rewrites_at: now })
    .where('id', '=', row.id)
    // A new read since the request began makes these suggestions stale: keep nothing.
    .where('parsed_at', 'is not distinct from', row.parsed_at)
    .returning(['rewrite_suggestions', 'rewrites_at'])
    .executeTakeFirst();
  if (!updated) throw invalid('This resume was read again meanwhile: ask for suggestions again.');
  return rewritesOf(deps.env, updated);
}
