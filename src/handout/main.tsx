/** The handout page's browser entry (handout.html): reads the address and renders. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HandoutApp } from './HandoutApp.tsx';
import { bundledLibrary } from '../scenario/bundled.ts';
import { readHandoutRequest } from './url.ts';
import '../theme/tokens.css';
import './handout.css';

const request = readHandoutRequest(window.location.search);
const found = bundledLibrary.scenarios.find((s) => s.scenario.id === request.scenario);
// The document title names a saved PDF and a printed page's header.
document.title = found
  ? `${found.scenario.title}: handout · Escalation Lab`
  : 'Handouts · Escalation Lab';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HandoutApp library={bundledLibrary} request={request} />
  </StrictMode>,
);
