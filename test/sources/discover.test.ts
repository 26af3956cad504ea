import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverInputs } from "../../src/sources/discover.js";
import { CYBER_ROLE, cyberPages, isCyberReport, parseFilingSummary } from "../../src/sources/filing-summary.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const filing = join(repo, "test/fixtures/r-page-html/filing");

let root: string;
const at = (p: string) => join(root, p);
async function put(p: string, content = "Item 1C. Cybersecurity\n") {
  await mkdir(dirname(at(p)), { recursive: true });
  await writeFile(at(p), content);
}

function summary(reports: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<FilingSummary><MyReports>${reports}</MyReports></FilingSummary>\n`;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "disclint-discover-"));
  await put("drafts/item1c.txt");
  await put("drafts/ITEM16K.TXT");
  await put("drafts/nested/deeper/item1c.md");
  await put("drafts/nested/logo.png", "\x89PNG");
  await put("drafts/node_modules/pkg/readme.md");
  await put("drafts/.git/HEAD.txt");
  await put("drafts/.hidden/notes.txt");
  await put("drafts/archive/old.htm", "<p>old</p>");
  await put("notes.log", "Item 1C as a log file\n");
  await put("R[2].htm", "<html></html>");
  await mkdir(at("empty"));
  // Loops and aliases: a link back up the tree, and a second name for a folder.
  await symlink("..", at("drafts/nested/up"));
  await symlink(at("drafts/nested"), at("drafts/alias"));
  await symlink(at("nowhere.txt"), at("broken.txt"));
  // Filing folders.
  await put("filings/ok/FilingSummary.xml", summary(
    `<Report instance="x.htm"><HtmlFileName>R1.htm</HtmlFileName><ShortName>Cover</ShortName><Role>http://x.example/role/Cover</Role></Report>` +
    `<Report instance="x.htm"><HtmlFileName>R7.htm</HtmlFileName><ShortName>Cybersecurity Risk Management and Strategy Disclosure</ShortName><Role>${CYBER_ROLE}</Role></Report>`,
  ));
  await put("filings/ok/R1.htm", "<html></html>");
  await put("filings/ok/R7.htm", "<html></html>");
  await put("filings/none/FilingSummary.xml", summary(`<Report><HtmlFileName>R1.htm</HtmlFileName><ShortName>Cover</ShortName></Report>`));
  await put("filings/none/R1.htm", "<html></html>");
  await put("filings/gone/FilingSummary.xml", summary(`<Report><HtmlFileName>R4.htm</HtmlFileName><Role>${CYBER_ROLE}</Role></Report>`));
  await put("filings/escape/FilingSummary.xml", summary(`<Report><HtmlFileName>../../notes.log</HtmlFileName><Role>${CYBER_ROLE}</Role></Report>`));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("discoverInputs", () => {
  it("takes files as given, whatever their extension", async () => {
    expect(await discoverInputs(["notes.log", "drafts/item1c.txt"], { cwd: root })).toEqual({
      files: [at("drafts/item1c.txt"), at("notes.log")],
      errors: [],
    });
  });

  it("answers for named files without waiting on the thread pool (one file: libuv's threads are never started)", async () => {
    let settled: string[] | undefined;
    void discoverInputs([at("drafts/item1c.txt"), at("drafts/alias/deeper/item1c.md"), at("missing.txt"), at("broken.txt")], { cwd: root }).then((r) => (settled = [...r.files.map((f) => f.slice(root.length + 1)), ...r.errors.map((e) => e.message.replace(root, "<root>"))]));
    // No file system callback can run while promise reactions are drained: only synchronous calls settle it here.
    for (let i = 0; i < 50 && !settled; i++) await Promise.resolve();
    expect(settled).toEqual(["drafts/alias/deeper/item1c.md", "drafts/item1c.txt", `no such file or directory: <root>/missing.txt`, `broken symbolic link: <root>/broken.txt`]);
  });

  it("walks a directory for the default extensions, skipping hidden folders and node_modules, through symlink loops without duplicates", async () => {
    const result = await discoverInputs(["drafts"], { cwd: root });
    expect(result).toEqual({
      files: [at("drafts/ITEM16K.TXT"), at("drafts/archive/old.htm"), at("drafts/item1c.txt"), at("drafts/nested/deeper/item1c.md")],
      errors: [],
    });
  });

  it("honours extensions and ignore", async () => {
    expect((await discoverInputs(["drafts"], { cwd: root, extensions: ["md", ".png"] })).files).toEqual([
      at("drafts/nested/deeper/item1c.md"),
      at("drafts/nested/logo.png"),
    ]);
    expect((await discoverInputs(["drafts"], { cwd: root, ignore: ["**/archive/**", "drafts/*.TXT"] })).files).toEqual([
      at("drafts/item1c.txt"),
      at("drafts/nested/deeper/item1c.md"),
    ]);
  });

  it("expands globs and folds overlaps", async () => {
    const result = await discoverInputs(["drafts/**/*.md", "drafts/nested", "drafts/alias/deeper/item1c.md"], { cwd: root });
    expect(result).toEqual({ files: [at("drafts/nested/deeper/item1c.md")], errors: [] });
  });

  it("reads a path with glob characters literally when it exists", async () => {
    expect(await discoverInputs(["R[2].htm"], { cwd: root })).toEqual({ files: [at("R[2].htm")], errors: [] });
  });

  it("walks the working directory itself", async () => {
    const { files } = await discoverInputs(["."], { cwd: at("drafts/nested") });
    expect(files).toEqual([at("drafts/nested/deeper/item1c.md")]);
  });

  it("reports patterns that match nothing, per pattern, without throwing", async () => {
    const result = await discoverInputs(["nope.txt", "drafts/*.pdf", "empty", "broken.txt", "drafts/item1c.txt"], { cwd: root });
    expect(result).toEqual({
      files: [at("drafts/item1c.txt")],
      errors: [
        { pattern: "nope.txt", message: "no such file or directory: nope.txt" },
        { pattern: "drafts/*.pdf", message: "no files match pattern: drafts/*.pdf" },
        { pattern: "empty", message: "no supported files in directory: empty" },
        { pattern: "broken.txt", message: "broken symbolic link: broken.txt" },
      ],
    });
  });

  it("turns a filing folder into the cyber R page its FilingSummary.xml lists", async () => {
    expect(await discoverInputs(["filings/ok"], { cwd: root })).toEqual({ files: [at("filings/ok/R7.htm")], errors: [] });
    expect(await discoverInputs(["filings/ok/FilingSummary.xml"], { cwd: root })).toEqual({ files: [at("filings/ok/R7.htm")], errors: [] });
    // Naming R pages explicitly still lints exactly those.
    expect((await discoverInputs(["filings/ok/R1.htm"], { cwd: root })).files).toEqual([at("filings/ok/R1.htm")]);
  });

  it("explains filing folders it cannot use", async () => {
    const result = await discoverInputs(["filings"], { cwd: root });
    expect(result.files).toEqual([at("filings/ok/R7.htm")]);
    expect(result.errors).toEqual([
      { pattern: "filings", message: `filings/escape/FilingSummary.xml lists "../../notes.log", which is not a file in its folder` },
      { pattern: "filings", message: "filings/gone/R4.htm is listed in filings/gone/FilingSummary.xml but missing" },
      { pattern: "filings", message: "no cybersecurity report listed in filings/none/FilingSummary.xml" },
    ]);
  });

  it("finds the cyber page of the R-page HTML fixture filing", async () => {
    expect(await discoverInputs(["test/fixtures/r-page-html"], { cwd: repo })).toEqual({ files: [join(filing, "R2.htm")], errors: [] });
  });

  it("walks a directory named through a link to its own ancestor, once", async () => {
    expect((await discoverInputs(["drafts/nested/up"], { cwd: root })).files).toEqual([
      at("drafts/nested/up/ITEM16K.TXT"),
      at("drafts/nested/up/alias/deeper/item1c.md"),
      at("drafts/nested/up/archive/old.htm"),
      at("drafts/nested/up/item1c.txt"),
    ]);
    expect((await discoverInputs(["drafts/**/*.txt"], { cwd: root })).files).toEqual([at("drafts/item1c.txt")]);
  });

  it("does not hang on a loop of directory symlinks", async () => {
    await mkdir(at("loop/a/b"), { recursive: true });
    await symlink(at("loop/a"), at("loop/a/b/back"));
    await symlink(at("loop"), at("loop/a/b/top"));
    await put("loop/a/b/item.txt");
    expect(await discoverInputs(["loop"], { cwd: root })).toEqual({ files: [at("loop/a/b/item.txt")], errors: [] });
  });
});

