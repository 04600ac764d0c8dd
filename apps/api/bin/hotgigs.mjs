#!/usr/bin/env node
// The packages are consumed as TypeScript source; tsx compiles them on the fly.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
