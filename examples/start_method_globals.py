"""What a child sees of a global changed at run time, under each method."""

import multiprocessing

SETTING = "import-time value"


def show_setting(method):
    print(f"{method:>10}: module {__name__!r}, SETTING = {SETTING!r}")


def main():
    global SETTING
    SETTING = "changed in main()"  # after import, before any child starts
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        child = ctx.Process(target=show_setting, args=(method,))
        child.start()
        child.join(timeout=10)  # one child at a time keeps the output in order
        if child.exitcode != 0:
            raise SystemExit(f"the {method} child failed: {child.exitcode}")


if __name__ == "__main__":
    main()
