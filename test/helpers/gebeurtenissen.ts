import type { MarkeringDetail } from '../../src/functies/markeren/markeringen.js';

/** Vangt elke `mw-markering` op het document op, zoals een zaaksysteem dat zou doen. */
export function vangMarkeringen(): { gebeurtenissen: CustomEvent<MarkeringDetail>[]; stop: () => void } {
  const gebeurtenissen: CustomEvent<MarkeringDetail>[] = [];
  const luister = (gebeurtenis: CustomEvent<MarkeringDetail>) => gebeurtenissen.push(gebeurtenis);
  document.addEventListener('mw-markering', luister);
  return { gebeurtenissen, stop: () => document.removeEventListener('mw-markering', luister) };
}
