import type { Meta } from '@storybook/web-components-vite';
import '../src/vragen-beleid-kaart/vragen-beleid-kaart.js';
import { kaarten, kaartVerhalen, type Verhaal } from './helpers.js';

const verhalen = kaartVerhalen(kaarten.vragenBeleid, '6');

export default {
  title: 'Kaarten/Vragenkaart beleid',
  component: 'mw-vragen-beleid-kaart',
  ...verhalen.meta,
} satisfies Meta;

export const Alles: Verhaal = verhalen.alles;
export const Stap1: Verhaal = verhalen.deel('1');
export const Stap2: Verhaal = verhalen.deel('2');
export const Stap3: Verhaal = verhalen.deel('3');
export const Stap4: Verhaal = verhalen.deel('4');
export const Stap5: Verhaal = verhalen.deel('5');
export const Kopniveau4: Verhaal = verhalen.kopniveau4;
export const ToelichtingOpen: Verhaal = verhalen.toelichtingOpen;
export const SmalleZijbalk: Verhaal = verhalen.smal;
export const Breed1280: Verhaal = verhalen.breed1280;
export const OnbekendeWaarde: Verhaal = verhalen.onbekend;
