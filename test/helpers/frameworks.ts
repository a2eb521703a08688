import { getFramework, type Framework } from "../../src/scoring";
import { withTexts } from "../../src/scoring/frameworks/texts";

/**
 * dapeng-2024 compiled from its whole file (frameworks/dapeng-2024.yaml): what tests read its words from. It scores as
 * the bundled one does, which leaves the words out (the golden corpus test scores with that one).
 */
export const dapeng2024: Framework = withTexts(getFramework("dapeng-2024") as Framework);