describe("FilingSummary.xml", () => {
  it("parses reports and picks the cyber page by role or short name", () => {
    const reports = parseFilingSummary(
      summary(
        `<Report instance="a.htm"><IsDefault>false</IsDefault><HtmlFileName>R2.htm</HtmlFileName><LongName>0000002 - Disclosure - Cyber &amp; Risk</LongName>` +
          `<ReportType>Sheet</ReportType><Role>${CYBER_ROLE}</Role><ShortName>Cyber &amp; Risk</ShortName><MenuCategory>Notes</MenuCategory><Position>2</Position></Report>` +
          `<Report instance="a.htm"><HtmlFileName>R9.htm</HtmlFileName><ReportType>Sheet</ReportType><Role>http://nwlc.example/role/Cyber</Role><ShortName>Cybersecurity (Details)</ShortName></Report>` +
          `<Report instance="a.htm"><LongName>All Reports</LongName><ReportType>Book</ReportType><ShortName>All Reports - Cybersecurity</ShortName></Report>`,
      ),
    );
    expect(reports[0]).toEqual({
      htmlFileName: "R2.htm",
      longName: "0000002 - Disclosure - Cyber & Risk",
      reportType: "Sheet",
      role: CYBER_ROLE,
      shortName: "Cyber & Risk",
      menuCategory: "Notes",
      position: 2,
    });
    expect(reports.map(isCyberReport)).toEqual([true, true, false]);
  });

  it("reads the fixture's summary", async () => {
    expect(await cyberPages(join(filing, "FilingSummary.xml"))).toEqual({ files: [join(filing, "R2.htm")], errors: [] });
  });
});
