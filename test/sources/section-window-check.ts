// The differential check of the Item 1C window (src/sources/prose.ts nearSection): each file read
// with the small window first (as disclint reads it) and with the whole window only; the sections
// must be the same, paragraph by paragraph, with their text, maps, positions and headings.
import { expect } from "vitest";
import { loadDisclosure } from "../../src/sources/load.js";
import { windowMode } from "../../src/sources/prose.js";

async function sectionOf(file: string, whole: boolean): Promise<unknown> {
  windowMode.whole = whole;
  try {
    const d = await loadDisclosure([file]);
    return { section: d.section, facts: d.facts.length };
  } catch (e) {
    return { error: (e as Error).message };
  } finally {
    windowMode.whole = false;
  }
}

export async function expectSameSection(file: string): Promise<void> {
  const near = await sectionOf(file, false);
  const whole = await sectionOf(file, true);
  expect(near).toEqual(whole);
}
