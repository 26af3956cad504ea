// Defined terms a document introduces — "the Risk and Compliance Committee (the “RCC”)", "Chief
// Information Security Officer (CISO)" — so that "quarterly updates to the RCC" is read as
// "quarterly updates to the Risk and Compliance Committee".

import { baseForm, type Aliases } from "./tokens.js";

// "(the “RCC”)", "(“ISC”)", "(CISO)": a parenthesis holding only a short capitalised name.
const DEFINITION = /\(\s*(?:the\s+|our\s+|an?\s+)?(["“‘']?)([A-Z][A-Za-z0-9&]{1,15})["”’']?\s*\)/g;
// The words before it, nearest last; a name is at most eight words long.
const NAME_WORD = /([A-Za-z][A-Za-z&’'.-]*)\s*$/;
const MAX_NAME_WORDS = 8;
const LINKING = new Set(["and", "of", "for", "on", "the", "&", "to"]);

/**
 * Every defined term of `text`: an acronym whose letters are the initials of the words before it
 * ("Information Security Steering Committee (ISSC)"), or a quoted name after a capitalised phrase
 * ("the Audit Committee (the “Committee”)"). Linear in the text: each definition looks back at
 * most eight words.
 */
export function harvestAliases(text: string): Aliases {
  const out: Aliases = new Map();
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
    const alias = m[2];
    const before: string[] = [];
    let end = m.index;
    for (let i = 0; i < MAX_NAME_WORDS; i++) {
      const head = text.slice(Math.max(0, end - 40), end);
      const w = NAME_WORD.exec(head);
      if (!w) break;
      before.unshift(w[1]);
      end -= head.length - w.index;
    }
    const words = expansion(alias, before, m[1] !== "");
    if (words && !out.has(alias)) out.set(alias, words.map((w) => baseForm(w.toLowerCase())));
  }
  return out;
}

/** The words `alias` stands for, from the words before it (nearest last). */
function expansion(alias: string, before: string[], quoted: boolean): string[] | undefined {
  const letters = alias.replace(/[^A-Z]/g, "");
  // The shortest run of words, ending at the parenthesis, whose initials spell the acronym.
  for (let from = before.length - 1; from >= 0; from--) {
    const run = before.slice(from);
    const initials = run.filter((w) => !LINKING.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join("");
    if (letters.length >= 2 && initials === letters) return run;
  }
  if (!quoted) return undefined;
  // A quoted name: the capitalised phrase before it ("the Audit Committee (the “Committee”)").
  let from = before.length;
  while (from > 0 && (/^[A-Z]/.test(before[from - 1]) || (LINKING.has(before[from - 1].toLowerCase()) && from < before.length))) from--;
  while (from < before.length && LINKING.has(before[from].toLowerCase())) from++;
  return from < before.length ? before.slice(from) : undefined;
}
