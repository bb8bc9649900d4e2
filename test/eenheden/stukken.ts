import type { OpAanvraag } from '../../src/gedeeld/op-aanvraag.js';

type Haal = () => Promise<unknown>;

/** Wat een test aan een stuk verandert: het laden erachter (privé in `OpAanvraag`) en wat het al weet. */
type Vervangbaar = { haal: Haal; module?: unknown; fout?: string; bezig?: Promise<unknown> };

/**
 * Vervangt het laden achter een stuk, zoals een netwerk dat faalt of wacht. `maak` krijgt het echte laden mee, om
 * het daarna alsnog te doen. Een stuk is er één per pagina, en elk testbestand heeft zijn eigen pagina.
 */
export function vervangLaden(stuk: OpAanvraag<unknown>, maak: (echt: Haal) => Haal): void {
  const vervangbaar = stuk as unknown as Vervangbaar;
  vervangbaar.haal = maak(vervangbaar.haal);
}

/** Het stuk weet niets meer: niet geladen, geen fout, niets onderweg. */
export function vergeet(stuk: OpAanvraag<unknown>): void {
  Object.assign(stuk as unknown as Vervangbaar, { module: undefined, fout: undefined, bezig: undefined });
}

/** Een laden dat altijd mislukt met deze boodschap. */
export const mislukt = (boodschap: string) => (): Haal => () => Promise.reject(new Error(boodschap));

/** Het netwerk achter één stuk in een test: uit tot `aan = true`; `pogingen` telt elke poging om het stuk te laden. */
export interface Netwerk {
  aan: boolean;
  pogingen: number;
}

/** Zet een netwerk achter het stuk dat (nog) niet werkt: elke poging mislukt met `boodschap`, tot `aan` waar is. */
export function netwerkVoor(stuk: OpAanvraag<unknown>, boodschap = 'offline'): Netwerk {
  const netwerk: Netwerk = { aan: false, pogingen: 0 };
  vervangLaden(stuk, (echt) => () => {
    netwerk.pogingen += 1;
    return netwerk.aan ? echt() : Promise.reject(new Error(boodschap));
  });
  return netwerk;
}
