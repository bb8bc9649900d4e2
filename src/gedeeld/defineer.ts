import { versie } from '../versie.js';

const gewaarschuwd = Symbol.for('maatwerk-kaarten.versiewaarschuwing');

interface MetVersie {
  versie?: string;
}

/**
 * Registreert een element, maar alleen als de naam nog vrij is. Zo geeft het tweemaal
 * laden van de bundel (of de bundel naast de npm-modules) geen fout. Komt de al
 * geregistreerde klasse uit een andere versie, dan volgt één waarschuwing per pagina.
 */
export function defineer(naam: string, klasse: CustomElementConstructor): void {
  const bestaand = customElements.get(naam) as (CustomElementConstructor & MetVersie) | undefined;
  if (!bestaand) {
    customElements.define(naam, klasse);
    return;
  }
  const andereVersie = bestaand.versie ?? 'onbekend';
  const pagina = globalThis as typeof globalThis & { [gewaarschuwd]?: boolean };
  if (andereVersie !== versie && !pagina[gewaarschuwd]) {
    pagina[gewaarschuwd] = true;
    console.warn(
      `maatwerk-kaarten: <${naam}> is al geregistreerd door versie ${andereVersie}; deze pagina laadt ook versie ${versie}. ` +
        `De elementen van versie ${andereVersie} blijven in gebruik.`,
    );
  }
}
