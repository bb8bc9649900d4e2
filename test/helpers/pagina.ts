import { fixture, html, waitUntil } from '@open-wc/testing';

export interface GeladenPagina {
  frame: HTMLIFrameElement;
  venster: Window & typeof globalThis & { __schendingen: string[]; __fouten: string[]; __waarschuwingen: string[] };
  document: Document;
}

/** Laadt een HTML-pagina in een iframe (eigen document, eigen registry) en wacht tot de elementen klaar zijn. */
export async function laadPagina(pad: string, { breedte = 1024, tags = [] as string[] } = {}): Promise<GeladenPagina> {
  const omhulsel = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.title = pad;
  frame.style.cssText = `width: ${breedte}px; height: 700px; border: 0`;
  const geladen = new Promise((klaar) => frame.addEventListener('load', klaar, { once: true }));
  frame.src = pad;
  omhulsel.append(frame);
  await geladen;
  const venster = frame.contentWindow as GeladenPagina['venster'];
  const doc = frame.contentDocument!;
  await waitUntil(() => tags.every((tag) => venster.customElements.get(tag)), `${pad}: elementen niet geregistreerd`, { timeout: 5000 });
  await Promise.all(
    tags.flatMap((tag) => [...doc.querySelectorAll(tag)].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)),
  );
  return { frame, venster, document: doc };
}
