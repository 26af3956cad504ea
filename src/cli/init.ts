// `disclint init`: a starting draft of Item 1C (Form 10-K) or Item 16K (Form 20-F) with one heading
// per requirement and the guidance for it as comments (HTML comments in Markdown, Word comments in
// .docx), so the draft lints with only requirement-addressed findings until each part is written.

import { existsSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { UsageError } from "../model/errors.js";
import { paragraphCitation } from "../model/citation.js";
import { markdownToDocx } from "../sources/docx.js";
import { loadRequirements, type Element as Requirement } from "../text/requirement-map.js";

export type InitForm = "10-K" | "20-F";
export type InitFormat = "md" | "docx";

export interface InitOptions {
  form?: InitForm;
  format?: InitFormat;
  /** File to write; default item1c-draft.<ext> (10-K) or item16k-draft.<ext> (20-F) in cwd. */
  output?: string;
  /** Overwrite an existing file. */
  force?: boolean;
  cwd: string;
}

// Parts of Item 106 and the requirements under each, in the order a reader expects them.
const PARTS: { heading: string; ids: string[] }[] = [
  { heading: "Risk management and strategy", ids: ["processes", "integration", "third-party-engaged", "third-party-oversight", "material-effect"] },
  {
    heading: "Governance",
    ids: ["board-oversight", "board-committee", "board-informed", "management-role", "management-positions", "management-expertise", "management-informed", "reports-to-board", "incident-escalation", "incident-disclosure"],
  },
];

function citation(r: Requirement, form: InitForm): string {
  return form === "20-F" ? paragraphCitation(r.item16k, "Form 20-F Item") : paragraphCitation(r.item106, "Reg S-K Item");
}

function guidance(r: Requirement, form: InitForm): string {
  const text = form === "20-F" ? r.guidance.replace(/Form 8-K Item 1\.05; Form 6-K for a foreign private issuer/, "Form 6-K") : r.guidance;
  // "--" may not appear inside an HTML comment.
  return `${citation(r, form)}: ${text}`.replace(/--+/g, "-");
}

/** The skeleton as Markdown. */
export function skeletonMarkdown(form: InitForm = "10-K"): string {
  const reqs = new Map(loadRequirements().map((r) => [r.id, r]));
  const item = form === "20-F" ? "Item 16K" : "Item 1C";
  const incidents = form === "20-F" ? "Form 6-K" : "Form 8-K Item 1.05";
  const out = [
    `# ${item}. Cybersecurity`,
    "",
    `<!-- Written by disclint init: one heading per requirement of ${form === "20-F" ? "Form 20-F Item 16K" : "Reg S-K Item 106(b)-(c)"}. Write each part under its heading, in your own words, and delete these comments. Run "disclint <this file>" to see which parts are still missing and "disclint facts <this file>" to see which requirements each paragraph was matched to. Material incidents are reported on ${incidents}. -->`,
  ];
  for (const part of PARTS) {
    out.push("", `## ${part.heading}`);
    for (const id of part.ids) {
      const r = reqs.get(id)!;
      out.push("", `### ${r.heading}`, "", `<!-- ${guidance(r, form)} -->`);
    }
  }
  return out.join("\n") + "\n";
}

export function skeleton(form: InitForm = "10-K", format: InitFormat = "md"): Buffer {
  const md = skeletonMarkdown(form);
  return format === "docx" ? markdownToDocx(md) : Buffer.from(md, "utf8");
}

/** Writes the skeleton; returns the path written. Throws UsageError rather than overwrite a file. */
export function initDraft(opts: InitOptions): string {
  const form = opts.form ?? "10-K";
  const format = opts.format ?? "md";
  const file = resolve(opts.cwd, opts.output ?? `${form === "20-F" ? "item16k" : "item1c"}-draft.${format}`);
  if (existsSync(file) && !opts.force) throw new UsageError(`${relative(opts.cwd, file) || file} already exists; use --force to overwrite it`);
  try {
    writeFileSync(file, skeleton(form, format));
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return file;
}

/** The CLI command: writes the draft and says what to do next; returns the exit code. */
export function runInit(opts: InitOptions, io: { stdout: (s: string) => void }): number {
  const file = initDraft(opts);
  const shown = relative(opts.cwd, file) || file;
  io.stdout(`Wrote ${shown}: one heading per requirement, with guidance in comments.\nWrite each part, then run: disclint ${shown}\n`);
  return 0;
}
