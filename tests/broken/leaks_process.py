"""Exits at once but leaves a process running in a session of its own."""

import subprocess
import sys


def main():
    subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(600)"],
        start_new_session=True,
    )


if __name__ == "__main__":
    main()
