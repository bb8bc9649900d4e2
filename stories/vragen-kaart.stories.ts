import type { Meta } from '@storybook/web-components-vite';
import '../src/vragen-kaart/vragen-kaart.js';
import { kaarten, kaartVerhalen, type Verhaal } from './helpers.js';

const verhalen = kaartVerhalen(kaarten.vragen, 'morgen');

export default {
  title: 'Kaarten/Vragenkaart',
  component: 'mw-vragen-kaart',
  ...verhalen.meta,
} satisfies Meta;

export const Alles: Verhaal = verhalen.alles;
export const Voor: Verhaal = verhalen.deel('voor');
export const Tijdens: Verhaal = verhalen.deel('tijdens');
export const Na: Verhaal = verhalen.deel('na');
export const Kopniveau4: Verhaal = verhalen.kopniveau4;
export const ToelichtingOpen: Verhaal = verhalen.toelichtingOpen;
export const SmalleZijbalk: Verhaal = verhalen.smal;
export const Breed1280: Verhaal = verhalen.breed1280;
export const OnbekendeWaarde: Verhaal = verhalen.onbekend;
