import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describeOfficeError } from "../../src/office/errors";
import { ROOT } from "../helpers/seed";

/** The pane's messages name the ribbon button as the manifest labels it in Chinese, not by another name. */
describe("the ribbon button's name", () => {
  it("outside Excel, the message sends the user to the button the manifest puts on the 开始 tab", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const label = manifest.match(
      /<bt:String id="TaskpaneButton\.Label"[^>]*>\s*<bt:Override Locale="zh-CN" Value="([^"]+)"/,
    );
    expect(label?.[1]).toBe("绩效评分");
    const message = describeOfficeError(new Error("no Excel")).message;
    expect(message).toContain(`“${label?.[1]}”`);
    expect(message).toContain("“开始”选项卡");
    expect(message).not.toMatch(/PERF 评分/);
  });
});
