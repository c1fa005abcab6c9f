"""Matching journal entries against what a test expects was sent, as the Node kit's verify() does:
method, path pattern (`*` within one segment, `**` any run), status, ids, query, headers, and body
fields (objects match partially at every depth, lists item by item, strings also by a compiled
regular expression). Each mismatch is described, so a failed verification lists the near misses."""
from __future__ import annotations

import json
import re
from typing import Any, Mapping

NEAR_MISSES = 5


def path_pattern(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(\*\*+|\*)", pattern)
    regex = "".join(".*" if p.startswith("**") else "[^/]*" if p == "*" else re.escape(p) for p in parts)
    return re.compile(f"{regex}\\Z")


def _shown(value: Any) -> str:
    if isinstance(value, re.Pattern):
        return f"/{value.pattern}/"
    return json.dumps(value)


def value_misses(expected: Any, actual: Any, at: str) -> list[str]:
    if isinstance(expected, re.Pattern):
        return [] if isinstance(actual, str) and expected.search(actual) else [f"{at} is {_shown(actual)}, not matching {_shown(expected)}"]
    if isinstance(expected, (list, tuple)):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{at} is {_shown(actual)}, not {len(expected)} items like {_shown(list(expected))}"]
        return [m for i, e in enumerate(expected) for m in value_misses(e, actual[i], f"{at}[{i}]")]
    if isinstance(expected, Mapping):
        if not isinstance(actual, dict):
            return [f"{at} is {_shown(actual)}, not an object"]
        return [m for k, e in expected.items() for m in value_misses(e, actual.get(k), f"{at}.{k}")]
    same = expected == actual and isinstance(expected, bool) == isinstance(actual, bool)
    return [] if same else [f"{at} is {_shown(actual)}, not {_shown(expected)}"]


def misses_of(match: Mapping[str, Any], entry: Mapping[str, Any]) -> list[str]:
    """Why a journal entry does not match (an empty list when it does)."""
    misses: list[str] = []
    if match.get("method") and entry["method"] != match["method"].upper():
        misses.append(f"method is {entry['method']}")
    if match.get("path") and not path_pattern(match["path"]).match(entry["path"]):
        misses.append(f"path is {entry['path']}")
    if match.get("status") is not None and entry["status"] != match["status"]:
        misses.append(f"status is {entry['status']}")
    for key in ("customerId", "correlationId"):
        if match.get(key) and entry.get(key) != match[key]:
            misses.append(f"{key} is {entry.get(key) or 'none'}")
    for name, expected in (match.get("query") or {}).items():
        misses += value_misses(expected, (entry.get("query") or {}).get(name), f"query.{name}")
    headers = entry.get("requestHeaders") or {}
    for name, expected in (match.get("headers") or {}).items():
        misses += value_misses(expected, headers.get(name.lower()), f"header {name}")
    if match.get("body") is not None:
        misses += value_misses(match["body"], entry.get("requestBody"), "body")
    return misses


def describe(match: Mapping[str, Any]) -> str:
    parts = [str(match.get("method") or "any method").upper(), match.get("path") or "any path"]
    parts += [f"{k} {_shown(match[k])}" for k in ("status", "customerId", "correlationId", "query", "headers", "body") if match.get(k) is not None]
    return " ".join(parts)


def count_problem(found: int, count: int | None, at_least: int | None, at_most: int | None) -> str | None:
    if count is not None and found != count:
        return f"expected exactly {count}"
    if at_least is not None and found < at_least:
        return f"expected at least {at_least}"
    if at_most is not None and found > at_most:
        return f"expected at most {at_most}"
    if count is None and at_least is None and at_most is None and found < 1:
        return "expected at least 1"
    return None


class RequestVerificationError(AssertionError):
    """The journal held the wrong number of matching requests; the message lists the near misses."""

    def __init__(self, message: str, matched: list[dict]):
        super().__init__(message)
        self.matched = matched


def report(match: Mapping[str, Any], entries: list[dict], matched: int, problem: str, capacity: int) -> str:
    near = sorted(((e, misses_of(match, e)) for e in entries), key=lambda pair: len(pair[1]))
    near = [(e, m) for e, m in near if m][:NEAR_MISSES]
    lines = [f"{problem} request(s) matching {describe(match)}, found {matched} "
             f"(among {len(entries)} journal entries, which keep the last {capacity} requests)"]
    if near:
        lines.append("Near misses (closest first):")
        lines += [f"  #{e['id']} {e['method']} {e['path']} -> {e['status']}: {'; '.join(m)}" for e, m in near]
    return "\n".join(lines)
