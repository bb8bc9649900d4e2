/** Metingen van de opmaak zoals een gebruiker haar ziet: scrollvakken, afgesneden tekst, focusringen. */

/** Kan dit element zelf scrollen (overflow auto of scroll in een richting)? */
const scrollt = (stijl: CSSStyleDeclaration): boolean => /auto|scroll/.test(`${stijl.overflowX} ${stijl.overflowY}`);

/**
 * De elementen onder `wortel` (niet `wortel` zelf) met een eigen scrollvak waarvan de inhoud echt overloopt, als
 * „klasse: scrollhoogte/zichtbare hoogte”. Leeg als niets in een geneste scrollbalk verdwijnt.
 */
export function overlopendeScrollvakken(wortel: Element): string[] {
  return [...wortel.querySelectorAll('*')]
    .filter((el) => {
      const stijl = getComputedStyle(el);
      return scrollt(stijl) && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    })
    .map((el) => `${el.localName}.${el.className}: ${el.scrollHeight}/${el.clientHeight}`);
}

/**
 * Is `element` helemaal te zien na `scrollIntoView`? Binnen het venster van de pagina, en niet afgesneden door een
 * voorouder (tot en met `tot`) die zijn inhoud verbergt of zelf scrolt. Geeft de reden als het niet zo is.
 */
export function afgesneden(element: Element, tot: Element): string | undefined {
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const vak = element.getBoundingClientRect();
  const venster = element.ownerDocument.defaultView!;
  if (vak.top < -1 || vak.left < -1 || vak.bottom > venster.innerHeight + 1 || vak.right > venster.innerWidth + 1) {
    return `buiten het venster (${Math.round(vak.top)}–${Math.round(vak.bottom)} van ${venster.innerHeight} px hoog)`;
  }
  for (let voorouder = element.parentElement; voorouder; voorouder = voorouder.parentElement) {
    const stijl = getComputedStyle(voorouder);
    if (stijl.overflowX !== 'visible' || stijl.overflowY !== 'visible') {
      const rand = voorouder.getBoundingClientRect();
      if (vak.top < rand.top - 1 || vak.bottom > rand.bottom + 1 || vak.left < rand.left - 1 || vak.right > rand.right + 1) {
        return `afgesneden door ${voorouder.localName}.${voorouder.className} (overflow ${stijl.overflowX}/${stijl.overflowY})`;
      }
    }
    if (voorouder === tot) break;
  }
  if (element.scrollWidth > element.clientWidth + 1) return `tekst steekt uit (${element.scrollWidth} > ${element.clientWidth} px)`;
  return undefined;
}

/**
 * Hoe dik een focusring is: de breedte van de outline (als die getekend wordt) plus de grootste spreiding van een
 * box-shadow. `3px solid` met `0 0 0 3px` is 6 px.
 */
export function focusDikte(stijl: CSSStyleDeclaration): number {
  const lijn = stijl.outlineStyle === 'none' ? 0 : parseFloat(stijl.outlineWidth) || 0;
  const schaduwen = stijl.boxShadow === 'none' ? [] : stijl.boxShadow.replace(/\([^)]*\)/g, '').split(',');
  const spreiding = Math.max(0, ...schaduwen.map((schaduw) => parseFloat(schaduw.match(/-?[\d.]+px/g)?.[3] ?? '0')));
  return lijn + spreiding;
}
