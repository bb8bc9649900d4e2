// Importeert alleen de klassen (*.component.js) uit de npm-modules: dat mag niets registreren.
import { MwSignalenKaart } from '/dist/esm/src/signalen-kaart/signalen-kaart.component.js';
import { MwArgumentenKaart } from '/dist/esm/src/argumenten-kaart/argumenten-kaart.component.js';
import { MwVragenKaart } from '/dist/esm/src/vragen-kaart/vragen-kaart.component.js';
import { MwVragenBeleidKaart } from '/dist/esm/src/vragen-beleid-kaart/vragen-beleid-kaart.component.js';
import { MwVragenMaatwerkKaart } from '/dist/esm/src/vragen-maatwerk-kaart/vragen-maatwerk-kaart.component.js';
import { MwLessenKaart } from '/dist/esm/src/lessen-kaart/lessen-kaart.component.js';
import { MwBegrippen } from '/dist/esm/src/begrippen/begrippen.component.js';
import { MwKaart } from '/dist/esm/src/kaart/kaart.component.js';

window.__klassen = [MwSignalenKaart, MwArgumentenKaart, MwVragenKaart, MwVragenBeleidKaart, MwVragenMaatwerkKaart, MwLessenKaart, MwBegrippen, MwKaart];
