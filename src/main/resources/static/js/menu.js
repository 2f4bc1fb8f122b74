// The main menu folds behind a "Menu" button on narrow screens; without JavaScript it stays unfolded.
document.addEventListener('DOMContentLoaded', () => {
  for (const bouton of document.querySelectorAll('.bouton-menu')) {
    const menu = bouton.closest('nav');
    const ouvrir = (ouvert) => {
      bouton.setAttribute('aria-expanded', String(ouvert));
      menu.classList.toggle('ouverte', ouvert);
    };
    bouton.hidden = false;
    menu.classList.add('repliable');
    bouton.addEventListener('click', () => ouvrir(bouton.getAttribute('aria-expanded') !== 'true'));
    menu.addEventListener('keydown', (evenement) => {
      if (evenement.key === 'Escape' && bouton.getAttribute('aria-expanded') === 'true') {
        ouvrir(false);
        bouton.focus();
      }
    });
  }
});
