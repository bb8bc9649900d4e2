// Getypte JSX voor de <mw-*>-elementen (React.JSX.IntrinsicElements), gegenereerd uit custom-elements.json.
import type {} from 'maatwerk-kaarten/react-jsx';
import type { Markering, MarkeringDetail } from 'maatwerk-kaarten';
import { useState } from 'react';

/**
 * Een pagina van een casusoverleg in React 19. React 19 ondersteunt custom elements zelf:
 * - `kant`, `markeerbaar` en `compact` zijn eigenschappen van het element, React zet ze als eigenschap
 *   (of als attribuut zolang het element nog niet geregistreerd is; de kaart leest beide);
 * - `heading-level` is geen eigenschapsnaam (die heet `headingLevel`), React zet het als attribuut;
 * - `onmw-markering` wordt `addEventListener('mw-markering', …)`.
 * De pagina toont wat ze van de kaart krijgt; bewaren is aan de toepassing (hier: niets).
 */
export function Casusoverleg() {
  const [markeringen, zetMarkeringen] = useState<Markering[]>([]);

  const ontvang = (gebeurtenis: CustomEvent<MarkeringDetail>) => zetMarkeringen(gebeurtenis.detail.markeringen);

  return (
    <>
      <header>
        <p>Casusoverleg (voorbeeld in React 19)</p>
      </header>
      <div className="indeling">
        <main>
          <h1>Casus 2026-0415</h1>
          <p>
            Het team bespreekt de signalen van de inwoner. Wat iemand op de kaart markeert, komt via de gebeurtenis{' '}
            <code>mw-markering</code> in de toestand van deze React-component.
          </p>
          <h2>Wat React van de kaart kreeg</h2>
          {/* Geen live region: de markeerknop zegt zelf „ingedrukt”; de hele lijst voorlezen bij elke toets stoort. */}
          <div id="ontvangen">
            {markeringen.length === 0 ? (
              <p>Nog niets gemarkeerd.</p>
            ) : (
              <ul>
                {markeringen.map((markering) => (
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
          <mw-signalen-kaart kant="inwoner" heading-level={2} markeerbaar compact onmw-markering={ontvang} />
        </aside>
      </div>
    </>
  );
}
