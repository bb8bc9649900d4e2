import type { Meta } from '@storybook/web-components-vite';
import '../src/signalen-kaart/signalen-kaart.js';
import { kaarten, kaartVerhalen, type Verhaal } from './helpers.js';

const verhalen = kaartVerhalen(kaarten.signalen, 'bestuurder');

export default {
  title: 'Kaarten/Signalenkaart',
  component: 'mw-signalen-kaart',
  ...verhalen.meta,
} satisfies Meta;

export const Alles: Verhaal = verhalen.alles;
export const Inwoner: Verhaal = verhalen.deel('inwoner');
export const Uitvoerder: Verhaal = verhalen.deel('uitvoerder');
export const Kopniveau4: Verhaal = verhalen.kopniveau4;
export const ToelichtingOpen: Verhaal = verhalen.toelichtingOpen;
export const SmalleZijbalk: Verhaal = verhalen.smal;
export const Breed1280: Verhaal = verhalen.breed1280;
export const OnbekendeWaarde: Verhaal = verhalen.onbekend;
