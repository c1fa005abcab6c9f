"""The control plane (/__sandbox, contracts/sandbox.yaml) of a running simulator: clock, faults,
journal, seeding, emails, 3YC answers, state, and verify() over the journal. Every method answers
the parsed JSON of the route; a failed call raises AdobeError with the route's status and code."""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ._http import AdobeError, send_json, with_query
from .request_match import RequestVerificationError, count_problem, misses_of, report

JOURNAL_PAGE = 10_000  # the `limit` maximum of GET /__sandbox/journal
MATCH_FIELDS = {"method": "method", "path": "path", "status": "status", "customer_id": "customerId",
                "correlation_id": "correlationId", "query": "query", "headers": "headers", "body": "body"}


def _id(value: str) -> str:
    return quote(str(value), safe="")


def _match(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(fields) - set(MATCH_FIELDS))
    if unknown:
        raise TypeError(f"unknown request field(s): {', '.join(unknown)} (known: {', '.join(MATCH_FIELDS)})")
    return {MATCH_FIELDS[k]: v for k, v in fields.items()}


class Sandbox:
    def __init__(self, url: str, admin_token: str | None = None, timeout: float = 30.0):
        self.base = f"{url.rstrip('/')}/__sandbox"
        self.admin_token = admin_token
        self.timeout = timeout

    def call(self, method: str, path: str, body: Any = None, query: dict[str, Any] | None = None) -> Any:
        """Any control-plane operation: `call("GET", "/resellers")`."""
        headers = {"Authorization": f"Bearer {self.admin_token}"} if self.admin_token else {}
        response = send_json(method, with_query(f"{self.base}{path}", query), body, headers, self.timeout)
        if not response.ok:
            raise AdobeError.of(response)
        return response.body

    # State
    def reset(self, empty: bool = False) -> dict:
        """Back to the start fixtures (or nothing), their outbox included; also disarms faults and clears the journal."""
        return self.call("POST", "/reset", {"empty": True} if empty else None)

    def state(self) -> dict:
        return self.call("GET", "/state")

    def import_state(self, document: dict) -> dict:
        return self.call("PUT", "/state", document)

    # Seeding
    def resellers(self) -> list:
        return self.call("GET", "/resellers")

    def seed_reseller(self, reseller_id: str, seed: dict) -> dict:
        return self.call("PUT", f"/resellers/{_id(reseller_id)}", seed)

    def update_reseller(self, reseller_id: str, patch: dict) -> dict:
        return self.call("PATCH", f"/resellers/{_id(reseller_id)}", patch)

    def distributors(self) -> list:
        return self.call("GET", "/distributors")

    def update_distributor(self, distributor_id: str, patch: dict) -> dict:
        return self.call("PATCH", f"/distributors/{_id(distributor_id)}", patch)

    def customer(self, customer_id: str) -> dict:
        """The customer as the simulator keeps it (admins, 3YC dates, activatesAt…)."""
        return self.call("GET", f"/customers/{_id(customer_id)}")

    def seed_customer(self, customer_id: str, seed: dict) -> dict:
        return self.call("PUT", f"/customers/{_id(customer_id)}", seed)

    def update_customer(self, customer_id: str, patch: dict) -> dict:
        return self.call("PATCH", f"/customers/{_id(customer_id)}", patch)

    # Admin Console and 3YC, as the customer
    def admins(self, customer_id: str) -> list:
        return self.call("GET", f"/customers/{_id(customer_id)}/admins")

    def add_console_admin(self, customer_id: str, person: dict) -> list:
        return self.call("POST", f"/customers/{_id(customer_id)}/admins", person)

    def remove_console_admin(self, customer_id: str, email: str) -> list:
        return self.call("DELETE", f"/customers/{_id(customer_id)}/admins/{_id(email)}")

    def answer_three_year_commit(self, customer_id: str, answer: str, body: dict | None = None) -> dict:
        """`answer` is accept, decline or fulfil (body: ownsQuantities, orderedQuantities)."""
        return self.call("POST", f"/customers/{_id(customer_id)}/3yc/{_id(answer)}", body)

    # Emails
    def emails(self, customer_id: str | None = None, to: str | None = None) -> list:
        """Welcome emails sent, oldest first."""
        return self.call("GET", "/emails", query={"customerId": customer_id, "to": to})

    def clear_emails(self) -> int:
        return self.call("DELETE", "/emails")["cleared"]

    # Clock
    def clock(self) -> dict:
        return self.call("GET", "/clock")

    def advance_clock(self, duration: str) -> dict:
        """Moves the simulated clock by an ISO-8601 duration (`PT1M`, `P30D`, `-PT1H`)."""
        return self.call("POST", "/clock", {"advance": duration})

    def set_clock(self, now: str | None = None, frozen: bool | None = None) -> dict:
        return self.call("POST", "/clock", {k: v for k, v in (("now", now), ("frozen", frozen)) if v is not None})

    # Faults
    def faults(self) -> list:
        return self.call("GET", "/faults")

    def arm_fault(self, **fault: Any) -> dict:
        """`arm_fault(method="PATCH", path="/v3/customers/*", action="respond", status=500, count=2)`."""
        return self.call("POST", "/faults", fault)

    def delete_fault(self, fault_id: str) -> int:
        return self.call("DELETE", f"/faults/{_id(fault_id)}")["cleared"]

    def clear_faults(self) -> int:
        return self.call("DELETE", "/faults")["cleared"]

    # Journal
    def journal_page(self, **filters: Any) -> dict:
        """{total, capacity, entries}; filters: path, method, customer_id, status, correlation_id, limit."""
        query = {"path": filters.pop("path", None), "method": filters.pop("method", None),
                 "customerId": filters.pop("customer_id", None), "status": filters.pop("status", None),
                 "correlationId": filters.pop("correlation_id", None), "limit": filters.pop("limit", JOURNAL_PAGE)}
        if filters:
            raise TypeError(f"unknown journal filter(s): {', '.join(sorted(filters))}")
        return self.call("GET", "/journal", query=query)

    def journal(self, **filters: Any) -> list:
        """Requests of the simulated API and their answers, newest first."""
        return self.journal_page(**filters)["entries"]

    def clear_journal(self) -> int:
        return self.call("DELETE", "/journal")["cleared"]

    def verify(self, *, count: int | None = None, at_least: int | None = None, at_most: int | None = None,
               **match: Any) -> list:
        """The journal entries matching `match` (method, path, status, customer_id, correlation_id, query,
        headers, body), when as many match as expected (default: at least one); otherwise raises
        RequestVerificationError (an AssertionError) listing the near misses."""
        match = _match(match)
        page = self.journal_page()
        matched = [e for e in page["entries"] if not misses_of(match, e)]
        problem = count_problem(len(matched), count, at_least, at_most)
        if problem:
            raise RequestVerificationError(report(match, page["entries"], len(matched), problem, page["capacity"]), matched)
        return matched

    def count(self, **match: Any) -> int:
        match = _match(match)
        return sum(1 for e in self.journal() if not misses_of(match, e))

    # Pact
    def provider_state(self, state: str, params: dict | None = None) -> dict:
        return self.call("POST", "/provider-states", {"state": state, "params": params or {}, "action": "setup"})
