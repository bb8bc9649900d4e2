import { expect } from '@open-wc/testing';
import { sjablonenStuk } from '../../src/base/sjablonen-lader.js';
import { overzichtStuk } from '../../src/functies/markeren/overzicht.js';
import { kopniveauAutoStuk } from '../../src/gedeeld/kopniveau.js';
import { laadVooraf } from '../../src/index.js';
import { begrippenStuk, geladenKaart } from '../../src/inhoud/laad-inhoud.js';
import { kaarten } from '../../src/kaarten.js';
import { engels } from '../../src/teksten.js';

describe('eenheid: laadVooraf (voor een server met Lit SSR)', () => {
  it('laadt de tekst van elke kaart, de begrippen, de sjablonen, het overzicht van markeerbaar, de Engelse teksten en heading-level="auto"', async () => {
    const geladen = () => ({
      kaarten: kaarten.map((kaart) => geladenKaart(kaart.id)?.id),
      begrippen: begrippenStuk.module !== undefined,
      sjablonen: typeof sjablonenStuk.module?.delenSjablonen,
      overzicht: overzichtStuk.module !== undefined,
      engels: engels.module?.en.allesGeopend,
      auto: typeof kopniveauAutoStuk.module?.automatischKopniveau,
    });
    // Elk testbestand heeft zijn eigen pagina: hier is nog niets geladen.
    expect(geladen()).to.deep.equal({ kaarten: kaarten.map(() => undefined), begrippen: false, sjablonen: 'undefined', overzicht: false, engels: undefined, auto: 'undefined' });
    await laadVooraf();
    expect(geladen()).to.deep.equal({ kaarten: kaarten.map((kaart) => kaart.id), begrippen: true, sjablonen: 'function', overzicht: true, engels: 'All groups are open.', auto: 'function' });
  });
});
