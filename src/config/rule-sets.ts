import { loadRuleSet, withoutVeto, type RuleSet } from "../engine/rule-loader.js";
import { UsageError } from "../model/errors.js";
import { extendLexicon } from "../text/lexicon.js";
import { configProblem, type EffectiveConfig, type LexiconChange, type LoadedConfig } from "./types.js";

/**
 * Rule sets by rule folders and lexicon changes, each loaded and validated once per run, and each
 * config file checked once against the rules and lexicons it can see.
 */
export class RuleSets {
  private readonly loaded = new Map<string, RuleSet>();
  private readonly checked = new Set<string>();

  constructor(private readonly cwd: string) {}

  /** Every rule set loaded so far. */
  all(): RuleSet[] {
    return [...this.loaded.values()];
  }

  forConfig(eff: EffectiveConfig): RuleSet {
    const key = JSON.stringify([eff.rulesDirs, eff.lexicons, eff.elementModel !== false]);
    let set = this.loaded.get(key);
    if (!set) {
      const base = this.base(eff.rulesDirs);
      if (eff.config) checkLexicons(eff.config, base);
      set = withoutVeto(withLexiconChanges(base, eff.lexicons), eff.elementModel);
      this.loaded.set(key, set);
    }
    if (eff.config && !this.checked.has(eff.config.file + "\0" + key)) {
      checkRuleIds(eff.config, set);
      this.checked.add(eff.config.file + "\0" + key);
    }
    return set;
  }

  private base(rulesDirs: string[]): RuleSet {
    const key = JSON.stringify([rulesDirs, {}]);
    let set = this.loaded.get(key);
    if (!set) {
      set = loadRuleSet(rulesDirs, this.cwd);
      this.loaded.set(key, set);
    }
    return set;
  }
}

function checkRuleIds(config: LoadedConfig, set: RuleSet): void {
  const known = new Set(set.rules.map((r) => r.id));
  const check = (rules: Record<string, unknown> | undefined, at: string) => {
    for (const id of Object.keys(rules ?? {})) {
      if (!known.has(id)) throw new UsageError(configProblem(config, `${at}${id}`, "unknown rule id"));
    }
  };
  check(config.data.rules, "rules.");
  config.data.overrides?.forEach((o, i) => check(o.rules, `overrides[${i}].rules.`));
}

function checkLexicons(config: LoadedConfig, set: RuleSet): void {
  for (const [name, change] of Object.entries(config.data.lexicons ?? {})) {
    const lex = set.lexicons.get(name);
    if (!lex) throw new UsageError(configProblem(config, `lexicons.${name}`, "unknown lexicon"));
    const present = new Set([...(lex.definition.terms ?? []), ...(lex.definition.patterns ?? [])].map((t) => t.toLowerCase()));
    change.remove?.forEach((term, i) => {
      if (!present.has(term.toLowerCase())) {
        throw new UsageError(configProblem(config, `lexicons.${name}.remove[${i}]`, `"${term}" is not a term or pattern of lexicon ${name}`));
      }
    });
  }
}

/** A rule set whose lexicons have the config's terms added and removed (the cue lexicons too). */
function withLexiconChanges(set: RuleSet, changes: Record<string, LexiconChange>): RuleSet {
  if (Object.keys(changes).length === 0) return set;
  const lexicons = new Map(set.lexicons);
  for (const [name, change] of Object.entries(changes)) {
    lexicons.set(name, extendLexicon(set.lexicons.get(name)!, change.add, change.remove));
  }
  const cue = (name: string) => lexicons.get(name)!;
  return {
    ...set,
    lexicons,
    cues: { negation: cue(set.cues.negation.name), hypothetical: cue(set.cues.hypothetical.name), clauseBreak: cue(set.cues.clauseBreak.name), setApart: cue(set.cues.setApart.name) },
  };
}
