// Starts the real portal for the browser tests: the built web app and the API on a fresh embedded database
// that seeds its demo data on first start, exactly as `pnpm start` does for a new user. Its emails go to a real
// SMTP server here, readable by the tests (which run in workers) as JSON over loopback HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startMailbox, type Mailbox } from '../../api/test/mailbox.ts';
import type { MailboxContents } from './mailbox.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** GET it for every email the portal sent so far (MailboxContents). */
    mailboxUrl: string;
  }
}

const cli = fileURLToPath(new URL('../../api/bin/hotgigs.mjs', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the portal was not ready within 240 s:\n${output()}`);
}

/** The received emails as JSON, for test files: they run in workers and cannot share the mailbox object. */
async function serveMailbox(mailbox: Mailbox): Promise<{ url: string; server: Server }> {
  const server = createHttpServer((req, res) => {
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    const contents: MailboxContents = {
      emails: mailbox.received.map(({ to, subject, text }) => ({ to, subject, text })),
    };
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(contents));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the mailbox server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const mailbox = await startMailbox();
  const mailboxHttp = await serveMailbox(mailbox);
  let log = '';
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      // Links in emails point at this portal.
      PUBLIC_URL: baseUrl,
      SMTP_URL: mailbox.url,
      // Each test's browser says it comes from its own address (browser.ts), as clients behind a proxy do, so
      // the per-IP limits (10 sign-ups an hour) apply to each test rather than to the whole suite.
      TRUST_PROXY: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitUntilReady(baseUrl, child, () => log);
  project.provide('baseUrl', baseUrl);
  project.provide('mailboxUrl', mailboxHttp.url);

  return async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const code = await exited;
    await new Promise<void>((resolve) => mailboxHttp.server.close(() => resolve()));
    await mailbox.close();
    rmSync(dataDir, { recursive: true, force: true });
    // A clean, graceful shutdown is part of what is tested.
    if (code !== 0) throw new Error(`the portal exited with ${code} on SIGTERM:\n${log}`);
  };
}
