"""Show that `counter += 1` compiles to separate load, add and store steps."""

import dis

counter = 0


def increment():
    global counter
    counter += 1


def main():
    names = [step.opname for step in dis.get_instructions(increment)]
    load = names.index("LOAD_GLOBAL")
    store = names.index("STORE_GLOBAL")
    # The add instruction is named INPLACE_ADD up to 3.10, BINARY_OP after.
    add = next(
        index
        for index, name in enumerate(names)
        if name in ("INPLACE_ADD", "BINARY_OP")
    )
    print("In `counter += 1`:")
    separate = load < add < store
    print("  load, add and store are separate instructions:", separate)
    print("  instructions from the load to the store:", store - load + 1)


if __name__ == "__main__":
    main()
