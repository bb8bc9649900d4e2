import { fixture, html, waitUntil } from '@open-wc/testing';

export interface GeladenPagina {
  frame: HTMLIFrameElement;
  venster: Window & typeof globalThis & { __schendingen: string[]; __fouten: string[]; __waarschuwingen: string[] };
  document: Document;
}

export interface PaginaOpties {
  breedte?: number;
  hoogte?: number;
  /** Wacht tot deze elementen geregistreerd, in de pagina en getekend zijn. */
  tags?: string[];
  /** Bijvoorbeeld `allow-same-origin`: zonder `allow-scripts` draait er geen enkel script. */
  sandbox?: string;
  /**
   * Laat de iframe staan na de test (tot `frame.remove()`), zodat meerdere tests dezelfde pagina gebruiken.
   * Standaard ruimt open-wc haar na de test op, met het document erin.
   */
  blijvend?: boolean;
}

/**
 * Laadt een HTML-pagina in een iframe (eigen document, eigen registry) en wacht tot de elementen klaar zijn.
 * Eén loader voor alle tests die een echte pagina laden: de demo, vijandige pagina's, voorbeelden en de export.
 */
export async function laadPagina(pad: string, opties: PaginaOpties = {}): Promise<GeladenPagina> {
  const { breedte = 1024, hoogte = 700, tags = [], sandbox, blijvend = false } = opties;
  const frame = document.createElement('iframe');
  frame.title = pad;
  frame.style.cssText = `width: ${breedte}px; height: ${hoogte}px; border: 0`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const geladen = new Promise((klaar) => frame.addEventListener('load', klaar, { once: true }));
  frame.src = pad;
  if (blijvend) document.body.append(frame);
  else (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
  await geladen;
  const venster = frame.contentWindow as GeladenPagina['venster'];
  const doc = frame.contentDocument!;
  await waitUntil(
    () => tags.every((tag) => venster.customElements.get(tag) && doc.querySelector(tag)?.shadowRoot),
    `${pad}: niet alle elementen (${tags.join(', ')}) staan getekend in de pagina`,
    { timeout: 5000 },
  );
  await Promise.all(
    tags.flatMap((tag) => [...doc.querySelectorAll(tag)].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)),
  );
  return { frame, venster, document: doc };
}
