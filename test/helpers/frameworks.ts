import { getFramework, type Framework } from "../../src/scoring";

/** The bundled frameworks, as every surface gets them: by id, compiled from frameworks/*.yaml. */
export const dapeng2024: Framework = getFramework("dapeng-2024") as Framework;
