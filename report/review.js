/* review.js -- enhances the review page; the page works without it (each
   figure links to its finding below).  Focusing or clicking a figure shows
   its findings in the side panel and rings the other figures they used;
   Escape closes the panel.  Nothing here reads or writes document text as
   markup: findings are copied as DOM nodes. */
(function () {
  'use strict';
  var panel = document.getElementById('panel');
  var ringed = [];
  if (!panel) return;

  function unring() {
    ringed.forEach(function (m) { m.classList.remove('used', 'current'); });
    ringed = [];
  }
  function ring(id) {
    var m = document.getElementById(id);
    if (m && m.classList.contains('fig')) { m.classList.add('used'); ringed.push(m); }
  }
  function hide() { unring(); panel.hidden = true; }
  function show(fig) {
    var head = document.createElement('div'), what = document.createElement('span'),
        close = document.createElement('button');
    unring();
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    head.className = 'panel-head';
    what.textContent = fig.title;
    close.type = 'button';
    close.textContent = '\u00d7';
    close.setAttribute('aria-label', panel.getAttribute('data-close'));
    close.addEventListener('click', hide);
    head.appendChild(what);
    head.appendChild(close);
    panel.appendChild(head);
    (fig.getAttribute('data-f') || '').split(' ').forEach(function (id) {
      var f = id && document.getElementById(id), copy;
      if (!f) return;
      copy = f.cloneNode(true);
      copy.removeAttribute('id');
      panel.appendChild(copy);
      (f.getAttribute('data-c') || '').split(' ').forEach(ring);
    });
    fig.classList.add('current');
    ringed.push(fig);
    panel.hidden = false;
  }
  document.addEventListener('focusin', function (e) {
    if (e.target.classList && e.target.classList.contains('fig')) show(e.target);
  });
  document.addEventListener('click', function (e) {
    var fig = e.target.closest ? e.target.closest('a.fig') : null;
    if (!fig) return;
    e.preventDefault();
    show(fig);
    fig.focus();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !panel.hidden) hide();
  });
}());
