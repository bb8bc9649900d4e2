// Laadt de bundel van ?bundel= zoals de README het doet: één <script type="module" src>. `window.__scriptFout`
// wordt waar als het script niet laadde (404, een ander domein zonder CORS).
const script = document.createElement('script');
script.type = 'module';
script.src = new URLSearchParams(window.location.search).get('bundel');
script.addEventListener('error', () => (window.__scriptFout = true));
document.head.append(script);
