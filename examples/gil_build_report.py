"""Report whether this is a free-threaded CPython and whether the GIL is on."""

import sys
import sysconfig


def is_free_threaded_build():
    # 1 in a free-threaded build; 0 or None (before 3.13) in a default build.
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def is_gil_enabled():
    # sys._is_gil_enabled() is new in 3.13; before that the GIL is always on.
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else check()


def main():
    print("free-threaded build:", is_free_threaded_build())
    print("GIL enabled now:", is_gil_enabled())


if __name__ == "__main__":
    main()
