import type { Meta } from '@storybook/web-components-vite';
import '../src/lessen-kaart/lessen-kaart.js';
import { kaarten, kaartVerhalen, type Verhaal } from './helpers.js';

const verhalen = kaartVerhalen(kaarten.lessen, 'inwoners');

export default {
  title: 'Kaarten/Lessenkaart',
  component: 'mw-lessen-kaart',
  ...verhalen.meta,
} satisfies Meta;

export const Alles: Verhaal = verhalen.alles;
export const Beleidsmakers: Verhaal = verhalen.deel('beleidsmakers');
export const Bestuurders: Verhaal = verhalen.deel('bestuurders');
export const Uitvoerders: Verhaal = verhalen.deel('uitvoerders');
export const Kopniveau4: Verhaal = verhalen.kopniveau4;
export const ToelichtingOpen: Verhaal = verhalen.toelichtingOpen;
export const SmalleZijbalk: Verhaal = verhalen.smal;
export const Breed1280: Verhaal = verhalen.breed1280;
export const OnbekendeWaarde: Verhaal = verhalen.onbekend;
