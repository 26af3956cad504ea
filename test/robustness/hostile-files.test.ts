// Issue 12, items 2, 4-7: what a pull request can put in the file system. Symbolic links out of
// what was named, FIFOs and devices where a file is expected, a decompression bomb, more files
// than file descriptors, a YAML alias bomb. Each is one line naming the file, never a hang, an
// abort or a silent skip, and nothing outside the inputs is read.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, createDeflateRaw } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cli, exampleHtm, ROOT, rPage, STACK_FRAME, tmpDir } from "./helpers.js";

const SECRET = "Our Board oversees SECRET-OUTSIDE-TEXT cybersecurity risk through the [TBD] Committee.";
const GOOD = rPage("Our Board oversees cybersecurity risk through the [TBD] Committee.");

interface JsonResult {
  filePath: string;
  messages: Array<{ fatal?: boolean; ruleId: string | null; message: string; evidence?: string | null }>;
}

function oneLineProblem(text: string, pattern: RegExp): void {
  const lines = text.trim().split("\n").filter((l) => pattern.test(l));
  expect(lines.length, `no line matches ${pattern} in:\n${text}`).toBeGreaterThan(0);
  expect(text).not.toMatch(STACK_FRAME);
  expect(text).not.toMatch(/internal error/);
}

function mkfifo(path: string): void {
  const r = spawnSync("mkfifo", [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

describe("inputs confined to what was named", () => {
  it("a symbolic link out of a walked folder is refused with one line, and its target is not read", async () => {
    const dir = tmpDir("link-out");
    mkdirSync(join(dir, "outside"));
    mkdirSync(join(dir, "repo"));
    writeFileSync(join(dir, "outside", "secret.txt"), rPage(SECRET));
    writeFileSync(join(dir, "repo", "good.txt"), GOOD);
    symlinkSync(join(dir, "outside", "secret.txt"), join(dir, "repo", "item1c.txt"));
    symlinkSync(join(dir, "outside"), join(dir, "repo", "more"));
    const r = await cli(["repo", "-f", "json"], dir);
    expect(r.stdout).not.toContain("SECRET-OUTSIDE-TEXT");
    const results = JSON.parse(r.stdout) as JsonResult[];
    const messages = results.flatMap((x) => x.messages).filter((m) => m.fatal).map((m) => m.message);
    expect(messages).toContain("repo/item1c.txt: a symbolic link out of repo; not read");
    expect(messages).toContain("repo/more: a symbolic link out of repo; not read");
    expect(results.find((x) => x.filePath.endsWith("good.txt"))?.messages.map((m) => m.ruleId)).toContain("draft-placeholder");
    expect(r.code).toBe(2);
  });

  it("a file whose name is not UTF-8 (found by a walk or a glob) is one line that says so, and the others are linted", async () => {
    // At 70f42ae2 the line said "no such file" of a file that is there: Node lists the name with U+FFFD for each byte
    // that is not UTF-8, and no file has that name.
    const dir = tmpDir("not-utf8");
    writeFileSync(join(dir, "good.txt"), GOOD);
    writeFileSync(Buffer.concat([Buffer.from(join(dir, "bad")), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), GOOD);
    for (const input of [".", "*.txt"]) {
      const r = await cli([input, "-f", "json"], dir);
      expect(r.code).toBe(2);
      const results = JSON.parse(r.stdout) as JsonResult[];
      const bad = results.find((x) => x.filePath.endsWith("bad\ufffd\ufffd.txt"));
      expect(bad?.messages.map((m) => m.message)).toEqual([
        "no such file by this name: its name holds bytes that are not UTF-8 (shown as \ufffd), which disclint cannot open; rename the file",
      ]);
      expect(results.find((x) => x.filePath.endsWith("good.txt"))?.messages.map((m) => m.ruleId)).toContain("draft-placeholder");
    }
  });

  it("a dangling symbolic link in a walk is reported, not ignored", async () => {
    const dir = tmpDir("dangling");
    writeFileSync(join(dir, "good.txt"), GOOD);
    symlinkSync(join(dir, "gone.txt"), join(dir, "item1c.txt"));
    const r = await cli([".", "-f", "json"], dir);
    expect(r.code).toBe(2);
    const messages = (JSON.parse(r.stdout) as JsonResult[]).flatMap((x) => x.messages).map((m) => m.message);
    expect(messages).toContain("item1c.txt: a broken symbolic link; not read");
  });

  it("an R page that FilingSummary.xml lists but that links out of the folder is refused, never quoted", async () => {
    const dir = tmpDir("summary-link");
    mkdirSync(join(dir, "filing"));
    writeFileSync(join(dir, "secret.htm"), `<html><body><table><tr><th>Cybersecurity Risk Management and Strategy Disclosure</th></tr><tr><td>${SECRET}</td></tr></table></body></html>`);
    symlinkSync(join(dir, "secret.htm"), join(dir, "filing", "R2.htm"));
    writeFileSync(
      join(dir, "filing", "FilingSummary.xml"),
      `<FilingSummary><MyReports><Report><HtmlFileName>R2.htm</HtmlFileName><ShortName>Cybersecurity Risk Management and Strategy Disclosure</ShortName><Role>http://xbrl.sec.gov/cyd/role/CybersecurityRiskManagementAndStrategyDisclosure</Role></Report></MyReports></FilingSummary>`,
    );
    for (const format of ["json", "sarif", "github"]) {
      const r = await cli(["filing", "-f", format], dir);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).not.toContain("SECRET-OUTSIDE-TEXT");
      expect(r.stdout).toMatch(/filing\/R2\.htm \(listed in filing\/FilingSummary\.xml\) is a symbolic link out of its folder; not read/);
    }
  });

  it("a .disclintrc in the working directory that links out of it is refused, and its target never read nor quoted", async () => {
    // At 70f42ae2 the link was followed: a pull request's `.disclintrc.yaml -> /any/file` had that file parsed and its
    // keys quoted in the config error ("rules.SECRET-KEY-NAME: not a rule id").
    const dir = tmpDir("config-link");
    mkdirSync(join(dir, "outside"));
    mkdirSync(join(dir, "repo", "sub"), { recursive: true });
    writeFileSync(join(dir, "outside", "creds.yml"), "rules:\n  SECRET_KEY_NAME: error\n");
    writeFileSync(join(dir, "repo", "sub", "good.txt"), GOOD);
    symlinkSync(join(dir, "outside", "creds.yml"), join(dir, "repo", "sub", ".disclintrc.yaml"));
    for (const format of ["stylish", "json", "github"]) {
      const r = await cli(["sub/good.txt", "-f", format], join(dir, "repo"));
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).not.toContain("SECRET_KEY_NAME");
      expect(r.stderr).toBe("disclint: sub/.disclintrc.yaml: a symbolic link out of the working directory; not read (name it with --config to use it)\n");
    }
    // A link that stays in the tree is read; --config reads the target it is given.
    writeFileSync(join(dir, "repo", "shared.json"), JSON.stringify({ rules: { "draft-placeholder": "off" } }));
    symlinkSync(join(dir, "repo", "shared.json"), join(dir, "repo", ".disclintrc.json"));
    writeFileSync(join(dir, "repo", "good.txt"), GOOD);
    const inside = await cli(["good.txt", "-f", "json"], join(dir, "repo"));
    expect((JSON.parse(inside.stdout) as JsonResult[])[0].messages.map((m) => m.ruleId)).not.toContain("draft-placeholder");
    const named = await cli(["sub/good.txt", "--config", join(dir, "outside", "creds.yml")], join(dir, "repo"));
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/SECRET_KEY_NAME: not a rule id/);
  });

  it("a config's rulesDirs pointing far up the tree never quotes other people's JSON", async () => {
    const dir = tmpDir("rules-dirs");
    writeFileSync(join(dir, "foreign.json"), JSON.stringify({ privateKeyName: "x", otherSecretProperty: 1 }));
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    writeFileSync(join(dir, "a", "b", "good.txt"), GOOD);
    writeFileSync(join(dir, "a", "b", ".disclintrc.json"), JSON.stringify({ rulesDirs: ["../.."] }));
    const r = await cli(["good.txt"], join(dir, "a", "b"));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/privateKeyName|otherSecretProperty/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/foreign\.json: not a disclint rule/);
  });
});

