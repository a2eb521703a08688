import { checkEmbedded } from "./check-embedded";
import { ownFrameworkWith } from "./own-framework";

/** A workbook's own framework, resolved with the checks imported (the command line; the pane loads them late). */
export const ownFramework = ownFrameworkWith(checkEmbedded);
