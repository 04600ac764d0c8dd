// The optional OpenAI-compatible chat API (env AI_PROVIDER_*; docs/profiles.md#rewrite-suggestions): one POST to
// {base}/chat/completions, bounded in time and in the size of what is read back. Its failures come back as one
// of four reasons, worded for the person who asked; the provider's own text never reaches them (it is logged).
import type { ChatMessage } from '@hotgigs/ai';
import type { Env } from '../env.ts';

export interface ChatProvider {
  /** The provider's host, named to candidates before anything is sent ("api.openai.com"). */
  host: string;
  model: string;
  complete(messages: ChatMessage[]): Promise<string>;
}

export type ChatFailure = 'timeout' | 'unreachable' | 'refused' | 'unreadable';

export class ChatProviderError extends Error {
  constructor(
    readonly failure: ChatFailure,
    /** For the log only: the status, the provider's words, the network error. */
    readonly detail: string,
  ) {
    super(`chat provider ${failure}: ${detail}`);
  }
}

/** A reply larger than this is not a few rewritten bullets; it is refused unread. */
const MAX_REPLY_BYTES = 256 * 1024;

async function readCapped(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_REPLY_BYTES) {
      await reader.cancel();
      throw new ChatProviderError('unreadable', `reply over ${MAX_REPLY_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const timedOut = (error: unknown) => ['TimeoutError', 'AbortError'].includes((error as Error).name);

/** The configured provider, or null when the portal has none (the default). */
export function chatProviderOf(env: Pick<Env, 'AI_PROVIDER_URL' | 'AI_PROVIDER_KEY' | 'AI_PROVIDER_MODEL' | 'AI_PROVIDER_TIMEOUT_MS'>): ChatProvider | null {
  if (!env.AI_PROVIDER_URL || !env.AI_PROVIDER_MODEL) return null;
  const base = env.AI_PROVIDER_URL.replace(/\/+$/, '');
  const model = env.AI_PROVIDER_MODEL;
  return {
    host: new URL(base).host,
    model,
    async complete(messages) {
      let response: Response;
      try {
        response = await fetch(`${base}/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(env.AI_PROVIDER_KEY && { authorization: `Bearer ${env.AI_PROVIDER_KEY}` }) },
          body: JSON.stringify({ model, messages, temperature: 0.3, max_tokens: 1500, stream: false }),
          redirect: 'error',
          signal: AbortSignal.timeout(env.AI_PROVIDER_TIMEOUT_MS),
        });
      } catch (error) {
        if (timedOut(error)) throw new ChatProviderError('timeout', `no answer in ${env.AI_PROVIDER_TIMEOUT_MS} ms`);
        throw new ChatProviderError('unreachable', String((error as Error).cause ?? error));
      }
      let body: string;
      try {
        body = await readCapped(response);
      } catch (error) {
        if (error instanceof ChatProviderError) throw error;
        throw new ChatProviderError(timedOut(error) ? 'timeout' : 'unreachable', String(error));
      }
      if (!response.ok) throw new ChatProviderError('refused', `HTTP ${response.status}: ${body.slice(0, 300)}`);
      let content: unknown;
      try {
        content = (JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
      } catch {
        throw new ChatProviderError('unreadable', `not JSON: ${body.slice(0, 200)}`);
      }
      if (typeof content !== 'string') throw new ChatProviderError('unreadable', `no choices[0].message.content: ${body.slice(0, 200)}`);
      return content;
    },
  };
}
