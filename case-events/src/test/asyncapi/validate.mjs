// Validates AsyncAPI documents with the AsyncAPI initiative's own parser; prints every diagnostic
// and exits 1 when a document has an error. Usage: node validate.mjs <document.json>...
import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';

const parser = new Parser();
let failed = false;
for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await parser.parse(readFileSync(file, 'utf8'));
  for (const d of diagnostics) {
    const severity = ['error', 'warning', 'info', 'hint'][d.severity];
    console.log(`${file}: ${severity} ${d.code} ${d.message} at ${JSON.stringify(d.path)}`);
  }
  if (!document || diagnostics.some((d) => d.severity === 0)) {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
