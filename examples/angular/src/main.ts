// Registreert <mw-lessen-kaart>; de andere kaarten komen niet in de bundel.
import 'maatwerk-kaarten/lessen-kaart.js';
import { bootstrapApplication } from '@angular/platform-browser';
import { Casusoverleg } from './casusoverleg';

bootstrapApplication(Casusoverleg).catch((fout: unknown) => console.warn(fout));
