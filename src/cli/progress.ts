import type { Io } from "./io";
import { displayWidth, padEnd, truncate } from "./width";

/** Redrawn at most this often (and always at the end): a terminal is not slowed down by its progress bar. */
const REDRAW_MS = 100;

/** Elapsed time in words: “0.8 秒”, “12 秒”, “3 分 5 秒”. */
export function elapsedText(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)} 秒`;
  if (seconds < 60) return `${Math.round(seconds)} 秒`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} 分 ${whole % 60} 秒`;
}

export interface Progress {
  /** `done` of the total are finished; `current` is the one being worked on. */
  update(done: number, current?: string): void;
  /** Clears the bar, leaving the terminal as it was. */
  end(): void;
}

/**
 * A progress bar on standard error, only when standard error is a terminal (`io.stderrColumns` set); otherwise
 * nothing is printed. One line, redrawn in place, never wider than the terminal (by display width), drawn with
 * ASCII so that no terminal draws it wider than counted:
 * `正在评分 [#########...........]  57/200  28%  已用 3.2 秒  某局.xlsx`
 */
export function progressBar(
  io: Io,
  total: number,
  started = Date.now(),
  now = () => Date.now(),
  doing = "正在评分",
): Progress {
  const columns = io.stderrColumns;
  if (!columns || total <= 0) return { update: () => undefined, end: () => undefined };
  // One column short of the terminal: a line that fills the last column makes some terminals wrap.
  const width = columns - 1;
  let last = -Infinity;
  let drawn = false;
  const draw = (done: number, current?: string) => {
    const share = Math.min(1, done / total);
    const count = `${String(done).padStart(String(total).length)}/${total}`;
    const percent = `${Math.floor(share * 100)}%`.padStart(4);
    const tail = `  ${count}  ${percent}  已用 ${elapsedText(now() - started)}`;
    const label = `${doing} `;
    const room = width - displayWidth(label) - displayWidth(tail) - 2;
    const barWidth = Math.max(0, Math.min(30, room));
    const filled = Math.round(share * barWidth);
    const bar = barWidth >= 5 ? `[${"#".repeat(filled)}${".".repeat(barWidth - filled)}]` : "";
    let line = `${bar ? label + bar : label.trim()}${tail}`;
    const left = width - displayWidth(line) - 2;
    if (current && left >= 6) line += `  ${truncate(current, left)}`;
    io.stderr(`\r${padEnd(truncate(line, width), width)}`);
    drawn = true;
  };
  return {
    update(done, current) {
      const t = now();
      if (done < total && t - last < REDRAW_MS) return;
      last = t;
      draw(done, current);
    },
    end() {
      if (drawn) io.stderr(`\r${" ".repeat(width)}\r`);
    },
  };
}
