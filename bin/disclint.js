#!/usr/bin/env node
// The CLI is built by scripts/build.mjs (`npm ci` runs it through the prepare script): dist/cli.js
// starts dist/start.cjs, which sets V8's flags and loads the bundle with a code cache (src/cli/start.ts).
import "../dist/cli.js";
