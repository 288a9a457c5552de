"""Importing a C extension not marked free-threading-safe turns the GIL on."""

import importlib
import os
import subprocess
import sys
import sysconfig
import tempfile
import warnings

# A module that does nothing; SLOT is where it may declare it needs no GIL.
C_SOURCE = """\
#include <Python.h>

static PyModuleDef_Slot slots[] = {
SLOT
    {0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, .m_name = "NAME", .m_slots = slots,
};

PyMODINIT_FUNC PyInit_NAME(void) { return PyModuleDef_Init(&module); }
"""
# As the C API free-threading HOWTO declares it: the slot is new in 3.13.
NO_GIL_SLOT = """\
#if PY_VERSION_HEX >= 0x030D0000
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif"""


def build(folder, name, slot):
    """Compile module `name` into `folder` with the C compiler."""
    source = os.path.join(folder, f"{name}.c")
    with open(source, "w") as file:
        file.write(C_SOURCE.replace("SLOT", slot).replace("NAME", name))
    library = name + sysconfig.get_config_var("EXT_SUFFIX")
    include = "-I" + sysconfig.get_paths()["include"]
    compiler = os.environ.get("CC", "cc")
    subprocess.run(
        [compiler, "-shared", "-fPIC", include, source, "-o", library],
        cwd=folder,
        check=True,
        timeout=60,
    )


def gil_enabled():
    # sys._is_gil_enabled() is new in 3.13; before that the GIL is always on.
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else check()


def main():
    free_threaded = sysconfig.get_config_var("Py_GIL_DISABLED")
    print("free-threaded build:", bool(free_threaded))
    print("GIL enabled at start:", gil_enabled())
    with tempfile.TemporaryDirectory() as folder:
        build(folder, "marked", NO_GIL_SLOT)
        build(folder, "unmarked", "")
        sys.path.insert(0, folder)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                for name in ("marked", "unmarked"):
                    importlib.import_module(name)
                    print(f"after import {name}: GIL enabled:", gil_enabled())
        finally:
            sys.path.remove(folder)
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")
    if not caught:
        print("no warning")


if __name__ == "__main__":
    main()
