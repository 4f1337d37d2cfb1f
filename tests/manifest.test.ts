/**
 * manifest.xml checked offline (Office's validator needs the internet): valid against Microsoft's
 * XML schemas (vendored in schemas/office-manifest/, validated by xmllint-wasm), the elements Office
 * requires in the order its schema requires, every resource id resolved, every URL a file the build
 * emits, every icon a PNG of the size it is declared at, every text also in Belgian French and Dutch.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { DEV_BASE_URL, MANIFEST_PATH, renderManifest } from '../scripts/render-manifest';
import { validateManifest } from '../scripts/validate-manifest';

const ROOT = join(import.meta.dirname, '..');
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Top-level elements of a task-pane add-in, in the order of the schema (docs: manifest-element-ordering). */
const TOP_LEVEL_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

function parse(xml: string): Element {
  const document = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  return document.documentElement!;
}

const children = (element: Element): Element[] => Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
const descendants = (element: Element, localName: string): Element[] => Array.from(element.getElementsByTagName('*')).filter((e) => e.localName === localName);
function child(element: Element, localName: string): Element {
  const found = children(element).find((e) => e.localName === localName);
  if (!found) throw new Error(`<${element.localName}> has no <${localName}>`);
  return found;
}

/**
 * The pages the build emits: the HtmlWebpackPlugin filenames of webpack.config.js, plus assets/
 * copied to dist/assets. Read from the config so that a renamed page fails here, not in Excel.
 */
function emittedFiles(): Set<string> {
  const config = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
  const pages = [...config.matchAll(/new HtmlWebpackPlugin\(\{[^}]*filename: '([^']+)'/g)].map((m) => m[1]!);
  expect(config).toMatch(/from: 'assets', to: 'assets'/);
  const assets = readdirSync(join(ROOT, 'assets')).map((file) => `assets/${file}`);
  return new Set([...pages, ...assets]);
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every URL of the manifest with what points to it. */
function urls(root: Element): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']) {
    for (const e of descendants(root, name)) if (e.getAttribute('DefaultValue')) found.push({ where: name, url: e.getAttribute('DefaultValue')! });
  }
  for (const e of descendants(root, 'AppDomain')) found.push({ where: 'AppDomain', url: e.textContent ?? '' });
  const resources = child(child(root, 'VersionOverrides'), 'Resources');
  for (const group of ['Images', 'Urls']) {
    for (const e of children(child(resources, group))) {
      found.push({ where: e.getAttribute('id')!, url: e.getAttribute('DefaultValue')! });
      for (const o of children(e)) found.push({ where: `${e.getAttribute('id')} ${o.getAttribute('Locale')}`, url: o.getAttribute('Value')! });
    }
  }
  return found;
}

const manifest = readFileSync(MANIFEST_PATH, 'utf8');

