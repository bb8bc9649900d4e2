/**
 * Alleen voor `tsc --noEmit -p examples/react` (niet in de bundel): laat zien dat de JSX-typen
 * uit 'maatwerk-kaarten/react-jsx' fouten vangen die de editor anders pas in de browser toont.
 */
import type {} from 'maatwerk-kaarten/react-jsx';
import type { MwVragenKaart } from 'maatwerk-kaarten';
import { useRef } from 'react';

export function Goed() {
  const kaart = useRef<MwVragenKaart>(null);
  return (
    <>
      <mw-vragen-kaart ref={kaart} fase="vóór" heading-level="auto" toelichting-open compact className="kaart" />
      <mw-argumenten-kaart thema="financien" markeerbaar markeringen={[{ item: 'argumenten-rechtvaardig-4', notitie: '' }]} />
      <mw-signalen-kaart onmw-markering={(gebeurtenis) => console.warn(gebeurtenis.detail.markeringen.map((m) => m.item))} />
      <mw-begrippen heading-level={3} />
    </>
  );
}

export function Fout() {
  return (
    <>
      {/* @ts-expect-error 'morgen' is geen fase */}
      <mw-vragen-kaart fase="morgen" />
      {/* @ts-expect-error de Vragenkaart kiest met fase, niet met stap */}
      <mw-vragen-kaart stap="1" />
      {/* @ts-expect-error het kopniveau gaat tot 6 */}
      <mw-lessen-kaart heading-level={7} />
      {/* @ts-expect-error de handler krijgt een CustomEvent<MarkeringDetail>, geen MouseEvent */}
      <mw-signalen-kaart onmw-markering={(gebeurtenis: MouseEvent) => gebeurtenis.button} />
      {/* @ts-expect-error React 19 zou naar „Mw-markering” luisteren, dat nooit komt: de naam is onmw-markering */}
      <mw-signalen-kaart onMw-markering={() => undefined} />
      {/* @ts-expect-error een camelCase-naam is hier geen gebeurtenis; die hoort bij de componenten uit maatwerk-kaarten/react */}
      <mw-signalen-kaart onMwMarkering={() => undefined} />
      {/* @ts-expect-error markeringen is een lijst met item-ids */}
      <mw-signalen-kaart markeringen="signalen-passief-5" />
    </>
  );
}
