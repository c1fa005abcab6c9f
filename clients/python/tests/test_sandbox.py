"""The control-plane client against a running simulator: clock, faults, journal, seeding, emails,
verify, and the route's Adobe error when a call is refused."""
import re

import pytest

from vipm_sim import AdobeError, RequestVerificationError

SEEDED = {
    "resellerId": "5556667778", "status": "1000",
    "companyProfile": {"companyName": "Seeded Co", "preferredLanguage": "en-US", "marketSegment": "COM",
                       "address": {"country": "US", "region": "CA", "city": "San Jose", "addressLine1": "1 Main St", "postalCode": "95110"},
                       "contacts": [{"firstName": "Sam", "lastName": "Seed", "email": "sam@seeded.example"}]},
}


def test_the_clock_advances_freezes_and_refuses_a_bad_duration(vipm_sandbox):
    assert vipm_sandbox.advance_clock("P1D")["now"].startswith("2026-11-02T09:00")
    assert vipm_sandbox.set_clock(now="2026-12-24T18:00:00Z", frozen=True) == {"now": "2026-12-24T18:00:00.000Z", "frozen": True}
    with pytest.raises(AdobeError) as refused:
        vipm_sandbox.advance_clock("one minute")
    assert refused.value.status == 400 and refused.value.code == "1117"
    assert vipm_sandbox.clock()["now"] == "2026-12-24T18:00:00.000Z"


def test_a_seeded_customer_is_what_the_partner_api_reads(vipm_sandbox, vipm_partner):
    vipm_sandbox.seed_customer("3000000001", SEEDED)
    assert vipm_partner.get("/v3/customers/3000000001").body["companyProfile"]["companyName"] == "Seeded Co"
    assert vipm_sandbox.customer("3000000001")["status"] == "1000"


def test_an_armed_fault_answers_the_next_matching_call_then_disarms(vipm_sandbox, vipm_partner):
    fault = vipm_sandbox.arm_fault(method="GET", path="/v3/customers/*", action="respond", status=500)
    assert [f["id"] for f in vipm_sandbox.faults()] == [fault["id"]]
    assert vipm_partner.get("/v3/customers/9876543210").status == 500
    assert vipm_partner.get("/v3/customers/9876543210").status == 200
    assert vipm_sandbox.faults() == []


def test_the_journal_filters_and_clears(vipm_sandbox, vipm_partner):
    vipm_partner.token()
    vipm_sandbox.clear_journal()
    vipm_partner.get("/v3/customers/9876543210")
    vipm_partner.get("/v3/customers/1999999999")
    assert [e["path"] for e in vipm_sandbox.journal(status=404)] == ["/v3/customers/1999999999"]
    assert vipm_sandbox.clear_journal() == 2
    assert vipm_sandbox.journal() == []


def test_the_outbox_holds_the_welcome_email_of_a_seeded_admin(vipm_sandbox):
    vipm_sandbox.add_console_admin("9876543210", {"firstName": "Daisy", "lastName": "Duck", "email": "daisy@mouse.com"})
    assert [a["email"] for a in vipm_sandbox.admins("9876543210") if a["source"] == "CONSOLE"] == ["daisy@mouse.com"]
    assert vipm_sandbox.clear_emails() == len(vipm_sandbox.state().get("emails", []))
    assert vipm_sandbox.emails() == []


def test_verify_answers_the_matching_requests_by_body_fields_and_patterns(vipm_sandbox, vipm_partner):
    patched = vipm_partner.patch("/v3/customers/9876543210", {"externalReferenceId": "ext-1"})
    matched = vipm_sandbox.verify(method="patch", path="/v3/customers/*", body={"externalReferenceId": re.compile("^ext-")}, count=1)
    assert matched[0]["path"] == "/v3/customers/9876543210"
    assert vipm_sandbox.count(path="/v3/**") == 1
    assert vipm_sandbox.count(path="/ims/**") == 1
    assert vipm_sandbox.count(customer_id="9876543210", status=patched.status) == 1
    with pytest.raises(TypeError, match="unknown request field.*bdy"):
        vipm_sandbox.verify(bdy={"externalReferenceId": "ext-1"})


def test_verify_lists_the_near_misses_when_the_count_is_wrong(vipm_sandbox, vipm_partner):
    vipm_partner.token()
    vipm_sandbox.clear_journal()
    vipm_partner.get("/v3/customers/9876543210")
    with pytest.raises(RequestVerificationError) as failed:
        vipm_sandbox.verify(method="PATCH", path="/v3/customers/*")
    assert str(failed.value).splitlines() == [
        "expected at least 1 request(s) matching PATCH /v3/customers/*, found 0 (among 1 journal entries, which keep the last 1000 requests)",
        "Near misses (closest first):",
        f"  #{vipm_sandbox.journal()[0]['id']} GET /v3/customers/9876543210 -> 200: method is GET",
    ]
