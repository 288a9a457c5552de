#!/usr/bin/env bash
# Installs the CPythons the matrix runs that pyenv does not have here, at a fixed place outside
# the work tree so that every clone on this machine reuses them (`make pythons`; idempotent):
#   3.14 and 3.15: Debian unstable's binary packages, unpacked with dpkg-deb and pointed with
#                  patchelf at the C library they ship (this machine's glibc is older), with
#                  the C headers of libpython3.X-dev (an example compiles an extension);
#   3.13t:         free-threaded CPython 3.13 (--disable-gil), built from the upstream source
#                  in Debian trixie's python3.13 source package.
# Apt runs with a configuration of its own; the machine's sources are never read or changed.
set -euo pipefail

PREFIX=${PYTHONS_PREFIX:-/opt/verified-guide/pythons}
APT_DIR=$PREFIX/apt
SID_PACKAGES=(
  libc6 libgcc-s1 gcc-16-base libcrypt1 zlib1g libbz2-1.0 liblzma5 libzstd1 libssl3t64
  libexpat1 libffi8 libsqlite3-0 libuuid1 libtinfo6 libncursesw6 libreadline8t64 libdb5.3t64
  media-types tzdata python3-pip-whl python3-setuptools-whl
)

log() { echo "install-pythons: $*" >&2; }

