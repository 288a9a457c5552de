"""Figures as text: numbers, times and sizes, and Markdown tables."""


def number(value):
    """About three significant digits, no exponent: 0.0247, 1.59, 512."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def milliseconds(point):
    """'median (min–max)' of a measurement, in milliseconds."""
    low, mid, high = (point[k] * 1000 for k in ("min", "median", "max"))
    return f"{number(mid)} ({number(low)}–{number(high)})"


def size_label(size):
    """A size in bytes, in decimal units: 1 KB, 10 MB."""
    for unit, scale in (("MB", 10**6), ("KB", 10**3)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} B"


def markdown(header, rows):
    """A Markdown table: the header, a rule, one line per row."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(map(str, row)) + " |" for row in rows]
    return "\n".join(lines) + "\n"
