/**
 * Alleen voor `tsc --noEmit -p examples/react-componenten` (niet in de bundel): de props en gebeurtenissen van de
 * componenten uit 'maatwerk-kaarten/react' zijn getypt, zonder extra regel voor de typen.
 */
import type { MwVragenKaart as MwVragenKaartElement, Verslag } from 'maatwerk-kaarten';
import { MwArgumentenKaart, MwBegrippen, MwDenkhulp, MwKaart, MwLessenKaart, MwSignalenKaart, MwVerslag, MwVragenKaart } from 'maatwerk-kaarten/react';
import { useRef } from 'react';

export function Goed({ bewaard }: { bewaard: Verslag }) {
  const kaart = useRef<MwVragenKaartElement>(null);
  return (
    <>
      <MwVragenKaart ref={kaart} fase="vóór" headingLevel="auto" toelichtingOpen compact className="kaart" />
      <MwArgumentenKaart thema="financien" markeerbaar markeringen={[{ item: 'argumenten-rechtvaardig-4' }]} />
      <MwSignalenKaart onMwMarkering={(gebeurtenis) => console.warn(gebeurtenis.detail.markeringen.map((m) => m.item))} />
      <MwKaart src="/kaarten/eigen.json" onMwFout={(gebeurtenis) => console.warn(gebeurtenis.detail.fouten)} />
      <MwBegrippen headingLevel={3} />
      <MwDenkhulp kaarten="signalen vragen argumenten" fase="tijdens" headingLevel={2} verslag={bewaard} onMwVerslag={(gebeurtenis) => console.warn(gebeurtenis.detail.afweging)} />
      <MwVerslag voor="casus" onMwVerslag={(gebeurtenis) => console.warn(gebeurtenis.detail.kaarten.map((k) => k.kaart))} />
    </>
  );
}

export function Fout() {
  return (
    <>
      {/* @ts-expect-error 'morgen' is geen fase */}
      <MwVragenKaart fase="morgen" />
      {/* @ts-expect-error de Vragenkaart kiest met fase, niet met stap */}
      <MwVragenKaart stap="1" />
      {/* @ts-expect-error de Lessenkaart kiest met doelgroep: 'iedereen' is geen doelgroep */}
      <MwLessenKaart doelgroep="iedereen" />
      {/* @ts-expect-error de handler krijgt een CustomEvent<MarkeringDetail>, geen MouseEvent */}
      <MwSignalenKaart onMwMarkering={(gebeurtenis: MouseEvent) => gebeurtenis.button} />
      {/* @ts-expect-error markeringen is een lijst met item-ids, geen tekst */}
      <MwSignalenKaart markeringen="signalen-passief-5" />
      {/* @ts-expect-error <mw-begrippen> vuurt geen mw-markering */}
      <MwBegrippen onMwMarkering={() => undefined} />
      {/* @ts-expect-error <mw-verslag> vuurt geen mw-markering */}
      <MwVerslag onMwMarkering={() => undefined} />
      {/* @ts-expect-error de handler van mw-verslag krijgt het verslag, geen MouseEvent */}
      <MwDenkhulp onMwVerslag={(gebeurtenis: MouseEvent) => gebeurtenis.button} />
    </>
  );
}
