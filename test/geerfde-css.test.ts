import { expect } from '@open-wc/testing';
import { laadPagina } from './helpers/pagina.js';

const TAGS = ['mw-signalen-kaart', 'mw-vragen-kaart', 'mw-lessen-kaart', 'mw-begrippen'];

/**
 * Issue 12, punt 8: erfbare teksteigenschappen van de host (body { white-space: nowrap }, een kaart in <pre>,
 * text-indent: -9999px, -webkit-text-fill-color: transparent, writing-mode: vertical-rl …) houdt de kaart aan haar
 * rand tegen; de huisstijl via de tokens (--mw-lettertype, --mw-kleur-tekst) komt wel door. Op 320 CSS-pixels.
 */
describe('erfbare CSS van de host (echte bundel, 320 px)', () => {
  it('breekt geen kaart: geen overloop, tekst zichtbaar en op zijn plek, horizontaal en links-naar-rechts', async () => {
    const { venster, document: doc } = await laadPagina('/test/vijandig/geerfde-css.html', { breedte: 320, tags: TAGS });
    expect(doc.documentElement.scrollWidth, 'horizontale overloop').to.be.at.most(320);

    for (const tag of TAGS) {
      const kaart = doc.querySelector(tag)!;
      const wortel = kaart.shadowRoot!.querySelector('.kaart') as HTMLElement;
      const stijl = venster.getComputedStyle(wortel);
      expect(stijl.writingMode, `${tag}: writing-mode`).to.equal('horizontal-tb');
      expect(stijl.direction, `${tag}: direction`).to.equal('ltr');
      expect(stijl.whiteSpace, `${tag}: white-space`).to.equal('normal');
      const kaartRand = wortel.getBoundingClientRect();
      expect(kaartRand.width, `${tag}: breedte`).to.be.at.most(320);
      // Ook in een staande omgeving (writing-mode: vertical-rl) ligt de kaart, met de breedte die de README daar aanraadt.
      expect(kaartRand.width, `${tag}: breedte`).to.be.greaterThan(200);

      const teksten = [...kaart.shadowRoot!.querySelectorAll<HTMLElement>('.titel, .item-tekst, dd, button')].slice(0, 12);
      expect(teksten.length, tag).to.be.greaterThan(0);
      for (const tekst of teksten) {
        const eigen = venster.getComputedStyle(tekst);
        const naam = `${tag} ${tekst.localName}.${tekst.className}`;
        expect(eigen.webkitTextFillColor, `${naam}: tekst onzichtbaar`).to.equal(eigen.color);
        expect(eigen.textIndent, `${naam}: text-indent`).to.equal('0px');
        expect(eigen.textShadow, `${naam}: text-shadow`).to.equal('none');
        expect(eigen.wordSpacing, `${naam}: word-spacing`).to.equal('0px');
        expect(eigen.getPropertyValue('-webkit-text-stroke-width'), `${naam}: text-stroke`).to.equal('0px');
        const rand = tekst.getBoundingClientRect();
        if (rand.width === 0) continue;
        expect(rand.left, `${naam}: links buiten de kaart`).to.be.at.least(kaartRand.left - 1);
        expect(rand.right, `${naam}: rechts buiten de kaart`).to.be.at.most(kaartRand.right + 1);
      }
      // De huisstijl via de tokens komt door.
      expect(stijl.fontFamily, `${tag}: --mw-lettertype`).to.equal('Georgia, serif');
      expect(stijl.color, `${tag}: --mw-kleur-tekst`).to.equal('rgb(10, 20, 30)');
    }
    expect(venster.__fouten).to.deep.equal([]);
  });
});
