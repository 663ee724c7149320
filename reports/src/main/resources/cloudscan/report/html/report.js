(function () {
  'use strict';
  var root = document.documentElement;
  var $ = function (id) { return document.getElementById(id); };
  var all = function (sel, from) { return Array.prototype.slice.call((from || document).querySelectorAll(sel)); };
  var has = function (el, q) { return el.textContent.toLowerCase().indexOf(q) >= 0; };

  function setLang(lang) {
    root.setAttribute('lang', lang);
    root.setAttribute('data-lang', lang);
    document.title = root.getAttribute('data-title-' + lang) || document.title;
    all('[data-ja]').forEach(function (el) {
      var t = el.getAttribute('data-' + lang);
      if (el.tagName === 'INPUT') { el.setAttribute('placeholder', t); } else { el.textContent = t; }
    });
    all('[data-set-lang]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-set-lang') === lang));
    });
    apply();
  }

  function val(id) { var el = $(id); return el ? el.value : ''; }

  function apply() {
    var f = { status: val('f-status'), cloud: val('f-cloud'), account: val('f-account'), severity: val('f-severity'),
        baseline: val('f-baseline') };
    var reqStatus = val('f-req-status'), reqId = val('f-req');
    var q = val('f-q').trim().toLowerCase();
    var selects = f.status || f.cloud || f.account || f.severity || f.baseline;
    var rowFilter = selects || q;
    var reqs = 0, rows = 0;
    all('section.req').forEach(function (sec) {
      var blockOk = (!reqStatus || sec.getAttribute('data-status') === reqStatus) &&
          (!reqId || sec.getAttribute('data-req') === reqId);
      var headHit = q !== '' && has(sec.querySelector('.req-head'), q);
      var anyCheck = false;
      all('.check', sec).forEach(function (chk) {
        var checkHit = headHit || (q !== '' && has(chk.querySelector('.check-head'), q));
        var anyRow = false;
        all('details.findings', chk).forEach(function (d) {
          var any = false;
          all('tr.finding', d).forEach(function (tr) {
            var ok = blockOk && matches(tr, f) && (!q || checkHit || has(tr, q));
            tr.hidden = !ok;
            if (ok) { any = true; rows++; }
          });
          // a filter that picks rows opens the box they are in
          if (rowFilter && any) { d.open = true; }
          anyRow = anyRow || any;
        });
        var show = blockOk && (!rowFilter || anyRow || (!selects && checkHit));
        chk.hidden = !show;
        anyCheck = anyCheck || (show && (anyRow || checkHit));
      });
      var visible = blockOk && (!rowFilter || anyCheck || (!selects && headHit));
      sec.hidden = !visible;
      if (visible) { reqs++; }
    });
    var out = $('f-count');
    if (out) {
      out.textContent = root.getAttribute('data-lang') === 'en'
          ? reqs + ' requirements, ' + rows + ' findings shown'
          : '表示中: 要件 ' + reqs + ' 件、指摘 ' + rows + ' 件';
    }
  }

  function matches(tr, f) {
    return (!f.status || tr.getAttribute('data-status') === f.status) &&
        (!f.cloud || tr.getAttribute('data-cloud') === f.cloud) &&
        (!f.account || tr.getAttribute('data-account') === f.account) &&
        (!f.severity || tr.getAttribute('data-severity') === f.severity) &&
        (!f.baseline || tr.getAttribute('data-baseline') === f.baseline);
  }

  function reset() {
    all('#controls select').forEach(function (s) { s.value = ''; });
    $('f-q').value = '';
    apply();
  }

  var controls = $('controls');
  if (controls) {
    controls.hidden = false;
    all('select', controls).forEach(function (s) { s.addEventListener('change', apply); });
    $('f-q').addEventListener('input', apply);
    $('f-reset').addEventListener('click', reset);
  }
  all('[data-set-lang]').forEach(function (b) {
    b.addEventListener('click', function () { setLang(b.getAttribute('data-set-lang')); });
  });
  // On a phone the evidence header starts folded, so the summary fits the first screen.
  var evidence = $('evidence');
  if (evidence && window.matchMedia && window.matchMedia('(max-width: 640px)').matches) {
    evidence.open = false;
  }
  // Print everything: open every box for printing, and restore them afterwards.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = all('details:not([open])');
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
  setLang(root.getAttribute('data-lang') || 'ja');
})();
