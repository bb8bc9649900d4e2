/*
 * Meet in de pagina hoe lang het duurt tot alle tekst van de kaarten er staat, gerekend vanaf het begin
 * van de navigatie (performance.now()). Staat als eerste script in de <head> van zowel de pagina met de
 * componenten als de statische pagina, zodat beide op dezelfde manier gemeten worden.
 *
 * Klaar is: het aantal `li.item` (in het document en in alle shadow roots) is `data-items` van <html>,
 * en het laatste item bevat de tekst `data-laatste` (bij 0 items: meteen na DOMContentLoaded, om te zien wat
 * alleen het laden en uitvoeren van de bundel kost). Dan volgen drie tijden:
 *   dom:   de tekst staat in de DOM;
 *   opmaak: na een gedwongen stijlberekening en lay-out;
 *   frame: in het eerstvolgende requestAnimationFrame, na stijl en lay-out (het frame dat de tekst tekent).
 * Daarnaast, om te zien waar de tijd heen gaat: wanneer het document binnen was (document), wanneer het
 * script van de kaarten binnen was (script, als er een is) en wanneer DOMContentLoaded begon (geladen;
 * dan zijn module-scripts uitgevoerd).
 * Een pagina met server-HTML (`data-server` op <html>, declaratieve shadow DOM) heeft haar tekst al bij het parsen:
 * daar begint het kijken meteen, frame na frame, zonder op de bundel te wachten (tekst op het scherm); wanneer de
 * bundel alle kaarten gehydrateerd heeft, staat apart in `interactief`.
 * Het resultaat staat in de belofte `window.__meting`.
 */
(() => {
  const wortel = document.documentElement;
  const server = wortel.hasAttribute('data-server');
  const verwacht = Number(wortel.dataset.items);
  const laatste = wortel.dataset.laatste ?? '';

  function items() {
    const gevonden = [...document.querySelectorAll('li.item')];
    for (const host of document.querySelectorAll('[data-kaart-host]')) {
      if (host.shadowRoot) gevonden.push(...host.shadowRoot.querySelectorAll('li.item'));
    }
    return gevonden;
  }

  function klaar() {
    const lijst = items();
    return lijst.length === verwacht && (verwacht === 0 || lijst[lijst.length - 1].textContent.includes(laatste));
  }

  /**
   * Wanneer alle kaarten (na DOMContentLoaded) gedefinieerd zijn en hun eerste update af hebben: bij server-HTML is
   * dat de hydratie. Een element kan pas na DOMContentLoaded gedefinieerd worden (de bundel laadt eerst iets).
   */
  const interactief = new Promise((los) => {
    document.addEventListener('DOMContentLoaded', async () => {
      const hosts = [...document.querySelectorAll('[data-kaart-host]')];
      await Promise.all(
        hosts.map(async (host) => {
          await customElements.whenDefined(host.localName);
          await host.updateComplete;
        }),
      );
      los(performance.now());
    });
  });

  window.__meting = new Promise((los) => {
    function probeer() {
      if (!klaar()) {
        requestAnimationFrame(probeer);
        return;
      }
      const dom = performance.now();
      document.body.getBoundingClientRect();
      const opmaak = performance.now();
      requestAnimationFrame(() => {
        document.body.getBoundingClientRect();
        const frame = performance.now();
        const [navigatie] = performance.getEntriesByType('navigation');
        const script = performance.getEntriesByType('resource').find((bron) => bron.name.endsWith('.js'));
        const meting = { document: navigatie.responseEnd, script: script ? script.responseEnd : null, dom, opmaak, frame };
        interactief.then((tijd) => {
          los({ ...meting, geladen: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart, interactief: server ? tijd : null });
        });
      });
    }
    if (server) requestAnimationFrame(probeer);
    else interactief.then(probeer);
  });
})();
