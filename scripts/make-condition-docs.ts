/** Writes docs/conditions/ and docs/data-contract.md from the code's own metadata (see scripts/condition-docs.ts). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_CONTRACT_PAGE, DOCS_DIR, conditionDocs, dataContractPage } from './condition-docs';

const pages = conditionDocs();
mkdirSync(DOCS_DIR, { recursive: true });
// A page of a condition that no longer exists must not linger.
for (const file of readdirSync(DOCS_DIR)) if (!pages.has(`${DOCS_DIR}/${file}`)) rmSync(join(DOCS_DIR, file));
for (const [path, content] of pages) writeFileSync(path, content);
writeFileSync(DATA_CONTRACT_PAGE, dataContractPage());
console.log(`wrote ${pages.size} pages in ${DOCS_DIR}/ and ${DATA_CONTRACT_PAGE}`);
