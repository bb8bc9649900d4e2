// Klassiek script, vóór de bundel geladen: legt elke CSP-schending en elke fout op de pagina vast.
window.__schendingen = [];
window.__fouten = [];
window.__waarschuwingen = [];
document.addEventListener('securitypolicyviolation', (gebeurtenis) => {
  window.__schendingen.push(`${gebeurtenis.violatedDirective} ${gebeurtenis.blockedURI} ${gebeurtenis.sourceFile}:${gebeurtenis.lineNumber}`);
});
window.addEventListener('error', (gebeurtenis) => window.__fouten.push(String(gebeurtenis.message)));
window.addEventListener('unhandledrejection', (gebeurtenis) => window.__fouten.push(String(gebeurtenis.reason)));
const waarschuw = console.warn.bind(console);
console.warn = (...args) => {
  window.__waarschuwingen.push(args.map(String).join(' '));
  waarschuw(...args);
};
