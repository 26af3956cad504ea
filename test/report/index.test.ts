import { describe, expect, it } from "vitest";
import { FORMAT_NAMES, formatters, summarize } from "../../src/report/index.js";
import { RESULTS, context } from "./fixtures.js";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("report index", () => {
  it("has the seven formats", () => {
    expect(Object.keys(formatters).sort()).toEqual(["github", "html", "json", "junit", "markdown", "sarif", "stylish"]);
    expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(formatters).sort());
  });

  it.each(FORMAT_NAMES)("%s is pure: frozen input, same output twice", (name) => {
    const frozen = deepFreeze(structuredClone(RESULTS));
    const first = formatters[name](frozen, context());
    expect(formatters[name](frozen, context())).toBe(first);
    expect(first.endsWith("\n")).toBe(true);
  });

  it("summarize counts findings by severity and fatals apart", () => {
    expect(summarize(RESULTS)).toEqual({ errors: 1, warnings: 1, infos: 1, fatals: 1 });
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, infos: 0, fatals: 0 });
  });
});
