import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Casusoverleg } from './casusoverleg';

const plek = document.getElementById('app');
if (!plek) throw new Error('Geen element met id "app" in index.html.');

const app = (
  <StrictMode>
    <Casusoverleg />
  </StrictMode>
);

// index.html bevat de HTML van de server (scripts/bouw-voorbeelden.mjs): hydrateren. client.html is leeg: renderen.
if (plek.firstElementChild) hydrateRoot(plek, app);
else createRoot(plek).render(app);
