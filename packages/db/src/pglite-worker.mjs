// The embedded database's thread (pglite-thread.ts): worker threads start plain Node, so TypeScript is loaded the
// way bin/hotgigs.mjs loads it (tsx's register API), then the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./pglite-worker.ts');
