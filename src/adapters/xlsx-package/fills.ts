/**
 * A styles part's `<fill>` read into, and written from, exceljs's `Fill` shape: the shape the flag
 * records keep in the state sheet and the Office adapter reads. It follows exceljs 4.4's own reading
 * (lib/xlsx/xform/style/fill-xform.js and color-xform.js) attribute for attribute, so that a record
 * written by any face restores the same fill (tests/package/fills.test.ts compares the two on every
 * styles part of the corpus), but reads the part's tree, so that it runs anywhere and whatever the
 * part's prefixes.
 */
import type { Color, Fill, GradientStop } from 'exceljs';
import { attributeOf, elementsOf, encodeXml, firstElement, type XmlElement } from './xml';

/** A colour as exceljs reads it: rgb, else theme (and tint), else indexed; auto and the rest give none. */
function colorOf(element: XmlElement | undefined): (Partial<Color> & { tint?: number; indexed?: number }) | undefined {
  if (!element) return undefined;
  const rgb = attributeOf(element, 'rgb');
  if (rgb) return { argb: rgb };
  const theme = attributeOf(element, 'theme');
  if (theme) {
    const tint = attributeOf(element, 'tint');
    return tint ? { theme: parseInt(theme, 10), tint: parseFloat(tint) } : { theme: parseInt(theme, 10) };
  }
  const indexed = attributeOf(element, 'indexed');
  return indexed ? { indexed: parseInt(indexed, 10) } : undefined;
}

/** A `<fill>` element as exceljs's Fill; undefined when it holds neither a pattern nor a gradient. */
export function parseFill(fill: XmlElement): Fill | undefined {
  const pattern = firstElement(fill, 'patternFill');
  const gradient = firstElement(fill, 'gradientFill');
  // exceljs keeps the last of the two when a fill has both, which no writer does.
  const last = pattern && gradient ? (fill.children.indexOf(pattern) > fill.children.indexOf(gradient) ? pattern : gradient) : (pattern ?? gradient);
  if (!last) return undefined;
  if (last === pattern) {
    const model: Record<string, unknown> = { type: 'pattern', pattern: attributeOf(pattern, 'patternType') };
    for (const name of ['fgColor', 'bgColor']) {
      const color = colorOf(firstElement(pattern, name));
      if (color) model[name] = color;
    }
    return model as unknown as Fill;
  }
  const model: Record<string, unknown> = { stops: [] };
  const degree = attributeOf(last, 'degree');
  if (degree) {
    model.gradient = 'angle';
    model.degree = parseInt(degree, 10);
  } else if (attributeOf(last, 'type') === 'path') {
    const [left, right, top, bottom] = ['left', 'right', 'top', 'bottom'].map((side) => attributeOf(last, side));
    const center: Record<string, number> = { left: left ? parseFloat(left) : 0, top: top ? parseFloat(top) : 0 };
    if (right !== left) center.right = right ? parseFloat(right) : 0;
    if (bottom !== top) center.bottom = bottom ? parseFloat(bottom) : 0;
    model.gradient = 'path';
    model.center = center;
  }
  model.stops = elementsOf(last, 'stop').map((stop): GradientStop => ({
    position: parseFloat(attributeOf(stop, 'position') ?? ''),
    color: colorOf(firstElement(stop, 'color'))!,
  }));
  model.type = 'gradient';
  return model as unknown as Fill;
}

const attribute = (name: string, value: unknown) => (value === undefined ? '' : ` ${name}="${encodeXml(String(value))}"`);

function colorXml(name: string, color: (Partial<Color> & { tint?: number; indexed?: number }) | undefined): string {
  if (!color) return '';
  if (color.argb) return `<${name}${attribute('rgb', color.argb)}/>`;
  if (color.theme !== undefined) return `<${name}${attribute('theme', color.theme)}${attribute('tint', color.tint)}/>`;
  if (color.indexed !== undefined) return `<${name}${attribute('indexed', color.indexed)}/>`;
  return `<${name} auto="1"/>`;
}

/** A fill as a styles part holds it, `<fill>…</fill>`, written as exceljs writes it. */
export function fillXml(fill: Fill): string {
  if (fill.type === 'pattern') {
    const colors = colorXml('fgColor', fill.fgColor) + colorXml('bgColor', fill.bgColor);
    const start = `<patternFill${attribute('patternType', fill.pattern)}`;
    return `<fill>${colors ? `${start}>${colors}</patternFill>` : `${start}/>`}</fill>`;
  }
  let attributes = '';
  if (fill.gradient === 'angle') attributes = attribute('degree', fill.degree);
  else if (fill.gradient === 'path') {
    const center = fill.center as { left?: number; right?: number; top?: number; bottom?: number };
    attributes = ' type="path"';
    if (center.left) attributes += attribute('left', center.left) + (center.right === undefined ? attribute('right', center.left) : '');
    if (center.right) attributes += attribute('right', center.right);
    if (center.top) attributes += attribute('top', center.top) + (center.bottom === undefined ? attribute('bottom', center.top) : '');
    if (center.bottom) attributes += attribute('bottom', center.bottom);
  }
  const stops = fill.stops.map((stop) => `<stop${attribute('position', stop.position)}>${colorXml('color', stop.color)}</stop>`).join('');
  return `<fill><gradientFill${attributes}${stops ? `>${stops}</gradientFill>` : '/>'}</fill>`;
}
