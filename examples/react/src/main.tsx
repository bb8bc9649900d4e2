// Registreert <mw-signalen-kaart>; de andere kaarten komen niet in de bundel.
import 'maatwerk-kaarten/signalen-kaart.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Casusoverleg } from './casusoverleg';

const plek = document.getElementById('app');
if (!plek) throw new Error('Geen element met id "app" in index.html.');

createRoot(plek).render(
  <StrictMode>
    <Casusoverleg />
  </StrictMode>,
);
