// The spans of a list that hold a range, found without reading the whole list: a paragraph's clauses (its informing
// clauses, one a sentence or more) are asked, for each of the paragraph's many matches, which of them hold the match.
// A filter over every clause for each match was quadratic in one paragraph of thousands of sentences (round 44: an
// 800 KB one-paragraph draft spent a sixth of its lint there).

export interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T> {
  /** Item positions in the list, by span start. */
  private readonly order: number[];
  private readonly starts: number[];
  private readonly ends: number[];
  /** The largest end among the first i + 1 spans by start: a backward scan stops where no earlier span reaches a range's end. */
  private readonly reach: number[];

  constructor(
    private readonly items: readonly T[],
    span: (item: T) => Span,
  ) {
    const spans = items.map(span);
    this.order = items.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
    this.starts = this.order.map((i) => spans[i].start);
    this.ends = this.order.map((i) => spans[i].end);
    this.reach = [];
    let most = -Infinity;
    for (const e of this.ends) this.reach.push((most = Math.max(most, e)));
  }

  /** The items whose span holds [start, end] (span.start <= start and end <= span.end), in the list's order. */
  around(start: number, end: number): T[] {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let p = lo - 1; p >= 0 && this.reach[p] >= end; p--) if (this.ends[p] >= end) found.push(this.order[p]);
    found.sort((a, b) => a - b);
    // One loop into a literal array, not `map` (round 53): the array `map` makes had another map in TurboFan's code than in
    // the interpreter's, and judgeParagraph's read of its length (roleExcepted, inlined) threw away its compiled code ("wrong
    // map") in some runs, as whether around was compiled yet when the judge was.
    const out: T[] = [];
    for (let k = 0; k < found.length; k++) out.push(this.items[found[k]]);
    return out;
  }
}
