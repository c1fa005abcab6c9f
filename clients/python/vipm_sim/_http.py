"""JSON over HTTP with the standard library: one request, its status, headers and parsed body."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import urlencode

DEFAULT_TIMEOUT = 30.0


class AdobeError(Exception):
    """An answer in Adobe's error shape ({code, message, additionalDetails}), or any other failed answer."""

    def __init__(self, status: int, code: str, message: str, additional_details: list[str] | None = None):
        super().__init__(f"{status} {code} {message}" + (f" {additional_details}" if additional_details else ""))
        self.status = status
        self.code = code
        self.message = message
        self.additional_details = additional_details or []

    @classmethod
    def of(cls, response: "Response") -> "AdobeError":
        body = response.body
        if isinstance(body, dict) and isinstance(body.get("code"), str) and isinstance(body.get("message"), str):
            details = body.get("additionalDetails")
            return cls(response.status, body["code"], body["message"], [str(d) for d in details] if isinstance(details, list) else [])
        return cls(response.status, str(response.status), response.text[:500] or f"HTTP {response.status}")


@dataclass
class Response:
    status: int
    text: str
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def with_query(url: str, query: Mapping[str, Any] | None) -> str:
    pairs = {k: ("true" if v is True else "false" if v is False else str(v)) for k, v in (query or {}).items() if v is not None and v != ""}
    return f"{url}?{urlencode(pairs)}" if pairs else url


def send(method: str, url: str, *, data: bytes | None = None, headers: Mapping[str, str] | None = None,
         timeout: float = DEFAULT_TIMEOUT) -> Response:
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            status, raw, answer_headers = answer.status, answer.read(), answer.headers
    except urllib.error.HTTPError as error:
        status, raw, answer_headers = error.code, error.read(), error.headers
    text = raw.decode("utf-8", errors="replace")
    try:
        body = json.loads(text) if text else None
    except ValueError:
        body = None
    return Response(status, text, {k.lower(): v for k, v in answer_headers.items()}, body)


def send_json(method: str, url: str, body: Any = None, headers: Mapping[str, str] | None = None,
              timeout: float = DEFAULT_TIMEOUT) -> Response:
    all_headers = {"Accept": "application/json", **(headers or {})}
    data = None
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        all_headers["Content-Type"] = "application/json"
    return send(method, url, data=data, headers=all_headers, timeout=timeout)
