"""Under spawn, a child runs the main module's top-level code again."""

import multiprocessing

print(f"top-level code runs in a module named {__name__!r}")


def work(method):
    print(f"work() runs in the {method} child")


def main():
    print("main() runs, in the parent only")
    for method in ("fork", "spawn"):
        ctx = multiprocessing.get_context(method)
        child = ctx.Process(target=work, args=(method,))
        child.start()
        child.join(timeout=10)  # one child at a time keeps the output in order
        if child.exitcode != 0:
            raise SystemExit(f"the {method} child failed: {child.exitcode}")


if __name__ == "__main__":
    main()
