import { html, type TemplateResult } from 'lit';

export interface MenuKeuze {
  tekst: string;
  actie: () => void;
}

export interface MenuKnopOpties {
  /** Het id van de knop; het menu heet `${id}-menu`. */
  id: string;
  tekst: string;
  keuzes: MenuKeuze[];
}

const knopVan = (menu: HTMLElement): HTMLElement | null => (menu.getRootNode() as ShadowRoot | Document).getElementById(menu.dataset.knop ?? '');
const keuzesIn = (menu: HTMLElement): HTMLElement[] => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const isOpen = (menu: HTMLElement): boolean => menu.matches(':popover-open');

/** Zet het menu onder de knop (of erboven als het daar niet past), rechts uitgelijnd met de knop. */
function plaats(menu: HTMLElement): void {
  const knop = knopVan(menu);
  if (!knop) return;
  const r = knop.getBoundingClientRect();
  const venster = knop.ownerDocument.documentElement;
  menu.style.insetInlineEnd = `${Math.max(0, venster.clientWidth - r.right)}px`;
  menu.style.insetBlockStart = `${r.bottom + 4}px`;
  const hoogte = menu.offsetHeight;
  if (hoogte && r.bottom + 4 + hoogte > venster.clientHeight && r.top - 4 - hoogte >= 0) menu.style.insetBlockStart = `${r.top - 4 - hoogte}px`;
}

const herplaatsers = new WeakMap<HTMLElement, () => void>();

function wissel(gebeurtenis: ToggleEvent): void {
  const menu = gebeurtenis.currentTarget as HTMLElement;
  const open = gebeurtenis.newState === 'open';
  knopVan(menu)?.setAttribute('aria-expanded', String(open));
  const venster = menu.ownerDocument.defaultView;
  if (open) {
    plaats(menu);
    const herplaats = () => plaats(menu);
    herplaatsers.set(menu, herplaats);
    venster?.addEventListener('scroll', herplaats, { capture: true, passive: true });
    venster?.addEventListener('resize', herplaats, { passive: true });
    const keuzes = keuzesIn(menu);
    (menu.dataset.begin === 'laatste' ? keuzes.at(-1) : keuzes[0])?.focus();
    delete menu.dataset.begin;
  } else {
    const herplaats = herplaatsers.get(menu);
    if (herplaats) {
      venster?.removeEventListener('scroll', herplaats, { capture: true });
      venster?.removeEventListener('resize', herplaats);
    }
  }
}

function sluit(menu: HTMLElement, focusOpKnop: boolean): void {
  if (isOpen(menu)) menu.hidePopover();
  if (focusOpKnop) knopVan(menu)?.focus();
}

/** Pijl omlaag of omhoog op de knop opent het menu op de eerste of laatste keuze (WAI-ARIA APG, Menu Button). */
function knopToets(gebeurtenis: KeyboardEvent): void {
  if (gebeurtenis.key !== 'ArrowDown' && gebeurtenis.key !== 'ArrowUp') return;
  const knop = gebeurtenis.currentTarget as HTMLElement;
  const menu = (knop.getRootNode() as ShadowRoot | Document).getElementById(`${knop.id}-menu`);
  if (!menu) return;
  gebeurtenis.preventDefault();
  if (gebeurtenis.key === 'ArrowUp') menu.dataset.begin = 'laatste';
  if (isOpen(menu)) keuzesIn(menu)[gebeurtenis.key === 'ArrowUp' ? keuzesIn(menu).length - 1 : 0]?.focus();
  else menu.showPopover();
}

/** Pijltjes, Home en End bewegen door het menu; Esc sluit het en zet de focus terug op de knop; Tab sluit het. */
function menuToets(gebeurtenis: KeyboardEvent): void {
  const menu = gebeurtenis.currentTarget as HTMLElement;
  const keuzes = keuzesIn(menu);
  const nu = keuzes.indexOf((menu.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement);
  const naar = (index: number) => keuzes[(index + keuzes.length) % keuzes.length]?.focus();
  switch (gebeurtenis.key) {
    case 'ArrowDown':
      naar(nu + 1);
      break;
    case 'ArrowUp':
      naar(nu - 1);
      break;
    case 'Home':
      naar(0);
      break;
    case 'End':
      naar(keuzes.length - 1);
      break;
    case 'Escape':
      sluit(menu, true);
      break;
    case 'Tab':
      // De focus gaat gewoon verder; het menu sluit als ze het verlaat (focusout).
      return;
    default:
      return;
  }
  gebeurtenis.preventDefault();
  gebeurtenis.stopPropagation();
}

/** De focus verlaat het menu (Tab, of een klik elders): het menu sluit, zonder de focus terug te halen. */
function focusWeg(gebeurtenis: FocusEvent): void {
  const menu = gebeurtenis.currentTarget as HTMLElement;
  const naar = gebeurtenis.relatedTarget as Node | null;
  if (naar && !menu.contains(naar)) sluit(menu, false);
}

/**
 * Een menuknop volgens het WAI-ARIA APG-patroon Menu Button, met de Popover API als oppervlak (besluit 13):
 * de knop (`aria-haspopup="menu"`, `aria-expanded`) opent een `role="menu"` met `menuitem`s. Het menu staat in de
 * top layer, dus een `overflow: hidden` of `z-index` van de pagina knipt het niet af; de browser sluit het bij een
 * klik erbuiten en met Esc. Na een keuze sluit het menu, gaat de focus naar de knop en volgt de actie.
 */
export function menuKnopWeergave({ id, tekst, keuzes }: MenuKnopOpties): TemplateResult {
  const menuId = `${id}-menu`;
  // Eén luisteraar op het menu in plaats van één per keuze: elke luisteraar blijft met zijn closure in het geheugen.
  const kies = (gebeurtenis: Event) => {
    const menu = gebeurtenis.currentTarget as HTMLElement;
    const knop = (gebeurtenis.target as Element).closest<HTMLElement>('[role="menuitem"]');
    const keuze = knop ? keuzes[keuzesIn(menu).indexOf(knop)] : undefined;
    if (!keuze) return;
    sluit(menu, true);
    keuze.actie();
  };
  return html`<div class="menu-knop">
    <button
      type="button"
      class="knop"
      part="knop"
      id=${id}
      aria-haspopup="menu"
      aria-expanded="false"
      aria-controls=${menuId}
      popovertarget=${menuId}
      @keydown=${knopToets}
    >
      ${tekst}<span class="menu-teken" aria-hidden="true"></span>
    </button>
    <div
      class="menu"
      id=${menuId}
      role="menu"
      aria-labelledby=${id}
      popover="auto"
      data-knop=${id}
      @toggle=${wissel}
      @keydown=${menuToets}
      @focusout=${focusWeg}
      @click=${kies}
    >
      ${keuzes.map((keuze) => html`<button type="button" class="menu-keuze" role="menuitem" tabindex="-1">${keuze.tekst}</button>`)}
    </div>
  </div>`;
}
