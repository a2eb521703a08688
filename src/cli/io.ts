/** Where a command reads and writes: the process in real use, buffers in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input's bytes, at most `limit` + 1 of them (enough to tell it is too long). */
  readStdin(limit?: number): Promise<Buffer | string>;
  /** Terminal width for wrapping, when standard output is a terminal (80 columns are used otherwise). */
  columns?: number;
  /** Standard error's width, when it is a terminal: only then is a progress bar drawn there. */
  stderrColumns?: number;
}

export function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async (limit = Infinity) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size > limit) break;
      }
      return Buffer.concat(chunks);
    },
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stderrColumns: process.stderr.isTTY ? process.stderr.columns || 80 : undefined,
  };
}

/** A failure the user can act on: its message is shown as is, with the exit status it gives. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
