// Material asks for the search index (search/search_index.json, the largest file of the
// site) as soon as a page loads. Most readers of a page never search, so the request is
// held back until the reader turns to search: hovers over, taps or focuses the search
// field, or opens it with a shortcut (which focuses it). Loaded before Material's bundle.
(function () {
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var wanted = false;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndex = /\/search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.searchIndex && !wanted) {
      held.push([this, arguments]);
      return;
    }
    return send.apply(this, arguments);
  };
  function load(event) {
    var target = event.target;
    if (wanted || !(target instanceof Element)) {
      return;
    }
    if (!target.closest(".md-search, label[for='__search'], #__search")) {
      return;
    }
    wanted = true;
    held.splice(0).forEach(function (call) {
      send.apply(call[0], call[1]);
    });
  }
  ["focusin", "change", "pointerover", "touchstart"].forEach(function (type) {
    document.addEventListener(type, load, { capture: true, passive: true });
  });
})();
