import * as React from "react";
import { Words } from "./Words";
import { useSectionStyles } from "../styles";

/**
 * First open on a workbook without PERF's tables (a new or unrelated workbook): what to do, under the action bar,
 * where 插入模板 is now the highlighted (primary) button; in an Excel that cannot insert the template (`canInsert`
 * false), where to get it instead.
 */
export const StartHere: React.FC<{ canInsert: boolean }> = ({ canInsert }) => {
  const section = useSectionStyles();
  return (
    <section className={section.section} aria-labelledby="start-title" role="region" data-testid="start">
      <h2 id="start-title" className={section.heading}>
        <Words text="这个工作簿中还没有绩效评价表" />
      </h2>
      {canInsert ? (
        <FromTemplate />
      ) : (
        <p className={section.text}>
          <Words text="请向财政局索取评价模板工作簿，在 Excel 中打开后点击“评分”。" />
        </p>
      )}
    </section>
  );
};

/** The steps from 插入模板 on. */
const FromTemplate: React.FC = () => {
  const section = useSectionStyles();
  return (
    <>
      <p className={section.text}>
        <Words text="点击上方的“插入模板”，工作簿中会加入“说明”“基础数据”“效果性”“指标体系”四张表，已有的工作表不会被改动。" />
      </p>
      <p className={section.text}>
        <Words text="在“基础数据”“效果性”表填写本部门的数据后，点击“评分”。" />
      </p>
      <p className={section.muted}>
        <Words text="已有填好的评价工作簿？请在 Excel 中打开它，再点击“评分”。" />
      </p>
    </>
  );
};
