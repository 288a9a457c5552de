"""The guide's benchmarks: ``python -m examples.bench`` measures and charts.

One run times serial code, threads and processes side by side and writes
``results.json``, Markdown tables and SVG charts (with matplotlib) into
``docs/assets/bench/``, which the "Measured performance" page shows.

Each benchmark is one module ending in its record (benchmark.Benchmark);
registry.BENCHMARKS lists the records in the order a run measures them.
"""
