import type { Framework } from "../../scoring";
import { finding, readEmbedded, type Finding, type WorkbookSnapshot } from "../../workbook";

/** A workbook scored with --framework that records another framework: a finding says so. */
export function givenFindings(wb: WorkbookSnapshot, given: Framework | undefined): Finding[] {
  const embedded = given && readEmbedded(wb);
  if (!given || !embedded || (embedded.id === given.id && embedded.hash === given.hash)) return [];
  const message = `工作簿记录的指标框架为 ${embedded.id}（${embedded.sheet} 表），本次按指定的 ${given.id} 评分`;
  return [finding("warning", "framework", message)];
}
