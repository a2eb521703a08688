export const HELP = `perf-score：按《部门整体绩效评价共性指标体系框架》为部门整体绩效自评打分

用法：
  perf-score score 文件.json [--json]     对一份评价数据打分，打印评分表
  perf-score score -        [--json]     从标准输入读取评价数据
  perf-score --help                      显示本说明

参数与选项：
  文件.json    交换格式（见 README“交换格式”）：framework、department、year、inputs（基础数据）、effect（效果性个性指标）
  -            从标准输入读取
  --json       以 JSON 输出结果：total、grade、每个一级/二级/三级指标的 points、score、lost、reasons，以及 issues
  -h, --help   显示本说明

评分规则：
  比率先按四舍五入保留到 0.01%（小数四位）再参与分档或乘积；每个三级指标得分四舍五入保留两位小数，
  并限定在 0 与分值之间；二级、一级与总分为三级得分之和。等级：优 ≥ 90，良 80–90，中 60–80，差 < 60。
  分档边界依《民法典》第一千二百五十九条：以上、以下、以内含本数；超过、不满、低于不含本数。

退出状态：
  0  已评分（可能有提示）
  1  有错误，未能评分（问题清单写明是哪一个输入项）；或文件无法读取
  2  用法错误（缺少参数、未知命令或选项）

示例：
  npx perf-score score examples/dapeng-2024.json
  cat examples/dapeng-2024.json | npx perf-score score - --json
`;
