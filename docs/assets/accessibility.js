// Names that axe-core (tests/test_browser.py) asks for and Material's templates leave out.
document$.subscribe(function () {
  var search = document.querySelector(".md-search[role='dialog']");
  if (search) {
    search.setAttribute("aria-label", "Search");
  }
  // Each code block's copy-button bar is a <nav>; landmarks need distinct names.
  document.querySelectorAll("nav.md-code__nav").forEach(function (nav, index) {
    nav.setAttribute("aria-label", "Code block " + (index + 1) + " actions");
  });
  // A table or diagram wider than the page scrolls sideways; keyboard users reach it
  // with Tab.
  document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset .diagram").forEach(function (wrap) {
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.setAttribute("tabindex", "0");
    }
  });
});