describe('manifest.xml', () => {
  const root = parse(manifest);

  it("is valid against Microsoft's manifest schemas, offline, and the validator does catch a fault", async () => {
    expect(await validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    // Two elements out of the schema's order; a permission that does not exist.
    const swapped = manifest
      .replace('<Version>1.0.0.0</Version>', '@@')
      .replace('<ProviderName>CoopCheck</ProviderName>', '<Version>1.0.0.0</Version>')
      .replace('@@', '<ProviderName>CoopCheck</ProviderName>');
    const unordered = await validateManifest(swapped);
    expect(unordered.valid).toBe(false);
    expect(unordered.errors.join('\n')).toMatch(/Version.*not expected|ProviderName.*not expected/);
    const unknown = await validateManifest(manifest.replace('ReadWriteDocument', 'EverythingPlease'));
    expect(unknown.valid).toBe(false);
    expect(unknown.errors.join('\n')).toMatch(/EverythingPlease/);
  });

  it('says every text in Belgian French and Dutch as well as in French and Dutch', () => {
    const overrides = descendants(root, 'Override');
    for (const parent of new Set(overrides.map((o) => o.parentNode as Element))) {
      const locales = children(parent).map((o) => o.getAttribute('Locale'));
      expect(locales, parent.getAttribute('id') ?? parent.localName!).toEqual(['fr-FR', 'fr-BE', 'nl-NL', 'nl-BE']);
    }
    expect(overrides.length).toBeGreaterThanOrEqual(12);
    // The unified JSON manifest is no longer "preview" for Excel; the comment must not say so.
    expect(manifest).not.toMatch(/preview/i);
  });

  it("is a task-pane add-in with the required elements in the schema's order", () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    const names = children(root).map((e) => e.localName!);
    expect(names.filter((n) => !TOP_LEVEL_ORDER.includes(n))).toEqual([]);
    expect(names).toEqual([...names].sort((a, b) => TOP_LEVEL_ORDER.indexOf(a) - TOP_LEVEL_ORDER.indexOf(b)));
    expect(REQUIRED.filter((n) => !names.includes(n))).toEqual([]);
  });

  it('has a stable GUID, a four-part version, Excel as host, ExcelApi 1.9 and read-write access', () => {
    expect(child(root, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(children(child(root, 'Hosts')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const sets = descendants(child(root, 'Requirements'), 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.9']]);
    expect(child(root, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('puts a CoopCheck group on the Home tab with a button that opens the task pane', () => {
    const overrides = child(root, 'VersionOverrides');
    expect(overrides.getAttributeNS(XSI, 'type')).toBe('VersionOverridesV1_0');
    const host = child(child(overrides, 'Hosts'), 'Host');
    expect(host.getAttributeNS(XSI, 'type')).toBe('Workbook');
    const desktop = child(host, 'DesktopFormFactor');
    expect(children(desktop).map((e) => e.localName)).toEqual(['FunctionFile', 'ExtensionPoint']);
    const tab = child(child(desktop, 'ExtensionPoint'), 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = child(tab, 'Group');
    const strings = new Map(
      descendants(child(child(overrides, 'Resources'), 'ShortStrings'), 'String').map((s) => [s.getAttribute('id'), s.getAttribute('DefaultValue')]),
    );
    expect(strings.get(child(group, 'Label').getAttribute('resid'))).toBe('CoopCheck');
    const action = child(child(group, 'Control'), 'Action');
    expect(action.getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
  });

  it("resolves every resid to a resource of the right kind, within Office's string lengths", () => {
    const resources = child(child(root, 'VersionOverrides'), 'Resources');
    const ids = (group: string) => new Set(children(child(resources, group)).map((e) => e.getAttribute('id')));
    const kinds: Record<string, Set<string | null>> = {
      Image: ids('Images'),
      FunctionFile: ids('Urls'),
      SourceLocation: ids('Urls'),
      Label: ids('ShortStrings'),
      Title: ids('ShortStrings'),
      Description: ids('LongStrings'),
    };
    const referencing = Array.from(child(root, 'VersionOverrides').getElementsByTagName('*')).filter((e) => e.getAttribute('resid'));
    expect(referencing.length).toBeGreaterThan(0);
    for (const e of referencing) expect(kinds[e.localName!]?.has(e.getAttribute('resid')), `${e.localName} ${e.getAttribute('resid')}`).toBe(true);
    for (const [group, limit] of [
      ['ShortStrings', 125],
      ['LongStrings', 250],
    ] as const) {
      for (const s of descendants(child(resources, group), '*').filter((e) => e.getAttribute('DefaultValue') ?? e.getAttribute('Value'))) {
        expect((s.getAttribute('DefaultValue') ?? s.getAttribute('Value'))!.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('points every URL at a file the build emits, from the one dev origin', () => {
    const emitted = emittedFiles();
    expect(emitted.has('taskpane.html') && emitted.has('commands.html')).toBe(true);
    for (const { where, url } of urls(root)) {
      expect(url.startsWith(`${DEV_BASE_URL}/`), `${where}: ${url}`).toBe(true);
      expect(emitted.has(url.slice(DEV_BASE_URL.length + 1)), `${where}: ${url}`).toBe(true);
    }
  });

  it('declares every icon at the size of its PNG', () => {
    const file = (url: string) => join(ROOT, url.slice(DEV_BASE_URL.length + 1));
    expect(pngSize(file(child(root, 'IconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(file(child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 64, height: 64 });
    const images = new Map(
      children(child(child(child(root, 'VersionOverrides'), 'Resources'), 'Images')).map((e) => [e.getAttribute('id'), e.getAttribute('DefaultValue')!]),
    );
    for (const icon of descendants(child(root, 'VersionOverrides'), 'Icon')) {
      const declared = children(icon).map((image) => {
        const size = Number(image.getAttribute('size'));
        expect(pngSize(file(images.get(image.getAttribute('resid'))!))).toEqual({ width: size, height: size });
        return size;
      });
      // Office requires the ribbon's 16, 32 and 80 px images.
      expect(declared).toEqual(expect.arrayContaining([16, 32, 80]));
    }
  });

  it('renders for a production host with every URL moved there', () => {
    const rendered = parse(renderManifest(manifest, 'https://addin.example.be/coopcheck/'));
    const all = urls(rendered);
    expect(all.length).toBe(urls(root).length);
    for (const { url } of all) expect(url.startsWith('https://addin.example.be/coopcheck/')).toBe(true);
    expect(() => renderManifest(manifest, 'http://addin.example.be')).toThrow(/https/);
  });

  it.skipIf(!existsSync(join(ROOT, 'dist', 'taskpane.html')))("finds every URL's file in dist/ after a build", () => {
    for (const { url } of urls(root)) expect(existsSync(join(ROOT, 'dist', url.slice(DEV_BASE_URL.length + 1))), url).toBe(true);
  });
});
