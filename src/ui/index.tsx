/** The task pane's entry: find the host (Excel or none), then render the same pane either way. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectHost } from './office-host';

async function start(): Promise<void> {
  const connection = await connectHost();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App connection={connection} />
    </StrictMode>,
  );
}

void start();
