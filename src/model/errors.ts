/** The input cannot be read or parsed: reported as a fatal message for that file (exit 2), never a stack trace. */
export class InputError extends Error {
  /** The file of a document set the problem is in, when the reader knows it. */
  file?: string;
  /** Set when the input reads fine but is not a disclosure (no R page, tags or cybersecurity section). */
  notADisclosure?: boolean;

  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** The user asked for something impossible (bad flag, bad config, bad rule file): exit 2 with this message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
