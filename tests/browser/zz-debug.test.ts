import { it } from 'vitest';
import { serveFolder, launchChromium, guardedContext, buildPane } from './harness';
import { exampleWorkbook } from './fixtures';

it('debug', async () => {
  await buildPane('/tmp/ccdbg');
  const server = await serveFolder('/tmp/ccdbg');
  const browser = await launchChromium();
  const { context } = await guardedContext(browser, server.origin, { viewport: { width: 320, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  await page.goto(`${server.origin}/taskpane.html`);
  const ex = await exampleWorkbook();
  await page.setInputFiles('input[type=file]', { name: ex.name, mimeType: 'application/octet-stream', buffer: ex.bytes });
  await page.waitForSelector('[data-condition-id]');
  await page.getByRole('tab', { name: 'Settings' }).click();
  const cb = page.getByRole('checkbox', { name: 'Accredited cooperative (CNC)' });
  console.log('before', await cb.isChecked(), await cb.count());
  await cb.uncheck();
  await page.waitForTimeout(1000);
  console.log('after', await cb.isChecked());
  await page.screenshot({ path: '/tmp/cc/dbg.png', fullPage: false });
  await browser.close(); await server.close();
}, 120000);
