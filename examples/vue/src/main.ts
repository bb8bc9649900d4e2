// Registreert <mw-vragen-kaart>; de andere kaarten komen niet in de bundel.
import 'maatwerk-kaarten/vragen-kaart.js';
// Typen voor Vue-templates (GlobalComponents), gegenereerd uit custom-elements.json: één regel in het project.
import type {} from 'maatwerk-kaarten/vue';
import type { Markering, MarkeringDetail } from 'maatwerk-kaarten';
import { createApp, defineComponent, ref } from 'vue';

/**
 * Een pagina van een casusoverleg in Vue 3. Vue kent custom elements zelf:
 * - `isCustomElement` hieronder zegt de templatecompiler dat `mw-*` geen Vue-componenten zijn;
 * - `markeerbaar` en `compact` zijn eigenschappen van het element en worden als eigenschap gezet,
 *   `heading-level` als attribuut;
 * - `@mw-markering` luistert naar de gebeurtenis `mw-markering`.
 * De pagina toont wat ze van de kaart krijgt; bewaren is aan de toepassing (hier: niets).
 */
const Casusoverleg = defineComponent({
  setup() {
    const markeringen = ref<Markering[]>([]);
    const ontvang = (gebeurtenis: Event) => {
      markeringen.value = (gebeurtenis as CustomEvent<MarkeringDetail>).detail.markeringen;
    };
    return { markeringen, ontvang };
  },
  template: `
    <header><p>Casusoverleg (voorbeeld in Vue 3)</p></header>
    <div class="indeling">
      <main>
        <h1>Casus 2026-0415</h1>
        <p>
          Het team loopt de vragen voor tijdens het toepassen van maatwerk door. Wat iemand op de kaart markeert,
          komt via de gebeurtenis <code>mw-markering</code> in de toestand van deze Vue-component.
        </p>
        <h2>Wat Vue van de kaart kreeg</h2>
        <!-- Geen live region: de markeerknop zegt zelf „ingedrukt”; de hele lijst voorlezen bij elke toets stoort. -->
        <div id="ontvangen">
          <p v-if="markeringen.length === 0">Nog niets gemarkeerd.</p>
          <ul v-else>
            <li v-for="markering in markeringen" :key="markering.item" :data-item="markering.item">
              {{ markering.tekst }}<template v-if="markering.notitie"> (notitie: {{ markering.notitie }})</template>
            </li>
          </ul>
        </div>
      </main>
      <aside aria-label="Denkhulp maatwerk">
        <mw-vragen-kaart fase="tijdens" heading-level="2" markeerbaar compact @mw-markering="ontvang"></mw-vragen-kaart>
      </aside>
    </div>
  `,
});

const app = createApp(Casusoverleg);
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('mw-');
app.mount('#app');
