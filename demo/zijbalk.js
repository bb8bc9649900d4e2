// Het zaaksysteem luistert naar mw-markering en bewaart wat het wil; hier alleen tonen.
const uitvoer = document.getElementById('gebeurtenis');
document.addEventListener('mw-markering', (gebeurtenis) => {
  uitvoer.textContent = JSON.stringify(gebeurtenis.detail, null, 2);
});
