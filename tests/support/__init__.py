"""What the tests share: running examples (runs), the interpreters of the matrix (pythons),
the pages' Markdown (page_source), the built site (site), and the output recorder (record).

The facts about the examples themselves live in examples/_catalogue.py."""
