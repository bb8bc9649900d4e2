/*
 * Meet in de pagina wat één toetsaanslag in het zoekveld van een kaart kost. Staat in de <head> van
 * een pagina met één kaart-element met `data-kaart-host`.
 *
 * Per aanslag twee tijden, vanaf het moment van de toetsaanslag (event.timeStamp van keydown):
 *   werk:  tot de kaart is bijgewerkt (updateComplete) en stijl en lay-out zijn berekend;
 *   frame: tot het eerstvolgende requestAnimationFrame daarna (inclusief wachten op dat frame).
 * `window.__toetsen` houdt de metingen bij; `window.__wachtOpToets(n)` wacht tot er n zijn.
 */
(() => {
  const metingen = [];
  const wachtenden = [];
  let begin;

  window.__toetsen = metingen;
  window.__wachtOpToets = (aantal) =>
    new Promise((los) => {
      if (metingen.length >= aantal) los(metingen.length);
      else wachtenden.push({ aantal, los });
    });

  function bewaar(meting) {
    metingen.push(meting);
    for (const wachtende of wachtenden.splice(0)) {
      if (metingen.length >= wachtende.aantal) wachtende.los(metingen.length);
      else wachtenden.push(wachtende);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const host = document.querySelector('[data-kaart-host]');
    host.addEventListener('keydown', (gebeurtenis) => {
      begin = gebeurtenis.timeStamp;
    });
    // Luistert op de host: de handler van de kaart op het zoekveld zelf is dan al geweest.
    host.addEventListener('input', async () => {
      const start = begin;
      await host.updateComplete;
      document.body.getBoundingClientRect();
      const werk = performance.now() - start;
      requestAnimationFrame(() => {
        bewaar({ werk, frame: performance.now() - start });
      });
    });
  });
})();
