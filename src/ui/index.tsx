/**
 * The pane's entry, for both pages: find the host (Excel or none) from what office.js reports, then
 * render the same pane either way; inside Excel, follow Office's theme as it changes.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { HostConnection } from './office-host';
import { connectHost, watchOfficeTheme } from './office-host';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const render = (connection: HostConnection) =>
    root.render(
      <StrictMode>
        <App connection={connection} />
      </StrictMode>,
    );
  const connection = await connectHost();
  render(connection);
  if (connection.kind === 'excel') watchOfficeTheme((darkTheme) => render({ ...connection, darkTheme }));
}

void start();
