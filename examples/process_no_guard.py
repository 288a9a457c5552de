import multiprocessing


def my_function():
    print("Hello from process")


# Create a process and start it
process = multiprocessing.Process(target=my_function)
process.start()

# Wait for the process to finish
process.join()
