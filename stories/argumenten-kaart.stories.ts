import type { Meta } from '@storybook/web-components-vite';
import '../src/argumenten-kaart/argumenten-kaart.js';
import { kaarten, kaartVerhalen, type Verhaal } from './helpers.js';

const verhalen = kaartVerhalen(kaarten.argumenten, 'klimaat');

export default {
  title: 'Kaarten/Argumentenkaart',
  component: 'mw-argumenten-kaart',
  ...verhalen.meta,
} satisfies Meta;

export const Alles: Verhaal = verhalen.alles;
export const Welzijn: Verhaal = verhalen.deel('welzijn');
export const Bestuur: Verhaal = verhalen.deel('bestuur');
export const Uitvoering: Verhaal = verhalen.deel('uitvoering');
export const Financien: Verhaal = verhalen.deel('financien');
export const Principes: Verhaal = verhalen.deel('principes');
export const Kopniveau4: Verhaal = verhalen.kopniveau4;
export const ToelichtingOpen: Verhaal = verhalen.toelichtingOpen;
export const SmalleZijbalk: Verhaal = verhalen.smal;
export const Breed1280: Verhaal = verhalen.breed1280;
export const OnbekendeWaarde: Verhaal = verhalen.onbekend;
