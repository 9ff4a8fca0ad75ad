"""Metric names in PromQL expressions, without a PromQL parser (stdlib only).

Strips string literals, label matchers, range/offset brackets and grouping label lists, then keeps the
identifiers that are not functions, aggregations or keywords. Good for the expressions of this repository's
rules and dashboards; used by lint.py and metrics-used.py.
"""
import re

KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless",
            "offset", "inf", "nan", "atan2", "start", "end"}
_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`[^`]*`')
_BRACES = re.compile(r"\{[^{}]*\}")
_BRACKETS = re.compile(r"\[[^\[\]]*\]")
_GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)")
_IDENT = re.compile(r"(?<![\w.:$])([a-zA-Z_:][a-zA-Z0-9_:]*)\b(\s*\()?")


def metric_names(expr):
    """The metric names an expression reads, in order of first appearance."""
    s = _STRING.sub('""', expr)
    s = _BRACES.sub(" ", s)
    s = _BRACKETS.sub(" ", s)
    s = _GROUPING.sub(" ", s)
    seen = []
    for m in _IDENT.finditer(s):
        name, call = m.group(1), m.group(2)
        if call or name.lower() in KEYWORDS:
            continue
        if re.fullmatch(r"\d.*", name):
            continue
        if name not in seen:
            seen.append(name)
    return seen


if __name__ == "__main__":
    import sys
    for line in sys.stdin:
        print(" ".join(metric_names(line)))
