/** The browser entry: the app inside an error boundary that never leaves a blank page. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { downloadText } from './download.ts';
import '../theme/tokens.css';
import './styles.css';

const root = document.getElementById('root')!;
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary onDownload={(name, text) => downloadText(name, text, 'application/json')}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
