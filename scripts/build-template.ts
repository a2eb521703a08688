import { join } from "node:path";
import { buildTemplate } from "../src/xlsx";

/** `npm run build:template`: writes assets/template.xlsx from the framework's data. Never edit the file by hand. */
async function main(): Promise<void> {
  const path = join(__dirname, "..", "assets", "template.xlsx");
  const workbook = await buildTemplate();
  await workbook.xlsx.writeFile(path);
  console.log(`已生成 ${path}`);
}

void main();
