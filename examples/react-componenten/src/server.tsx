import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Casusoverleg } from './casusoverleg';

/** De HTML die een server voor `#app` stuurt (Node, zoals Next.js of Remix): scripts/bouw-voorbeelden.mjs roept dit aan. */
export const renderOpServer = () =>
  renderToString(
    <StrictMode>
      <Casusoverleg />
    </StrictMode>,
  );