need_tools() {
  local missing=()
  command -v patchelf >/dev/null || missing+=(patchelf)
  command -v dpkg-source >/dev/null || missing+=(dpkg-dev)
  if ((${#missing[@]})); then
    log "installing ${missing[*]} from the machine's own sources"
    apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}

apt_private() {
  apt-get -q \
    -o Dir::Etc::SourceList="$APT_DIR/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null \
    -o Dir::State="$APT_DIR/state" -o Dir::State::status="$APT_DIR/state/status" \
    -o Dir::Cache="$APT_DIR/cache" -o Debug::NoLocking=1 \
    -o Acquire::Check-Valid-Until=false -o APT::Sandbox::User=root "$@"
}

apt_setup() {
  [[ -f $APT_DIR/state/updated ]] && return
  mkdir -p "$APT_DIR/state/lists/partial" "$APT_DIR/cache/archives/partial" "$APT_DIR/debs"
  # sid serves its index with an expired Valid-Until; trixie has the 3.13 source package.
  cat >"$APT_DIR/sources.list" <<'LIST'
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
LIST
  : >"$APT_DIR/state/status"
  apt_private update >/dev/null
  touch "$APT_DIR/state/updated"
}

check() {  # interpreter, expected "major.minor", expected GIL state (True/False)
  # A file, not stdin: spawn and forkserver children import the parent's main module by path.
  local script=$PREFIX/check_interpreter.py
  cat >"$script" <<'PY'
import multiprocessing as mp, sys
want_version, want_gil = sys.argv[1], sys.argv[2] == "True"
version = "%d.%d" % sys.version_info[:2]
gil = getattr(sys, "_is_gil_enabled", lambda: True)()
assert version == want_version, f"{sys.executable} is {version}, not {want_version}"
assert gil == want_gil, f"{sys.executable}: GIL enabled is {gil}, expected {want_gil}"
if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        with mp.get_context(method).Pool(2) as pool:
            assert pool.map(abs, [-1, -2]) == [1, 2], method
    print(sys.executable, sys.version.split()[0], "GIL" if gil else "free-threaded", "ok")
PY
  timeout 60 "$1" "$script" "$2" "$3"
}

install_sid() {  # version, e.g. 3.14
  local version=$1 tree=$PREFIX/$1
  local python=$tree/usr/bin/python$version
  if [[ -f $tree/.installed ]] && check "$python" "$version" True >/dev/null 2>&1; then
    log "$version already installed: $python"; install_sid_headers "$version"; return
  fi
  apt_setup
  rm -rf "$tree" && mkdir -p "$tree"
  local packages=("${SID_PACKAGES[@]}" "python$version" "python$version-minimal"
    "libpython$version-minimal" "libpython$version-stdlib" "python$version-venv")
  log "downloading ${#packages[@]} packages from Debian unstable for $version"
  (cd "$APT_DIR/debs" && apt_private download "${packages[@]}" >/dev/null)
  for package in "${packages[@]}"; do
    dpkg-deb -x "$(ls "$APT_DIR"/debs/"${package}"_*.deb | sort -V | tail -1)" "$tree"
  done
  local libdir=$tree/usr/lib/x86_64-linux-gnu
  patchelf --set-interpreter "$libdir/ld-linux-x86-64.so.2" --force-rpath --set-rpath "$libdir" "$python"
  # Extension modules load libraries (libssl, libffi, ...) through the interpreter's rpath.
  # Debian compiles the bytecode when it installs a package; unpacked, it must be done here,
  # or every run compiles what it imports again (importing multiprocessing takes 5x longer).
  "$python" -m compileall -q -j0 "$tree/usr/lib/python$version" >/dev/null || true
  check "$python" "$version" True
  touch "$tree/.installed"
  install_sid_headers "$version"
}

install_sid_headers() {  # version, e.g. 3.14: Python.h and the rest, for compiling extensions
  local version=$1 tree=$PREFIX/$1
  local include=$tree/usr/include/python$version
  [[ -f $tree/.headers ]] && return
  apt_setup
  # The headers of the very version installed, even if unstable has moved on since.
  local exact
  exact=$(dpkg-deb -f "$(ls "$APT_DIR"/debs/python"$version"_*.deb | sort -V | tail -1)" Version)
  log "downloading libpython$version-dev $exact from Debian unstable for its C headers"
  (cd "$APT_DIR/debs" && apt_private download "libpython$version-dev=$exact" >/dev/null)
  dpkg-deb --fsys-tarfile "$APT_DIR/debs/libpython$version-dev_${exact/:/%3a}_amd64.deb" \
    | tar -x -C "$tree" ./usr/include
  # Debian's pyconfig.h only includes <x86_64-linux-gnu/python3.X/pyconfig.h> from the
  # system's include path, where this tree is not; put the real one in its place, so that
  # `-I` with sysconfig's include folder is all a compiler needs.
  cp "$tree/usr/include/x86_64-linux-gnu/python$version/pyconfig.h" "$include/pyconfig.h"
  [[ -f $include/Python.h ]] || { log "no Python.h in $include"; exit 1; }
  touch "$tree/.headers"
}

install_free_threaded() {
  local tree=$PREFIX/3.13t python=$PREFIX/3.13t/bin/python3.13t
  if [[ -f $tree/.installed ]] && check "$python" 3.13 False >/dev/null 2>&1; then
    log "3.13t already installed: $python"; return
  fi
  apt_setup
  local work=$PREFIX/build-3.13t
  rm -rf "$work" "$tree" && mkdir -p "$work"
  log "downloading python3.13's source package from Debian trixie"
  (cd "$work" && apt_private source --download-only python3.13 >/dev/null)
  tar -xf "$(ls "$work"/python3.13_*.orig.tar.xz)" -C "$work"
  log "building free-threaded CPython 3.13 (a few minutes)"
  (cd "$work"/Python-3.13.* \
    && ./configure --prefix="$tree" --disable-gil --disable-test-modules >"$work/configure.log" 2>&1 \
    && make -j"$(nproc)" >"$work/make.log" 2>&1 \
    && make install >"$work/install.log" 2>&1) || { log "build failed; see $work/*.log"; exit 1; }
  check "$python" 3.13 False
  touch "$tree/.installed"
  rm -rf "$work"
}

need_tools
mkdir -p "$PREFIX"
for target in "${@:-3.14 3.15 3.13t}"; do
  for one in $target; do
    case $one in
      3.13t) install_free_threaded ;;
      3.1[4-9]) install_sid "$one" ;;
      *) log "unknown interpreter $one"; exit 2 ;;
    esac
  done
done
