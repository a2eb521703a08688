/** Types of localize-functions.js (loaded by webpack.config.js, tested from TypeScript). */
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: { name: string; description?: string; [key: string]: unknown }[];
  [key: string]: unknown;
}
export interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
export type ZhTable = Record<string, { description?: string; parameters?: Record<string, string> }>;

export function localize(metadata: Metadata, table: ZhTable): { metadata: Metadata; problems: string[] };

export class LocalizeFunctionsPlugin {
  constructor(options: { table: string; source?: string; output?: string });
  apply(compiler: unknown): void;
}
