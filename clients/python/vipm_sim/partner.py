"""A thin client of the simulated partner API: the IMS token (fetched once, fetched again when
the simulated clock has expired it), the headers every call needs (Authorization, X-Api-Key,
a fresh X-Correlation-Id unless one is given), JSON in and out. It never raises on an HTTP
status: a test asserts on `response.status` and `response.body`."""
from __future__ import annotations

import uuid
from typing import Any, Mapping
from urllib.parse import urlencode

from ._http import Response, send, send_json, with_query

DEFAULT_CLIENT_ID = "vipm-sim-client"
DEFAULT_CLIENT_SECRET = "vipm-sim-secret"


class TokenError(Exception):
    """The token endpoint refused the credentials (IMS shape: {error, error_description})."""

    def __init__(self, response: Response):
        body = response.body if isinstance(response.body, dict) else {}
        super().__init__(f"{response.status} {body.get('error', '')}: {body.get('error_description', response.text[:200])}")
        self.response = response


class PartnerClient:
    def __init__(self, url: str, client_id: str = DEFAULT_CLIENT_ID, client_secret: str = DEFAULT_CLIENT_SECRET,
                 timeout: float = 30.0):
        self.url = url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.timeout = timeout
        self._token: str | None = None

    def token(self, refresh: bool = False) -> str:
        if self._token is None or refresh:
            form = urlencode({"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret})
            response = send("POST", f"{self.url}/ims/token/v3", data=form.encode(),
                            headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=self.timeout)
            if response.status != 200:
                raise TokenError(response)
            self._token = response.body["access_token"]
        return self._token

    def headers(self, correlation_id: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}", "X-Api-Key": self.client_id,
                "X-Correlation-Id": correlation_id or str(uuid.uuid4())}

    def request(self, method: str, path: str, body: Any = None, *, query: Mapping[str, Any] | None = None,
                headers: Mapping[str, str] | None = None, correlation_id: str | None = None) -> Response:
        """One call; the same `correlation_id` again is a retry (the simulator replays the first answer)."""
        correlation_id = correlation_id or str(uuid.uuid4())
        url = with_query(f"{self.url}{path}", query)
        response = send_json(method, url, body, {**self.headers(correlation_id), **(headers or {})}, self.timeout)
        if response.status == 401 and not (headers and "Authorization" in headers):
            self.token(refresh=True)  # a clock jump expired it: one new token, the same request again
            response = send_json(method, url, body, {**self.headers(correlation_id), **(headers or {})}, self.timeout)
        return response

    def get(self, path: str, **options: Any) -> Response:
        return self.request("GET", path, **options)

    def post(self, path: str, body: Any = None, **options: Any) -> Response:
        return self.request("POST", path, body, **options)

    def patch(self, path: str, body: Any = None, **options: Any) -> Response:
        return self.request("PATCH", path, body, **options)
