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
 *
 * Wat de gebruiker ziet, elk apart:
 *   eersteTekst: het eerste item van de eerste kaart (`li.item` in de shadow root van de eerste `[data-kaart-host]`,
 *                of in het document als er geen host is) bestaat en heeft een lay-out met een breedte en hoogte; de
 *                tijd is die van een taak met voorrang (`scheduler.postTask`, 'user-blocking') vanuit het
 *                requestAnimationFrame van dat frame: meteen na het tekenen van dat frame op de hoofdthread. Een
 *                setTimeout(0) wacht achter ander werk (het parsen van de rest van de pagina, het uitvoeren van de
 *                bundel) en kwam daardoor tot honderden ms te laat. Largest Contentful Paint en element timing zien
 *                tekst in shadow roots niet betrouwbaar.
 *   fcp:         first-contentful-paint van de browser, ter vergelijking (dat kan ook de tekst van de pagina zijn,
 *                zoals de alinea onder de kaarten vóór de kaarten er staan).
 *   verschuiving: de som van alle layout shifts (zonder die vlak na invoer), tot twee frames na het einde.
 *   alinea:      de alinea `#na-de-kaart` onder de kaarten: haar top (vanaf de bovenkant van het document) in het
 *                eerste frame waarin ze bestaat (`begin`) en aan het einde (`eind`).
 * Het resultaat staat in de belofte `window.__meting`.
 */
(() => {
  const wortel = document.documentElement;
  const server = wortel.hasAttribute('data-server');
  const verwacht = Number(wortel.dataset.items);
  const laatste = wortel.dataset.laatste ?? '';

  let verschuiving = 0;
  const verschuivingen = new PerformanceObserver((lijst) => telVerschuivingen(lijst.getEntries()));
  function telVerschuivingen(metingen) {
    for (const meting of metingen) if (!meting.hadRecentInput) verschuiving += meting.value;
  }
  verschuivingen.observe({ type: 'layout-shift', buffered: true });

  /** first-contentful-paint, zodra de browser het meldt (dat kan na het frame zelf komen). */
  const fcp = new Promise((los) => {
    new PerformanceObserver((lijst) => {
      const gevonden = lijst.getEntriesByName('first-contentful-paint')[0];
      if (gevonden) los(gevonden.startTime);
    }).observe({ type: 'paint', buffered: true });
  });

  /** Na `aantal` frames en een setTimeout(0): de layout shifts van die frames zijn dan gemeld. */
  const naFrames = (aantal) =>
    new Promise((los) => {
      const volgende = () => (aantal-- > 0 ? requestAnimationFrame(volgende) : setTimeout(los, 0));
      volgende();
    });

  const top = (element) => element.getBoundingClientRect().top + window.scrollY;

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

  /** Het eerste item van de eerste kaart, als het er al staat. */
  function eersteItem() {
    const host = document.querySelector('[data-kaart-host]');
    return (host ? host.shadowRoot : document)?.querySelector('li.item') ?? null;
  }

  /** Frame na frame vanaf het begin: wanneer het eerste item getekend is, en waar de alinea stond in haar eerste frame. */
  let alineaBegin = null;
  const eersteTekst = new Promise((los) => {
    let getekend = !verwacht;
    if (getekend) los(null);
    function kijk() {
      const alinea = document.getElementById('na-de-kaart');
      if (alinea && alineaBegin === null) alineaBegin = top(alinea);
      const vak = getekend ? null : eersteItem()?.getBoundingClientRect();
      if (vak && vak.width > 0 && vak.height > 0) {
        getekend = true;
        scheduler.postTask(() => los(performance.now()), { priority: 'user-blocking' });
      }
      if (!getekend || (alineaBegin === null && document.readyState === 'loading')) requestAnimationFrame(kijk);
    }
    requestAnimationFrame(kijk);
  });

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

  /** Na het einde van de meting: de layout shifts, de alinea en first-contentful-paint. */
  async function afsluiting() {
    await naFrames(2);
    telVerschuivingen(verschuivingen.takeRecords());
    verschuivingen.disconnect();
    const alinea = document.getElementById('na-de-kaart');
    const eind = alinea ? top(alinea) : null;
    // Meldt de browser first-contentful-paint niet binnen een seconde na het einde, dan telt het niet mee.
    const paint = await Promise.race([fcp, new Promise((los) => setTimeout(() => los(null), 1000))]);
    return { verschuiving, alinea: alinea ? { begin: alineaBegin, eind } : null, fcp: paint };
  }

  window.__meting = new Promise((los) => {
    function probeer() {
      if (!klaar()) {
        requestAnimationFrame(probeer);
        return;
      }
      const dom = performance.now();
      document.body.getBoundingClientRect();
      const opmaak = performance.now();
      requestAnimationFrame(async () => {
        document.body.getBoundingClientRect();
        const frame = performance.now();
        const [navigatie] = performance.getEntriesByType('navigation');
        const script = performance.getEntriesByType('resource').find((bron) => bron.name.endsWith('.js'));
        const meting = { document: navigatie.responseEnd, script: script ? script.responseEnd : null, dom, opmaak, frame };
        const tijd = await interactief;
        los({
          ...meting,
          geladen: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
          interactief: server ? tijd : null,
          eersteTekst: await eersteTekst,
          ...(await afsluiting()),
        });
      });
    }
    if (server) requestAnimationFrame(probeer);
    else interactief.then(probeer);
  });
})();
