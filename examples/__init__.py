"""Complete example programs of the guide, one concept per module.

Each module runs as ``python -m examples.<module>``, as
``python examples/<module>.py``, or copied alone into a file of its own.
Their recorded output is in ``examples/output/``.
"""
