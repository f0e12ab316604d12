// The generated static module is JavaScript with its own declarations: the build copies it beside the
// compiled TypeScript that imports it, instead of compiling it again.
import { cpSync } from 'node:fs';

cpSync(
  new URL('../protos/generated', import.meta.url),
  new URL('../dist/protos/generated', import.meta.url),
  {
    recursive: true,
  },
);
