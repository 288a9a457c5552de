"""Show that pickle.loads can call any function the data names."""

import pickle


class Harmless:
    def __reduce__(self):
        # Tells pickle: "to rebuild me, call print with these arguments".
        # Malicious data names os.system or similar instead.
        return (print, ("this line was printed by pickle.loads",))


def main():
    data = pickle.dumps(Harmless())
    print("the data names the function:", b"print" in data)
    result = pickle.loads(data)  # runs print(...) while loading
    print("loads returned:", result)


if __name__ == "__main__":
    main()
