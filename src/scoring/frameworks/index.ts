import type { Framework } from "../framework";
import { dapeng2024 } from "./dapeng-2024";

export const FRAMEWORKS: Readonly<Record<string, Framework>> = { [dapeng2024.id]: dapeng2024 };

export function getFramework(id: string): Framework | undefined {
  return Object.prototype.hasOwnProperty.call(FRAMEWORKS, id) ? FRAMEWORKS[id] : undefined;
}

export { dapeng2024 };
