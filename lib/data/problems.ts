/** One problem found in a data file, located so a person can fix it. */
export interface Problem {
  /** Path shown to the reader, e.g. `data/sources.csv`. */
  file: string;
  /** 1-based physical line in the file (1 for problems with the file as a whole). */
  line: number;
  /** Column name, JSON path, or `(file)` when the problem is not in one column. */
  column: string;
  message: string;
}

export const FILE_LEVEL = "(file)";

/** The one format every tool prints: `data/<file>:<line>: <column>: <message>`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.column}: ${p.message}`;
}

/** Thrown where a caller needs valid data and gets located problems instead. */
export class DataProblemsError extends Error {
  declare readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} data problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map(formatProblem).join("\n"),
    );
    this.name = "DataProblemsError";
    // The message already says where the problem is; a stack trace would only hide it.
    this.stack = this.message;
    // Not enumerable, so printing the error shows the message once, not the list twice.
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
  }
}
