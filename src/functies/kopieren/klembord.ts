/**
 * Zet tekst op het klembord. Eerst met de Clipboard API (alleen in een veilige context),
 * anders met een tijdelijk tekstveld en `execCommand('copy')`, dat ook op http-intranetten werkt.
 * Geeft `false` als geen van beide lukt; dan toont het element de tekst om zelf te kopiëren.
 */
export async function kopieerNaarKlembord(tekst: string, binnen: Node & ParentNode): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(tekst);
      return true;
    }
  } catch {
    // Geweigerd of niet beschikbaar: probeer de oude weg.
  }
  const veld = document.createElement('textarea');
  veld.value = tekst;
  veld.setAttribute('readonly', '');
  veld.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
  const actief = (binnen.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  binnen.append(veld);
  veld.select();
  let gelukt: boolean;
  try {
    gelukt = document.execCommand('copy');
  } catch {
    gelukt = false;
  }
  veld.remove();
  actief?.focus();
  return gelukt;
}
