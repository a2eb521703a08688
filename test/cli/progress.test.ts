import type { Io } from "../../src/cli/io";
import { elapsedText, progressBar } from "../../src/cli/progress";
import { displayWidth } from "../../src/cli/width";

function terminal(stderrColumns?: number): { io: Io; frames: () => string[]; raw: () => string } {
  let err = "";
  const io: Io = {
    stdout: () => undefined,
    stderr: (t) => void (err += t),
    readStdin: async () => "",
    stderrColumns,
  };
  return { io, frames: () => err.split("\r").filter(Boolean), raw: () => err };
}

describe("summary's progress bar", () => {
  it.each([80, 50, 30])("every frame fits a %i-column terminal, one column spare, by display width", (columns) => {
    const t = terminal(columns);
    let clock = 0;
    const bar = progressBar(t.io, 200, 0, () => clock);
    for (let k = 0; k < 200; k++) {
      clock += 150;
      bar.update(k, `第${k}号部门——深圳市大鹏新区政务服务和数据管理局（“数字政府”）.xlsx`);
    }
    bar.update(200);
    bar.end();
    const frames = t.frames();
    expect(frames.length).toBeGreaterThan(100);
    for (const f of frames) expect(displayWidth(f)).toBeLessThanOrEqual(columns - 1);
    expect(frames[frames.length - 2]).toMatch(columns >= 50 ? /200\/200 {2}100% {2}已用 30 秒/ : /^正在评分 +200\/200/);
    expect(frames[frames.length - 1].trim()).toBe(""); // the bar cleared at the end
  });

  it("draws the bar and the file being scored when there is room", () => {
    const t = terminal(100);
    const bar = progressBar(t.io, 4, 0, () => 1500);
    bar.update(1, "乙局.xlsx");
    expect(t.frames()[0].trimEnd()).toBe(
      "正在评分 [########......................]  1/4   25%  已用 1.5 秒  乙局.xlsx",
    );
  });

  it("redraws at most every 100 ms, and draws nothing when standard error is not a terminal", () => {
    const t = terminal(80);
    const bar = progressBar(t.io, 1000, 0, () => 5);
    for (let k = 0; k < 1000; k++) bar.update(k);
    expect(t.frames()).toHaveLength(1);
    const piped = terminal(undefined);
    const quiet = progressBar(piped.io, 10);
    quiet.update(5);
    quiet.end();
    expect(piped.raw()).toBe("");
  });

  it.each([
    [800, "0.8 秒"],
    [12_400, "12 秒"],
    [185_000, "3 分 5 秒"],
  ])("elapsed %i ms reads “%s”", (ms, text) => {
    expect(elapsedText(ms)).toBe(text);
  });
});
