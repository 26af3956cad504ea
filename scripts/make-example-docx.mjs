// Builds examples/northwind-item1c-draft.docx from examples/northwind-item1c-draft.md with the same
// writer `disclint init --format docx` uses (src/sources/docx.ts): headings keep their level, the
// Markdown comment becomes a Word comment. The output is byte-for-byte reproducible; a test checks
// that the committed file is what this script makes.
//   node scripts/make-example-docx.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build", "make-example-docx.mjs");
await build({
  stdin: { contents: 'export { markdownToDocx } from "./src/sources/docx.ts";', resolveDir: root, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "esm",
  external: ["mammoth", "ajv", "yaml"],
  outfile: out,
  logLevel: "warning",
});
const { markdownToDocx } = await import(pathToFileURL(out).href);
const md = readFileSync(join(root, "examples", "northwind-item1c-draft.md"), "utf8");
writeFileSync(join(root, "examples", "northwind-item1c-draft.docx"), markdownToDocx(md));
console.log("wrote examples/northwind-item1c-draft.docx");
