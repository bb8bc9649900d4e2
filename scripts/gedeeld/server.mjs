/**
 * Een kleine webserver voor metingen en rapporten: serveert bestanden uit het geheugen,
 * alleen op 127.0.0.1, op een vrije poort, zonder cache. Zo meet de browser steeds een eerste bezoek,
 * en maakt een nieuwe build tijdens de meting (de map dist/ verdwijnt even) niets uit.
 */
import { createServer } from 'node:http';

const SOORTEN = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Start de server. `bestanden`: pad (zoals `/kaarten.html`) → inhoud (string of Buffer).
 * Geeft het adres (`http://127.0.0.1:<poort>`) en `sluit()`.
 */
export async function startServer(bestanden) {
  const server = createServer((verzoek, antwoord) => {
    const pad = new URL(verzoek.url, 'http://127.0.0.1').pathname;
    const inhoud = bestanden.get(pad);
    if (inhoud === undefined) {
      antwoord.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('niet gevonden');
      return;
    }
    const soort = SOORTEN[pad.slice(pad.lastIndexOf('.'))] ?? 'application/octet-stream';
    antwoord.writeHead(200, { 'content-type': soort, 'cache-control': 'no-store' }).end(inhoud);
  });
  await new Promise((klaar, mislukt) => {
    server.once('error', mislukt);
    server.listen(0, '127.0.0.1', klaar);
  });
  const { port } = server.address();
  return {
    adres: `http://127.0.0.1:${port}`,
    sluit: () =>
      new Promise((klaar) => {
        server.closeAllConnections();
        server.close(() => klaar());
      }),
  };
}
