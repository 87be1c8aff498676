// The citizen page's few conveniences; every page works without them.
// The street list shows the chosen district's streets only, and the browser's location (when the
// citizen allows it) fills the hidden coordinates.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const district = document.getElementById('district');
  const street = document.getElementById('street');
  if (district && street) {
    const showStreets = () => {
      street.querySelectorAll('optgroup').forEach((group) => {
        const other = district.value !== '' && group.dataset.district !== district.value;
        group.hidden = other;
        group.disabled = other;
      });
      const chosen = street.selectedOptions[0];
      if (chosen && chosen.parentElement.disabled) {
        street.value = '';
      }
    };
    district.addEventListener('change', showStreets);
    showStreets();
  }

  const locate = document.getElementById('locate');
  const located = document.getElementById('located');
  if (locate && located && 'geolocation' in navigator) {
    locate.hidden = false;
    locate.addEventListener('click', () => {
      navigator.geolocation.getCurrentPosition(
        (position) => {
          document.getElementById('latitude').value = position.coords.latitude.toFixed(6);
          document.getElementById('longitude').value = position.coords.longitude.toFixed(6);
          located.textContent = located.dataset.done;
        },
        () => {
          located.textContent = located.dataset.failed;
        },
        { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    });
  }
});
