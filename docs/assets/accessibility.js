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
  // scrolled into view.) A code block off screen is not laid out (code-blocks.css), so
  // whether its text is wider than the block is worked out from its longest line
  // (--columns, docs_hooks/code_blocks.py) and the width of a character of its font;
  // tables and diagrams are measured. All is read first, then the attributes set: one
  // layout of the page, not one per element.
  var canvas = document.createElement("canvas").getContext("2d");
  function wider(element) {
    if (!element.clientWidth) {
      return false; // not shown (a tab not chosen): Material sees to it once shown
    }
    var style = getComputedStyle(element);
    var columns = Number(style.getPropertyValue("--columns"));
    if (!columns) {
      return element.scrollWidth > element.clientWidth;
    }
    canvas.font = style.fontSize + " " + style.fontFamily;
    var room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return columns * canvas.measureText("0").width > room + 0.5; // half a pixel: rounding
  }
  var wide = Array.prototype.filter.call(
    document.querySelectorAll(".md-typeset pre > code, .md-typeset__scrollwrap, .md-typeset .diagram"),
    wider
  );
  wide.forEach(function (element) {
    element.setAttribute("tabindex", "0");
  });
});
