import { version } from "../../package.json";

/** The package's version, as npm knows it (built into the command, so nothing is read at start-up). */
export const VERSION: string = version;
