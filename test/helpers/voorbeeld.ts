import { laadPagina } from './pagina.js';
import { typ } from './toetsenbord.js';

type Kaartelement = HTMLElement & { updateComplete: Promise<boolean>; markeringen: { item: string; notitie: string }[] };

export interface Voorbeeld {
  frame: HTMLIFrameElement;
  venster: Window & typeof globalThis & { axe?: { run: (context: Node, opties: object) => Promise<AxeResultaat> } };
  document: Document;
  /** Het eerste element met deze tag, als het getekend is; `Extra` noemt eigenschappen die de test leest. */
  kaart: <Extra = object>(tag: string) => Kaartelement & Extra;
}

interface AxeResultaat {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Laadt een voorbeeldpagina uit examples/ in een iframe (eigen document, eigen registry) en wacht tot elk van
 * `tags` in de pagina staat en getekend is. React en Vue zetten hun elementen pas na het laden in de pagina.
 * De iframe blijft staan tot `frame.remove()` (in `after`), zodat meerdere tests dezelfde pagina gebruiken;
 * een fixture van open-wc zou na de eerste test verdwijnen, en daarmee het document in de iframe.
 */
export async function laadVoorbeeld(pad: string, tags: string[], { breedte = 1280 } = {}): Promise<Voorbeeld> {
  const { frame, venster, document: doc } = await laadPagina(pad, { breedte, hoogte: 800, tags, blijvend: true });
  const kaart = <Extra = object>(tag: string) => doc.querySelector(tag) as Kaartelement & Extra;
  return { frame, venster: venster as Voorbeeld['venster'], document: doc, kaart };
}

/** Opent de groep van een item (als die dicht is) en drukt op „Markeer”, zoals een gebruiker dat doet. */
export async function markeer(kaart: Kaartelement, groep: string, item: string, notitie?: string): Promise<void> {
  const root = kaart.shadowRoot!;
  const groepKnop = root.querySelector<HTMLButtonElement>(`#${groep} .groep-knop`)!;
  if (groepKnop.getAttribute('aria-expanded') === 'false') groepKnop.click();
  await kaart.updateComplete;
  root.querySelector<HTMLButtonElement>(`#${item} .markeer-knop`)!.click();
  await kaart.updateComplete;
  if (notitie === undefined) return;
  root.querySelector<HTMLTextAreaElement>(`#_notitie-${item}`)!.focus();
  await typ(notitie);
  await kaart.updateComplete;
}

export const ingedrukt = (kaart: Kaartelement, item: string): string | null | undefined =>
  kaart.shadowRoot!.querySelector(`#${item} .markeer-knop`)?.getAttribute('aria-pressed');

/** Draait axe-core in de pagina zelf (ook door de shadow roots heen) en geeft de overtredingen als tekst. */
export async function axeOverPagina({ venster, document: doc }: Voorbeeld): Promise<string[]> {
  if (!venster.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((klaar, fout) => {
      script.addEventListener('load', klaar, { once: true });
      script.addEventListener('error', fout, { once: true });
      doc.head.append(script);
    });
  }
  const { violations } = await venster.axe!.run(doc, { resultTypes: ['violations'] });
  return violations.map(({ id, help, nodes }) => `${id} (${help}): ${nodes.map(({ target }) => target.join(' ')).join(', ')}`);
}
