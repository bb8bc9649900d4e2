// Zoals een web part dat de npm-modules meebrengt (met Lit uit node_modules) naast de bundel.
import '/dist/esm/src/index.js';
