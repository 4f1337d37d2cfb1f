/**
 * Validates an add-in manifest offline against Microsoft's XML schemas, vendored in
 * schemas/office-manifest/ (see the README there for where they come from), with xmllint compiled
 * to WebAssembly (npm xmllint-wasm: no native build, no download).
 *
 *   npm run validate                      manifest.xml
 *   npm run validate -- dist/manifest.xml a rendered copy
 *
 * Office's own validator (`npm run validate:online`) also checks the store's policies; it needs the
 * internet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FOLDER = join(ROOT, 'schemas', 'office-manifest');
/** The entry schema: it imports the basic types and the version-overrides schemas. */
const ENTRY_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export interface ManifestValidation {
  valid: boolean;
  /** xmllint's messages, one per problem, with the line of the manifest. */
  errors: string[];
}

export async function validateManifest(xml: string, fileName = 'manifest.xml'): Promise<ManifestValidation> {
  const schemas = readdirSync(SCHEMA_FOLDER).filter((file) => file.endsWith('.xsd'));
  const load = (file: string) => ({ fileName: file, contents: readFileSync(join(SCHEMA_FOLDER, file), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: basename(fileName), contents: xml }],
    schema: [load(ENTRY_SCHEMA)],
    preload: schemas.filter((file) => file !== ENTRY_SCHEMA).map(load),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage.trim()) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  let failed = false;
  for (const file of files.length ? files : [join(ROOT, 'manifest.xml')]) {
    const { valid, errors } = await validateManifest(readFileSync(file, 'utf8'), file);
    if (valid) console.log(`${file}: valid against ${ENTRY_SCHEMA} and the schemas it imports`);
    else {
      failed = true;
      console.error(`${file}: NOT valid\n${errors.map((e) => `  ${e}`).join('\n')}`);
    }
  }
  process.exit(failed ? 1 : 0);
}
