"""docs/python.md's worked test, run as it is printed there (test_the_worked_test_is_the_one_in_the_docs
keeps the two the same)."""
import pathlib
import re

# worked test: begin
def test_a_new_customer_activates_and_its_admin_gets_the_welcome_email(vipm_partner, vipm_sandbox):
    created = vipm_partner.post("/v3/customers", {
        "resellerId": "5556667778",
        "companyProfile": {
            "companyName": "Duckburg Widgets", "preferredLanguage": "en-US",
            "address": {"country": "US", "region": "CA", "city": "San Jose",
                        "addressLine1": "1 Main St", "postalCode": "95110"},
            "contacts": [{"firstName": "Donald", "lastName": "Duck", "email": "donald@duckburg.example"}]}})
    assert created.status == 201 and created.body["status"] == "1002"  # pending
    customer_id = created.body["customerId"]

    vipm_sandbox.advance_clock("PT1M")  # the activation delay

    assert vipm_partner.get(f"/v3/customers/{customer_id}").body["status"] == "1000"
    emails = vipm_sandbox.emails(customer_id=customer_id)
    assert [(e["to"], e["template"]) for e in emails] == [("donald@duckburg.example", "ADMIN_WELCOME")]
# worked test: end


def test_the_worked_test_is_the_one_in_the_docs():
    here = pathlib.Path(__file__).read_text()
    worked = re.search(r"# worked test: begin\n(.*?)# worked test: end", here, re.S).group(1)
    docs = (pathlib.Path(__file__).parents[3] / "docs" / "python.md").read_text()
    assert worked.strip() in docs
    assert len(worked.strip().splitlines()) < 20
