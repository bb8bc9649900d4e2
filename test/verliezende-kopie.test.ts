import { expect } from '@open-wc/testing';

type Klassen = { MwVragenKaart: CustomElementConstructor };

/**
 * Issue 12, punt 10 (gedocumenteerd in SECURITY.md): de bundel registreert eerst, de npm-modules komen daarna. De klassen
 * van de kopie die de registratie verloor, zijn niet geregistreerd; zo werken custom elements.
 */
describe('de kopie die de registratie verliest', () => {
  it('gooit een TypeError bij new ("Illegal constructor"; WebKit: "new.target does not define a custom element"); createElement en customElements.get geven de winnende klasse', async () => {
    const bundel = (await import('/dist/mw-kaarten.js' as string)) as Klassen;
    const npm = (await import('/dist/esm/src/index.js' as string)) as Klassen;
    expect(npm.MwVragenKaart).not.to.equal(bundel.MwVragenKaart);
    expect(customElements.get('mw-vragen-kaart')).to.equal(bundel.MwVragenKaart);
    expect(() => new npm.MwVragenKaart()).to.throw(TypeError, /Illegal constructor|does not define a custom element/);
    const element = document.createElement('mw-vragen-kaart');
    expect(element).to.be.instanceOf(bundel.MwVragenKaart);
    expect(element).not.to.be.instanceOf(npm.MwVragenKaart);
  });
});
