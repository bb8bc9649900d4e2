import type { Markering, MarkeringDetail, MarkeringInvoer } from 'maatwerk-kaarten';
import { MwSignalenKaart } from 'maatwerk-kaarten/react';
import { useState } from 'react';

/** Wat het zaaksysteem bij deze casus al bewaard had; de kaart krijgt het terug via de prop `markeringen`. */
export const BEWAARD: readonly MarkeringInvoer[] = [{ item: 'signalen-passief-2', notitie: 'uit het dossier' }];

/**
 * Een casusoverleg in React 19 met de React-component uit `maatwerk-kaarten/react` (@lit/react):
 * props in camelCase (`headingLevel`), `markeringen` als eigenschap, `onMwMarkering` als listener.
 * Dezelfde component rendert op de server (`renderToString`, met de shadow DOM van de kaart) en hydrateert in de
 * browser (`hydrateRoot`).
 */
export function Casusoverleg() {
  const [markeringen, zetMarkeringen] = useState<readonly MarkeringInvoer[]>(BEWAARD);
  const [ontvangen, zetOntvangen] = useState<Markering[]>([]);

  const ontvang = (gebeurtenis: CustomEvent<MarkeringDetail>) => {
    zetMarkeringen(gebeurtenis.detail.markeringen);
    zetOntvangen(gebeurtenis.detail.markeringen);
  };

  return (
    <>
      <header>
        <p>Casusoverleg (voorbeeld met maatwerk-kaarten/react)</p>
      </header>
      <div className="indeling">
        <main>
          <h1>Casus 2026-0415</h1>
          <p>
            Het zaaksysteem geeft de kaart de bewaarde markeringen mee; wat iemand markeert, komt via{' '}
            <code>onMwMarkering</code> in de toestand van deze React-component.
          </p>
          <h2>Wat React van de kaart kreeg</h2>
          {/* Geen live region: de markeerknop zegt zelf „ingedrukt”; de hele lijst voorlezen bij elke toets stoort. */}
          <div id="ontvangen">
            {ontvangen.length === 0 ? (
              <p>Nog niets gemarkeerd.</p>
            ) : (
              <ul>
                {ontvangen.map((markering) => (
                  <li key={markering.item} data-item={markering.item}>
                    {markering.tekst}
                    {markering.notitie ? ` (notitie: ${markering.notitie})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </main>
        <aside aria-label="Denkhulp maatwerk">
          <MwSignalenKaart kant="inwoner" headingLevel={2} markeerbaar compact markeringen={markeringen} onMwMarkering={ontvang} />
          <p id="onder-de-kaart">De kaart staat al in de HTML van de server: deze alinea verspringt niet als het script komt.</p>
        </aside>
      </div>
    </>
  );
}
