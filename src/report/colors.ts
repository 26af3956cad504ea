// ANSI colours for the text report, as picocolors writes them (the same escapes, and a close
// inside a coloured string reopened). Our own because picocolors works out on load whether the
// terminal has colours, and reading process.stdout.isTTY loads Node's stream stack (~25 M
// instructions of a cold run) even when the report goes to a file; the report always says itself
// whether to colour (ReportContext.color).

export interface Colors {
  bold: (s: string) => string;
  dim: (s: string) => string;
  underline: (s: string) => string;
  red: (s: string) => string;
  green: (s: string) => string;
  yellow: (s: string) => string;
  cyan: (s: string) => string;
}

/** `open` … `close` around a string; a `close` inside it (a coloured part) is replaced by `replace`, so the outer colour resumes after it. */
function formatter(open: string, close: string, replace = open): (s: string) => string {
  return (input) => {
    const string = String(input);
    let index = string.indexOf(close, open.length);
    if (index < 0) return open + string + close;
    let result = "";
    let cursor = 0;
    do {
      result += string.substring(cursor, index) + replace;
      cursor = index + close.length;
      index = string.indexOf(close, cursor);
    } while (index >= 0);
    return open + result + string.substring(cursor) + close;
  };
}

const plain = (s: string): string => String(s);

const COLORED: Colors = {
  bold: formatter("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
  dim: formatter("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
  underline: formatter("\x1b[4m", "\x1b[24m"),
  red: formatter("\x1b[31m", "\x1b[39m"),
  green: formatter("\x1b[32m", "\x1b[39m"),
  yellow: formatter("\x1b[33m", "\x1b[39m"),
  cyan: formatter("\x1b[36m", "\x1b[39m"),
};

const PLAIN: Colors = { bold: plain, dim: plain, underline: plain, red: plain, green: plain, yellow: plain, cyan: plain };

/** The colours, or plain strings when `enabled` is false. */
export function createColors(enabled: boolean): Colors {
  return enabled ? COLORED : PLAIN;
}
