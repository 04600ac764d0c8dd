// The installed portal as benchmarks run it: `hotgigs serve` on a random loopback port, waited for until
// /readyz answers, and stopped with SIGTERM.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../apps/api/bin/hotgigs.mjs', import.meta.url));

/** Starts `hotgigs serve` with `env` on top of this process's and returns { url, stop }. */
export async function startPortal(env) {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
