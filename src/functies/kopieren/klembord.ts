/**
 * Zet tekst op het klembord, met `html` ook als opgemaakte tekst (`text/html`). Eerst met de Clipboard API (alleen in
 * een veilige context), anders met een tijdelijk tekstveld en `execCommand('copy')`, dat ook op http-intranetten werkt.
 * Geeft `false` als geen van beide lukt; dan toont het element de tekst om zelf te kopiëren.
 */
export async function kopieerNaarKlembord(tekst: string, binnen: Node & ParentNode, html?: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      if (html === undefined) await navigator.clipboard.writeText(tekst);
      else await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([tekst], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return true;
    }
  } catch {
    // Geweigerd of niet beschikbaar: probeer de oude weg.
  }
  const veld = document.createElement('textarea');
  veld.value = tekst;
  veld.setAttribute('readonly', '');
  veld.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
  if (html !== undefined) {
    veld.addEventListener('copy', (gebeurtenis) => {
      gebeurtenis.clipboardData?.setData('text/plain', tekst);
      gebeurtenis.clipboardData?.setData('text/html', html);
      gebeurtenis.preventDefault();
    });
  }
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
