/*
 * Records the golden corpus's random half with the scorer as it is: `node bin/run-ts.js test/frameworks/golden/record.ts`.
 * Run it only on a commit whose scores are the reference (it was run on 7a9fbde, before dapeng-2024 became a file, again on main e7ac470 when the pane's wording of names and messages landed; in the commit that made a yes/no reason “…（否）” the hashes were recomputed in place, not re-recorded (it was “…为“否””), after a one-off check that mapping every new output back to the old wording gave all 3,000 recorded hashes: see random.json's `about`).
 * The table half was recorded by running test/scoring with a hook in test/helpers/seed.ts that wrote every case
 * scored there (its overrides, 效果性 block and exchange output); see tables.json's `about`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { getFramework, parseCase, scoreCase, toExchange } from "../../../src/scoring";
import { digest, stableText } from "./encode";
import { masked, RULED } from "./ruled";
import { randomCases, RANDOM_SEED, SPOILED_RUNS, VALID_RUNS } from "./random-cases";

function main(): void {
  const framework = getFramework("dapeng-2024")!;
  const cases: [string, string][] = [];
  const ruled: Record<string, string> = {};
  randomCases().forEach(({ inputs, effect }, k) => {
    const parsed = parseCase({ framework: "dapeng-2024", department: "测试", year: 2024, inputs, effect });
    const output = toExchange(scoreCase(framework, parsed.case!));
    const text = JSON.stringify(output);
    cases.push([digest(stableText({ inputs, effect }), 12), digest(text)]);
    if (output.issues.some((i) => RULED.test(i.message))) ruled[k] = digest(JSON.stringify(masked(output)));
  });
  const file = {
    about:
      "Exchange outputs (spec §5) of random cases drawn by random-cases.ts, scored before dapeng-2024 became a framework file: per case, a hash of its inputs and a hash of its output's JSON. For cases that spec §7 R1/R2 now score, `ruled` also holds the hash of the output without what the rulings change (see ruled.ts).",
    seed: RANDOM_SEED,
    valid: VALID_RUNS,
    spoiled: SPOILED_RUNS,
    cases,
    ruled,
  };
  writeFileSync(join(__dirname, "random.json"), `${JSON.stringify(file)}\n`);
  console.log(`${cases.length} cases, ${Object.keys(ruled).length} ruled by R1/R2`);
}

main();
