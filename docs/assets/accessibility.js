// Names that axe-core (tests/test_browser.py) asks for and Material's templates leave out.
document$.subscribe(function () {
  var search = document.querySelector(".md-search[role='dialog']");
  if (search) {
    search.setAttribute("aria-label", "Search");
  }
  // Each code block's copy-button bar is a <nav>; landmarks need distinct names. Material
  // adds a bar when its block first scrolls into view (mkdocs.yml: content.lazy), so each
  // is named as it comes, after the number of its block on the page.
  var blocks = Array.prototype.slice.call(document.querySelectorAll("article pre"));
  function name(nav) {
    var number = blocks.indexOf(nav.closest("pre")) + 1;
    nav.setAttribute("aria-label", "Code block " + number + " actions");
  }
  document.querySelectorAll("nav.md-code__nav").forEach(name);
  var article = document.querySelector("article");
  if (article) {
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node instanceof Element && node.matches("nav.md-code__nav")) {
            name(node);
          }
        });
      });
    }).observe(article, { childList: true, subtree: true });
  }
  // A code block, table or diagram wider than the page scrolls sideways; keyboard users
  // reach it with Tab. (Material does this for a code block only once the block has
  // scrolled into view.) All the widths are read first, then the attributes set: one
  // layout of the page, not one per element.
  var wide = Array.prototype.filter.call(
    document.querySelectorAll(".md-typeset pre > code, .md-typeset__scrollwrap, .md-typeset .diagram"),
    function (element) {
      return element.scrollWidth > element.clientWidth;
    }
  );
  wide.forEach(function (element) {
    element.setAttribute("tabindex", "0");
  });
});