describe("only regular files are read, never past a cap", () => {
  it("FIFOs as inputs (named, in a walk), as config, rules file and baseline: one line each, no hang", async () => {
    const dir = tmpDir("fifo");
    writeFileSync(join(dir, "good.txt"), GOOD);
    mkfifo(join(dir, "pipe.htm"));
    mkfifo(join(dir, "pipe.txt"));
    const named = await cli(["pipe.htm", "pipe.txt", "good.txt", "-f", "json"], dir);
    expect(named.code).toBe(2);
    const results = JSON.parse(named.stdout) as JsonResult[];
    for (const name of ["pipe.htm", "pipe.txt"]) {
      expect(results.find((x) => x.filePath.endsWith(name))?.messages[0].message).toBe("not a regular file (a FIFO)");
    }
    const walked = await cli([".", "-f", "json"], dir);
    const walkedMessages = (JSON.parse(walked.stdout) as JsonResult[]).flatMap((x) => x.messages).map((m) => m.message);
    expect(walkedMessages).toContain("pipe.htm: not a regular file (a FIFO, socket or device); not read");

    const cfg = tmpDir("fifo-config");
    writeFileSync(join(cfg, "good.txt"), GOOD);
    mkfifo(join(cfg, ".disclintrc.json"));
    const config = await cli(["good.txt"], cfg);
    expect(config.code).toBe(2);
    oneLineProblem(config.stderr, /\.disclintrc\.json: cannot read config: not a regular file \(a FIFO\)/);

    mkdirSync(join(dir, "rules"));
    mkfifo(join(dir, "rules", "my-rule.json"));
    const rules = await cli(["good.txt", "--rules-dir", "rules"], dir);
    expect(rules.code).toBe(2);
    oneLineProblem(rules.stderr, /my-rule\.json: cannot read: not a regular file \(a FIFO\)/);

    mkfifo(join(dir, "baseline.json"));
    const baseline = await cli(["good.txt", "--baseline", "baseline.json"], dir);
    expect(baseline.code).toBe(2);
    oneLineProblem(baseline.stderr, /baseline\.json: cannot read baseline: not a regular file \(a FIFO\)/);
  });

  it("a lexicon or baseline linked to /dev/zero, a config linked to /dev/urandom: one line, no abort", async () => {
    const dir = tmpDir("devices");
    writeFileSync(join(dir, "good.txt"), GOOD);
    mkdirSync(join(dir, "rules", "lexicons"), { recursive: true });
    symlinkSync("/dev/zero", join(dir, "rules", "lexicons", "placeholders.json"));
    const lexicon = await cli(["good.txt", "--rules-dir", "rules"], dir);
    expect(lexicon.code).toBe(2);
    oneLineProblem(lexicon.stderr, /placeholders\.json: cannot read: not a regular file \(a device\)/);

    symlinkSync("/dev/zero", join(dir, "zero.json"));
    const baseline = await cli(["good.txt", "--baseline", "zero.json"], dir);
    expect(baseline.code).toBe(2);
    oneLineProblem(baseline.stderr, /zero\.json: cannot read baseline: not a regular file \(a device\)/);

    const cfg = tmpDir("urandom");
    writeFileSync(join(cfg, "good.txt"), GOOD);
    symlinkSync("/dev/urandom", join(cfg, ".disclintrc.yaml"));
    const config = await cli(["good.txt"], cfg);
    expect(config.code).toBe(2);
    // Since round 44 a config in the working directory that links out of it is not opened at all.
    oneLineProblem(config.stderr, /\.disclintrc\.yaml: a symbolic link out of the working directory; not read/);
    const named = await cli(["good.txt", "--config", ".disclintrc.yaml"], cfg);
    expect(named.code).toBe(2);
    oneLineProblem(named.stderr, /\.disclintrc\.yaml: cannot read config: not a regular file \(a device\)/);

    symlinkSync("/dev/zero", join(dir, "zero.htm"));
    const input = await cli(["zero.htm", "good.txt", "-f", "json"], dir);
    expect(input.code).toBe(2);
    expect((JSON.parse(input.stdout) as JsonResult[]).find((x) => x.filePath.endsWith("zero.htm"))?.messages[0].message).toBe("not a regular file (a device)");
  });

  it("a config or a user's rule nested 200,000 deep is one line, exit 2: no stack trace from a batch's workers", async () => {
    // At 70f42ae2 the config was read; a batch of 20 files then crashed as the workers started (postMessage's structured
    // clone overflowed the stack: Node's stack trace, exit code 1), --print-config was an internal error, and a rule
    // of conditions nested 20,000 deep stopped its worker ("internal error: the worker linting this file stopped").
    const dir = tmpDir("deep-config");
    const files = Array.from({ length: 20 }, (_, i) => `d${i}.txt`);
    for (const f of files) writeFileSync(join(dir, f), GOOD);
    const n = 200_000;
    writeFileSync(join(dir, ".disclintrc.json"), `{"rules":{"draft-placeholder":["error",${'{"a":'.repeat(n)}1${"}".repeat(n)}]}}`);
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "disclint.js"), ...files], { cwd: dir, encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("disclint: .disclintrc.json: nested deeper than 64 levels\n");
    const printed = await cli(["--print-config", "d0.txt"], dir);
    expect(printed.code).toBe(2);
    oneLineProblem(printed.stderr, /\.disclintrc\.json: nested deeper than 64 levels/);

    const rules = tmpDir("deep-rule");
    writeFileSync(join(rules, "good.txt"), GOOD);
    mkdirSync(join(rules, "mine"));
    let condition = '{"fact":"document","params":{"field":"inputFormat"},"operator":"in","value":["text"]}';
    for (let i = 0; i < 20_000; i++) condition = `{"all":[${condition}]}`;
    writeFileSync(join(rules, "mine", "deep-rule.json"), `{"id":"deep-rule","severity":"error","description":"d","citation":"c","requirement":"r","checks":[{"message":"m","conditions":${condition}}]}`);
    const rule = await cli(["good.txt", "--rules-dir", "mine"], rules);
    expect(rule.code).toBe(2);
    oneLineProblem(rule.stderr, /mine\/deep-rule\.json: nested deeper than 64 levels/);
  });

  it("a YAML alias bomb in a config is a one-line config error, not an internal error", async () => {
    const dir = tmpDir("yaml-bomb");
    writeFileSync(join(dir, "good.txt"), GOOD);
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
    }
    writeFileSync(join(dir, ".disclintrc.yaml"), `${levels.join("\n")}\n`);
    const r = await cli(["good.txt"], dir);
    expect(r.code).toBe(2);
    oneLineProblem(r.stderr, /\.disclintrc\.yaml: invalid YAML: .*alias/i);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

/** A zip with one deflated entry of `declared` bytes whose data inflates to `mb` MB of spaces, made a chunk at a time. */
async function zipBomb(mb: number, declared = mb * 1024 * 1024): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < mb; i++) deflate.write(chunk);
  deflate.end();
  await done;
  const packed = Buffer.concat(out);
  const name = Buffer.from("word/document.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(Buffer.alloc(0)), 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const dir = Buffer.concat([central, name]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(local.length + name.length + packed.length, 16);
  return Buffer.concat([local, name, packed, dir, end]);
}

describe("a decompression bomb", () => {
  it("a small .docx whose document.xml inflates to 400 MB is one line, with memory bounded", async () => {
    const dir = tmpDir("docx-bomb");
    writeFileSync(join(dir, "good.txt"), GOOD);
    writeFileSync(join(dir, "bomb.docx"), await zipBomb(400));
    // A directory that understates the size is caught while inflating.
    writeFileSync(join(dir, "liar.docx"), await zipBomb(100, 1000));
    const r = spawnSync(process.execPath, ["--max-old-space-size=256", join(ROOT, "bin", "disclint.js"), "bomb.docx", "liar.docx", "good.txt", "-f", "json"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const results = JSON.parse(r.stdout) as JsonResult[];
    const message = (name: string) => results.find((x) => x.filePath.endsWith(name))?.messages[0].message;
    expect(message("bomb.docx")).toBe('the Word document\'s "word/document.xml" unpacks to over the 64 MB limit for the unpacked document');
    expect(message("liar.docx")).toBe('the Word document\'s "word/document.xml" unpacks to more than its zip directory says (a zip bomb?)');
    expect(results.find((x) => x.filePath.endsWith("good.txt"))?.messages.map((m) => m.ruleId)).toContain("draft-placeholder");
  }, 120_000);
});

describe("more files than file descriptors", () => {
  it("1,500 .htm files under `ulimit -n 256` give the same result as without the limit", async () => {
    const dir = tmpDir("emfile");
    mkdirSync(join(dir, "filings"));
    // Three document sets of 500 (the schema each names): facts conflict only across the documents of a set.
    const example = exampleHtm();
    const page = (i: number) => example.replace("<ix:header>", `<ix:header><ix:references><link:schemaRef xlink:type="simple" xlink:href="set-${i % 3}.xsd"/></ix:references>`);
    for (let i = 0; i < 1500; i++) writeFileSync(join(dir, "filings", `doc-${String(i).padStart(4, "0")}.htm`), page(i));
    const run = (limit: string) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn("bash", ["-c", `${limit} exec "$0" "$@"`, process.execPath, join(ROOT, "bin", "disclint.js"), "filings", "-f", "json"], { cwd: dir });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (b) => (stdout += b));
        child.stderr.on("data", (b) => (stderr += b));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
      });
    const summary = (out: string) =>
      (JSON.parse(out) as JsonResult[]).map((x) => `${x.filePath.split("/").pop()} ${x.messages.map((m) => m.ruleId ?? `fatal:${m.message}`).join(",")}`);
    const free = await run("");
    const limited = await run("ulimit -n 256;");
    expect(limited.stderr).not.toMatch(/EMFILE|internal error/);
    expect(limited.code).toBe(free.code);
    expect(summary(limited.stdout)).toEqual(summary(free.stdout));
    expect(summary(free.stdout)).toHaveLength(1500);
    expect(summary(free.stdout).some((line) => line.includes("conflicting-facts"))).toBe(true);
  }, 300_000);
});

describe("inline suppressions", () => {
  it("one disclint-disable hidden in a display:none element silences nothing, and is reported", async () => {
    const dir = tmpDir("hidden-disable");
    const html = exampleHtm()
      .replace("<p>Chief Information Security Officer; Chief Technology Officer</p>", "<p>[TBD]</p>")
      .replace('<div style="display:none"><ix:header>', '<div style="display:none"><!-- disclint-disable -- hidden from readers --><ix:header>');
    writeFileSync(join(dir, "filing.htm"), html);
    const r = await cli(["filing.htm", "-f", "json"], dir);
    expect(r.code).toBe(1);
    const messages = (JSON.parse(r.stdout) as JsonResult[])[0].messages;
    expect(messages.map((m) => m.ruleId)).toContain("draft-placeholder");
    expect(messages.find((m) => m.ruleId === "disclint-directive")?.message).toBe('disclint-disable directive inside hidden markup (<div style="display:none">) is not applied.');
  });
});
