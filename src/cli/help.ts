import { gradeBandsText } from "../scoring";

export const HELP = `perf-score：按《部门整体绩效评价共性指标体系框架》为部门整体绩效自评打分

用法：
  perf-score score 文件.json|工作簿.xlsx|- [--json]   打分并打印评分表（- 表示从标准输入读取 JSON）
  perf-score fill 工作簿.xlsx -o 输出.xlsx [--in-place]
                                  检查工作簿，写入得分、扣分原因、总计，以及“评分结果”“评分记录”表
  perf-score undo 工作簿.xlsx -o 输出.xlsx [--in-place]
                                  按“评分记录”撤销上次评分，还原被替换的原值
  perf-score export 工作簿.xlsx [-o 数据.json [--force]]
                                  把工作簿导出为交换格式 JSON（不加 -o 则打印出来）
  perf-score import 数据.json -o 输出.xlsx [--force]
                                  按模板生成已填好基础数据和效果性指标的工作簿
  perf-score summary 路径... -o 汇总.xlsx [--csv 汇总.csv] [--force] [--follow-links]
                                  对路径下（含子文件夹）所有工作簿评分，汇总排名、共性扣分和未能评分的文件
  perf-score template -o 模板.xlsx [--framework 框架] [--force]
                                  生成某个指标框架的模板工作簿（默认 dapeng-2024），模板内附该框架
  perf-score framework list       列出 PERF 自带的指标框架
  perf-score framework check 框架文件.yaml
                                  检查框架文件：有错误时逐条写明行号和位置（退出状态 1），通过时列出指标树和分值
  perf-score framework show 框架 [--json]
                                  显示框架概况；--json 输出框架文件的全部内容
  perf-score framework docs 框架  输出框架的参考文档（Markdown，docs/framework.md 即由此生成）
  perf-score --help               显示本说明

选项：
  --json        以 JSON（交换格式）输出：total、grade、每个一级/二级/三级指标的 points、score、lost、reasons，
                以及 issues（工作簿的问题另带 cell，即所在单元格）
  -o 文件       输出文件（启用宏的工作簿 .xlsm 输出也应为 .xlsm）
  --in-place    写回输入的工作簿（fill、undo）；不加则不会覆盖输入文件。写回时在旁边建锁文件
                .~perf-lock.文件名，另一个 perf-score 同时写同一文件会被拒绝
  --force       覆盖已存在的输出文件（import、export、summary、template）
  --csv 文件    summary 另写一份 CSV 汇总（UTF-8；以 = + - @ 开头的文本前加 ' 以免被当作公式）
  --framework 框架
                按此指标框架评分（score、fill、export、import、summary、template）：内置框架代码（如 dapeng-2024、
                example-2025），或框架文件（.yaml、.json），或模板工作簿（.xlsx，用其所附的框架）。不加时，工作簿
                按其所附的框架评分（没有所附框架的旧工作簿按 dapeng-2024），JSON 按其 framework 评分
  --follow-links  summary 跟随文件夹中的符号链接（每个文件只评一次，循环的链接列入未能评分）
  --            其后的参数都是文件名，即使以 - 开头
  -h, --help    显示本说明
  --version     显示版本

交换格式（JSON）：framework（如 dapeng-2024）、department、year、inputs（基础数据，键为输入项代码）、
effect（效果性个性指标：code、name、items[name、points、achievement]）。

评分规则：
  比率先按四舍五入保留到 0.01%（小数四位）再参与分档或乘积；每个三级指标得分四舍五入保留两位小数，
  并限定在 0 与分值之间；二级、一级与总分为三级得分之和。等级按框架规定，dapeng-2024 为：${gradeBandsText()}。
  分档边界依《民法典》第一千二百五十九条：以上、以下、以内含本数；超过、不满、低于不含本数。

工作簿：按表头（代码、项目、值；指标代码、分值、达成度；三级指标、代码、分值、得分、扣分原因）查找各表，
  工作表改名、行列移动、删去“代码”列（按项目名称识别）都能处理。fill 只写它负责的单元格，原值记入“评分记录”；
  工作簿的其他部分（图表、图片、批注、名称、保护、宏）原样保留。得分或扣分原因是合并单元格的行不写入。
  JSON 应为 UTF-8 编码，不超过 16 MB；工作簿每部分解压后不超过 200 MB、压缩比不超过 100:1，超出即拒绝读取。

退出状态：
  0  已评分（可能有提示）；或已写出文件
  1  有错误：未能评分，或工作簿的指标体系表与框架不符（问题清单写明输入项或单元格；fill 仍写出文件）；
     文件无法读取或不是有效的 xlsx
  2  用法错误（缺少参数、未知命令或选项）

示例：
  npx perf-score score examples/dapeng-2024.json
  cat examples/dapeng-2024.json | npx perf-score score - --json
  npx perf-score fill examples/dapeng-2024.xlsx -o 已评分.xlsx
  npx perf-score summary 各部门/ -o 汇总.xlsx --csv 汇总.csv
  npx perf-score framework check 本区2025框架.yaml
  npx perf-score template --framework 本区2025框架.yaml -o 模板.xlsx
`;
