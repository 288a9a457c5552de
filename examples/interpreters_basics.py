"""concurrent.interpreters (3.14): create, exec, call, and a shared queue."""

from concurrent import interpreters

greeting = "set in the main interpreter"


def word_count(text):
    return len(text.split())


def main():
    interp = interpreters.create()
    try:
        # exec() runs source code in the other interpreter's __main__,
        # in this thread; its names stay there.
        interp.exec("greeting = 'set in the subinterpreter'; answer = 6 * 7")
        print("main interpreter's greeting:", greeting)

        # call() runs a function there and brings its result back.
        print(
            "call(word_count, ...):",
            interp.call(word_count, "each interpreter has its own GIL"),
        )

        # A queue made by create_queue() is shared between interpreters.
        queue = interpreters.create_queue()
        interp.prepare_main(queue=queue)  # bind a name in its __main__
        interp.exec("queue.put(answer); queue.put(greeting)")
        print(
            "from the queue:", queue.get(timeout=5), "|", queue.get(timeout=5)
        )

        # Other objects cross as copies: a list comes back a new list.
        numbers = [1, 2]
        queue.put(numbers)
        interp.exec(
            "got = queue.get(timeout=5); got.append(3); queue.put(got)"
        )
        back = queue.get(timeout=5)
        print(
            "sent", numbers, "got back", back, "same object:", back is numbers
        )

        # An exception in the other interpreter arrives as ExecutionFailed.
        try:
            interp.exec("raise ValueError('bad input')")
        except interpreters.ExecutionFailed as error:
            print(
                "ExecutionFailed:",
                error.excinfo.type.__name__,
                error.excinfo.msg,
            )
    finally:
        interp.close()
    print("interpreters left:", len(interpreters.list_all()))


if __name__ == "__main__":
    main()
