#!/usr/bin/env node
// The CLI is one esbuild bundle (fast cold start); `npm ci` builds it through the prepare script.
import "../dist/cli.js";
