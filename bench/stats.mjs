// Small statistics shared by bench/run.mjs and bench/lint-bench.ts.

/** The median (upper middle of an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** How noisy a set of runs was: interquartile range over the median. */
export function spread(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
  return (q(0.75) - q(0.25)) / median(s);
}

/** A number with `digits` decimals, right-aligned in `width`. */
export function fmt(n, digits = 1, width = 8) {
  return n.toFixed(digits).padStart(width);
}

/** ok / ABOVE against a goal. */
export function verdict(met) {
  return met ? "ok" : "ABOVE";
}

/** The batch benches' i-th R page: the sample with its period and a sentence varied. */
export function benchPage(sample, i) {
  return sample.replace("Dec. 31, 2024", `Dec. 31, ${2000 + (i % 30)}`).replace("from time to time", i % 2 ? "quarterly" : "from time to time");
}
