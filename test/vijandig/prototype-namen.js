// Laadt de bundel met import(), zoals een app die hem pas later nodig heeft: de belofte moet vervullen.
import('/dist/mw-kaarten.js').then(
  () => (window.__bundel = 'geladen'),
  (fout) => (window.__bundel = `geweigerd: ${fout}`),
);
