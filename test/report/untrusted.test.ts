import { describe, expect, it } from "vitest";
import { forLog, forTerminal, forWorkflowData, forWorkflowProperty, jsonText, oneLine, pathForLog, xmlInvisibles } from "../../src/report/untrusted.js";

describe("untrusted strings", () => {
  it("forTerminal makes controls, ANSI, bidi and invisible characters visible", () => {
    expect(forTerminal("a\nb\r\x1b[31mc\u202ed\u2066e\u200bf\ud800g\u0085h")).toBe("a\\nb\\r\\u001b[31mc\\u202ed\\u2066e\\u200bf\\ud800g\\u0085h");
    expect(forTerminal("plain ✔ café")).toBe("plain ✔ café");
  });
  it("forLog never lets a line start a workflow command", () => {
    expect(forLog("::error x::y\n  ::stop-commands::t\nok ##[group]x")).toBe("\\::error x::y\n  \\::stop-commands::t\nok #\\#[group]x");
  });
  it("workflow data and properties are escaped as @actions/core does", () => {
    expect(forWorkflowData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(forWorkflowProperty("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext%3A a%2C b");
  });
  it("oneLine folds line breaks and controls", () => {
    expect(oneLine("  a \r\n  b\u2028c\x1bd ")).toBe("a b c d");
  });
  it("jsonText and xmlInvisibles escape without changing the value", () => {
    const v = { a: "x\u202e\n\u0085" };
    expect(jsonText(v)).not.toMatch(/[\u202e\u0085]/);
    expect(JSON.parse(jsonText(v))).toEqual(v);
    expect(xmlInvisibles("a\u202eb")).toBe("a&#x202E;b");
  });
  it("pathForLog", () => {
    expect(pathForLog("::error title=X::y.txt")).toBe("./::error title=X::y.txt");
    expect(pathForLog("a/b.txt")).toBe("a/b.txt");
  });
});
