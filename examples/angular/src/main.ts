// Registreert <mw-lessen-kaart>, en <mw-denkhulp> met <mw-verslag> en de kaarten die de denkhulp kan tonen.
import 'maatwerk-kaarten/lessen-kaart.js';
import 'maatwerk-kaarten/denkhulp.js';
import { bootstrapApplication } from '@angular/platform-browser';
import { Casusoverleg } from './casusoverleg';

bootstrapApplication(Casusoverleg).catch((fout: unknown) => console.warn(fout));
