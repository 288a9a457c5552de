"""The guide's benchmarks: ``python -m examples.bench`` measures and charts.

One run times serial code, threads and processes side by side and writes
``results.json``, Markdown tables and SVG charts (with matplotlib) into
``docs/assets/bench/``, which the "Measured performance" page shows.
"""
