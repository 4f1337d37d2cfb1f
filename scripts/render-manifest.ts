/**
 * manifest.xml for another host than the dev server. Every URL of manifest.xml starts with
 * DEV_BASE_URL; this writes a copy in which that origin is replaced by ADDIN_BASE_URL, the one
 * place a production build names its host.
 *
 *   ADDIN_BASE_URL=https://addin.example.be/coopcheck npx tsx scripts/render-manifest.ts dist/manifest.xml
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEV_BASE_URL = 'https://localhost:3000';
export const MANIFEST_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'manifest.xml');

/** The manifest with its dev origin replaced; Office loads add-ins over HTTPS only. */
export function renderManifest(manifest: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"'<>]+$/.test(base)) throw new Error(`ADDIN_BASE_URL must be an https:// URL, not ${baseUrl}`);
  return manifest.replaceAll(`${DEV_BASE_URL}/`, `${base}/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [output] = process.argv.slice(2);
  const baseUrl = process.env.ADDIN_BASE_URL;
  if (!output || !baseUrl) {
    console.error('usage: ADDIN_BASE_URL=https://host/path tsx scripts/render-manifest.ts OUTPUT');
    process.exit(2);
  }
  writeFileSync(output, renderManifest(readFileSync(MANIFEST_PATH, 'utf8'), baseUrl));
  console.log(`wrote ${output} for ${baseUrl}`);
}
