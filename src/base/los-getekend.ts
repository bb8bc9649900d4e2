import { noChange, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { clearPart, getCommittedValue, setCommittedValue } from 'lit/directive-helpers.js';

/** Eén ding in de lijst: zijn sjabloon, wie het is (een object uit de inhoud) en wat er nu aan verandert. */
export interface LosDing {
  sjabloon: TemplateResult;
  wie: object;
  /** Alles wat het sjabloon anders maakt dan vorige keer, als korte tekst ('' als er niets bijzonders is). */
  sleutel: string;
}

/**
 * Een lijst die Lit per ding één keer tekent en dan loslaat: elk sjabloon wordt in een los fragment getekend en zijn
 * element komt in de lijst, zonder dat Lit er een instantie met parts van bewaart. Verandert een ding (andere
 * `sleutel`), dan wordt het opnieuw getekend en past `pasAan` het bestaande element daaraan aan; een ander object
 * (`wie`) vervangt het. Zo kost een item van een kaart een element en zijn tekst, niet ook een instantie van Lit
 * (besluit 18: met vijftig kaarten op een pagina telt dat). Elk sjabloon heeft één element als wortel en geen
 * luisteraars.
 *
 * Op de server, en bij het hydrateren van wat de server tekende, is het gewoon de lijst van sjablonen: de markup staat
 * maar op één plek, in de sjablonen.
 */
class LosGetekend extends Directive {
  private wie: object[] = [];

  private sleutels: string[] = [];

  private elementen: Element[] = [];

  /** Bij het hydrateren: deze plek houdt Lit zelf bij, als lijst van sjablonen. */
  private metLit = false;

  render(dingen: readonly LosDing[]): unknown {
    return dingen.map((ding) => ding.sjabloon);
  }

  override update(part: ChildPart, [dingen]: [readonly LosDing[]]): unknown {
    if (this.metLit || (part.startNode as Comment | null)?.data?.startsWith('lit-part')) {
      this.metLit = true;
      return this.render(dingen);
    }
    // Stond hier eerder iets anders (een lijst die Lit bijhield), dan gaat dat eerst weg.
    if (this.elementen.length === 0 && getCommittedValue(part) !== undefined && getCommittedValue(part) !== nothing) {
      clearPart(part);
      setCommittedValue(part, undefined);
    }
    const ouder = part.parentNode;
    dingen.forEach((ding, i) => {
      if (this.wie[i] === ding.wie && this.sleutels[i] === ding.sleutel) return;
      const fragment = (ouder.ownerDocument ?? document).createDocumentFragment();
      render(ding.sjabloon, fragment, { host: part.options?.host });
      const element = fragment.firstElementChild ?? document.createElement('div');
      const oud = this.elementen[i];
      if (oud && this.wie[i] === ding.wie) pasAan(oud, element);
      else {
        if (oud) oud.replaceWith(element);
        else ouder.insertBefore(element, part.endNode);
        this.elementen[i] = element;
      }
      this.wie[i] = ding.wie;
      this.sleutels[i] = ding.sleutel;
    });
    for (const over of this.elementen.splice(dingen.length)) over.remove();
    this.wie.length = this.sleutels.length = dingen.length;
    return noChange;
  }
}

/**
 * Maakt `oud` gelijk aan `nieuw` en laat elk element staan dat op dezelfde plek dezelfde tag heeft: een knop die de
 * focus heeft, houdt haar, en een schermlezer hoort dezelfde knop van open naar dicht gaan. Wijkt de rij kinderen
 * van een element af (een treffer van de zoekopdracht wordt `<mark>`), dan krijgt het de nieuwe kinderen.
 */
function pasAan(oud: Element, nieuw: Element): void {
  // De vergelijking van de browser zelf is veel sneller dan die hieronder; meestal verandert maar een deel van de boom.
  if (oud.isEqualNode(nieuw)) return;
  const oudeAttributen = oud.attributes;
  for (let i = oudeAttributen.length - 1; i >= 0; i--) {
    const naam = (oudeAttributen[i] as Attr).name;
    if (!nieuw.hasAttribute(naam)) oud.removeAttribute(naam);
  }
  for (const { name, value } of nieuw.attributes) if (oud.getAttribute(name) !== value) oud.setAttribute(name, value);
  const oudeKinderen = oud.childNodes;
  const nieuweKinderen = nieuw.childNodes;
  let gelijk = oudeKinderen.length === nieuweKinderen.length;
  for (let i = 0; gelijk && i < nieuweKinderen.length; i++) gelijk = nieuweKinderen[i]?.nodeName === oudeKinderen[i]?.nodeName;
  if (!gelijk) {
    oud.replaceChildren(...nieuweKinderen);
    return;
  }
  for (let i = 0; i < nieuweKinderen.length; i++) {
    const kind = nieuweKinderen[i] as ChildNode;
    const oudKind = oudeKinderen[i] as ChildNode;
    if (kind.nodeType === Node.ELEMENT_NODE) pasAan(oudKind as Element, kind as Element);
    else if (oudKind.nodeValue !== kind.nodeValue) oudKind.nodeValue = kind.nodeValue;
  }
}

export const losGetekend = directive(LosGetekend);
