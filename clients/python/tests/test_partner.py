"""The partner client: token, required headers, a fresh correlation id per call, retries by id."""
import pytest

from vipm_sim import PartnerClient, TokenError

NEW_CUSTOMER = {
    "resellerId": "5556667778",
    "companyProfile": {"companyName": "Duckburg Widgets", "preferredLanguage": "en-US",
                       "address": {"country": "US", "region": "CA", "city": "San Jose", "addressLine1": "1 Main St", "postalCode": "95110"},
                       "contacts": [{"firstName": "Donald", "lastName": "Duck", "email": "donald@duckburg.example"}]},
}


def test_each_call_carries_the_api_key_the_token_and_a_fresh_correlation_id(vipm_partner, vipm_sandbox):
    for _ in range(2):
        assert vipm_partner.get("/v3/customers/9876543210").status == 200
    entries = vipm_sandbox.journal(path="/v3/customers/9876543210")
    assert [e["requestHeaders"]["x-api-key"] for e in entries] == ["vipm-sim-client"] * 2
    assert all(e["requestHeaders"]["authorization"].startswith("Bearer ****") for e in entries)
    assert entries[0]["correlationId"] != entries[1]["correlationId"]


def test_the_same_correlation_id_again_is_a_retry_answered_from_the_first_call(vipm_partner):
    first = vipm_partner.post("/v3/customers", NEW_CUSTOMER, correlation_id="retry-me-1")
    again = vipm_partner.post("/v3/customers", NEW_CUSTOMER, correlation_id="retry-me-1")
    assert first.status == again.status == 201
    assert again.body["customerId"] == first.body["customerId"]


def test_a_token_the_clock_expired_is_fetched_again(vipm_partner, vipm_sandbox):
    vipm_partner.get("/v3/customers/9876543210")
    old_token = vipm_partner.token()
    vipm_sandbox.advance_clock("P2D")
    assert vipm_partner.get("/v3/customers/9876543210").status == 200
    assert vipm_partner.token() != old_token


def test_query_parameters_and_adobe_errors_come_back_as_answers_not_exceptions(vipm_partner):
    listed = vipm_partner.get("/v3/resellers/5556667778/customers", query={"limit": 2})
    assert listed.status == 200 and listed.body["count"] == 2
    missing = vipm_partner.get("/v3/customers/1999999999")
    assert (missing.status, missing.body["code"]) == (404, "1116")


def test_wrong_credentials_raise_the_ims_error(vipm_sim):
    with pytest.raises(TokenError, match="401 invalid_client"):
        PartnerClient(vipm_sim.url, "vipm-sim-client", "wrong").token()
