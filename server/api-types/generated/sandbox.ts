// Generated from contracts/sandbox.yaml by `npm run generate:types`. Do not edit by hand.
/* eslint-disable */
export interface paths {
    "/__sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back to the loaded fixtures, or empty
         * @description Also clears armed faults and the request journal.
         */
        post: operations["resetState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the whole state (the fixture format) */
        get: operations["getState"];
        /** Import a whole state (replaces everything) */
        put: operations["putState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/resellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every reseller */
        get: operations["listResellers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/resellers/{reseller-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "reseller-id": string;
            };
            cookie?: never;
        };
        get?: never;
        /** Create or replace a reseller */
        put: operations["putReseller"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some fields of a reseller */
        patch: operations["patchReseller"];
        trace?: never;
    };
    "/__sandbox/distributors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every distributor, with its LGA and global-sales enablement */
        get: operations["listDistributors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/distributors/{distributor-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "distributor-id": string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Enable a distributor for LGA (or global sales), or set its country */
        patch: operations["patchDistributor"];
        trace?: never;
    };
    "/__sandbox/distributors/{distributor-id}/clients/{client-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "distributor-id": string;
                /** @description The client id, which is the X-Api-Key of the partner's calls. */
                "client-id": string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Give a distributor an API client (or a new secret to one it has), as Adobe's partner onboarding issues credentials
         * @description The client then gets tokens from /ims/token/v3 with this id and secret. A client id another distributor holds is 400/1117.
         */
        put: operations["putApiClient"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/linked-memberships/{linked-membership-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "linked-membership-id": components["parameters"]["LinkedMembershipId"];
            };
            cookie?: never;
        };
        /** A linked membership group as the sandbox portal shows it (owner, members, terms, levels) */
        get: operations["getLinkedMembershipGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/linked-memberships/{linked-membership-id}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "linked-membership-id": components["parameters"]["LinkedMembershipId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The owner accepts or rejects the linked membership terms in Admin Console (once) */
        post: operations["answerLinkedMembershipTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/linked-memberships/{linked-membership-id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "linked-membership-id": components["parameters"]["LinkedMembershipId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The owner's "Refresh Discount Level" (terms ACCEPTED first) recalculates the group's level now */
        post: operations["refreshLinkedMembershipLevel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/linked-memberships/{linked-membership-id}/authorization-codes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "linked-membership-id": components["parameters"]["LinkedMembershipId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The owner generates an authorization code (valid 72 simulated hours) for a member to join with */
        post: operations["issueLinkedMembershipCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/linked-membership/join": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer joins a linked membership in Admin Console with its owner's authorization code */
        post: operations["joinLinkedMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/open-acquisitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer adds licences in Admin Console that the partner has not ordered (they expire in 7 days) */
        post: operations["addOpenAcquisition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** A customer as the simulator keeps it (admins, 3YC dates and all) */
        get: operations["getSandboxCustomer"];
        /** Create or replace a customer in any state */
        put: operations["putSandboxCustomer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some fields of a customer (status, subscriptions, sub-segments, coterm date, 3YC, ...) */
        patch: operations["patchSandboxCustomer"];
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/reseller-change-code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer's administrator generates a reseller-change approval code in Admin Console (valid 7 simulated days)
         * @description A new code replaces the customer's unused one (the old code becomes invalid, 1128). `code` picks the 8 digits (for tests); left out, they are random.
         */
        post: operations["generateResellerChangeCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/reseller-change": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** The customer's latest reseller-change code (with its state on the clock) and its committed transfers, newest first */
        get: operations["getResellerChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/admins": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** The customer's Admin Console admins, with their source (API or CONSOLE) */
        get: operations["listAdmins"];
        put?: never;
        /** The customer adds an admin in Admin Console (it never appears in the API's contacts) */
        post: operations["addAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/admins/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
                email: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** The customer removes an admin in Admin Console (the only way an admin goes away) */
        delete: operations["removeAdmin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/3yc/{answer}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
                /** @description accept (to ACCEPTED, or COMMITTED with ownsQuantities), decline, or fulfil (orders reach the quantities of an ACCEPTED request, all or those of orderedQuantities) */
                answer: "accept" | "decline" | "fulfil";
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer answers the open 3YC request */
        post: operations["answerThreeYearCommit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin welcome emails the API sent, oldest first */
        get: operations["listEmails"];
        put?: never;
        post?: never;
        /** Empty the outbox */
        delete: operations["clearEmails"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** The customer's orders as the simulator keeps them (completesAt and failsWith included), settled on the clock */
        get: operations["listSandboxOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/orders/{order-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
                "order-id": string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set an order's status (an open order set to 1000 or a failure status settles at once) or move its creation date (the return window) */
        patch: operations["patchSandboxOrder"];
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/order-failure": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer's next NEW or RETURN order fails with this status when it settles */
        post: operations["armOrderFailure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the customer's anniversary now (the portal's coterm edit and Trigger Auto Renewal, in one call)
         * @description The customer's next renewal date (and its anniversary, if not already rolled by an early
         *     renewal) is moved to today and the anniversary runs at once: subscriptions with
         *     auto-renewal on renew (a RENEWAL order, source System), the others expire (1004). A
         *     renewal date already passed runs as it is. To get there on the clock instead, move the
         *     clock to the renewal date (POST /__sandbox/clock).
         */
        post: operations["triggerSandboxRenewal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** The customer's subscriptions as the simulator keeps them */
        get: operations["listSandboxSubscriptions"];
        put?: never;
        /** Give the customer a subscription (active, auto-renewing what it holds, unless told otherwise), as if ordered */
        post: operations["seedSandboxSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/customers/{customer-id}/subscriptions/{subscription-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
                "subscription-id": string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a subscription (quantities, status, renewal date, auto-renewal) */
        patch: operations["patchSandboxSubscription"];
        trace?: never;
    };
    "/__sandbox/vip-memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every VIP membership seeded (the sandbox portal's Created Memberships), with its transfer once made */
        get: operations["listVipMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/vip-memberships/{membership-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "membership-id": string;
            };
            cookie?: never;
        };
        /** One VIP membership as kept, with its transfer once made (unknown id 5115) */
        get: operations["getVipMembership"];
        /**
         * Create or replace a VIP membership (the sandbox portal's Quick Create and Custom Create)
         * @description Left at its defaults, the membership is eligible (Quick Create): one admin contact, 10
         *     Creative Cloud All Apps licences renewing at the anniversary, level 01, no 3YC. Every
         *     field of Custom Create can make it ineligible; `ineligibleReasons` adds 5117 reason codes
         *     by hand (those no field models). A membership already transferred cannot be replaced (5118).
         */
        put: operations["putVipMembership"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/flex-discounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every flexible discount defined, closed ones (not listed by GET /v3/flex-discounts) included */
        get: operations["listSandboxFlexDiscounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/flex-discounts/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        get?: never;
        /** Define or replace the discount with this code (what Adobe sets up; the portal's Edit Reusable Flex Discounts changes its end date) */
        put: operations["putSandboxFlexDiscount"];
        post?: never;
        /** Remove the discount (orders that used it keep their flexDiscounts) */
        delete: operations["deleteSandboxFlexDiscount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The simulated time */
        get: operations["getClock"];
        put?: never;
        /** Set, advance, freeze or restart the simulated clock */
        post: operations["changeClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Armed faults */
        get: operations["listFaults"];
        put?: never;
        /** Make the next N matching requests fail */
        post: operations["armFault"];
        /** Disarm every fault */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/faults/{fault-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "fault-id": string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disarm one fault */
        delete: operations["deleteFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent requests of the simulated API and their responses, newest first */
        get: operations["getJournal"];
        put?: never;
        post?: never;
        /** Empty the journal */
        delete: operations["clearJournal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/provider-states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider states the simulator can set up, with their params */
        get: operations["listProviderStates"];
        put?: never;
        /** Pact verifier's providerStatesSetupUrl */
        post: operations["setupProviderState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/provider-states/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The last state set up and its params ({} before any)
         * @description vipm-sim verify reads it: with params.credentials = "as-sent" the request's own Authorization and X-Api-Key are sent unchanged.
         */
        get: operations["currentProviderState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The simulated API's contract (contracts/openapi.yaml), for Prism, Postman or code generators
         * @description Unauthenticated, even with an admin token. `/openapi.json` serves the same document as JSON.
         */
        get: operations["getApiContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The simulated API's contract as JSON */
        get: operations["getApiContractJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/sandbox.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document (contracts/sandbox.yaml); `/__sandbox/sandbox.json` serves it as JSON */
        get: operations["getSandboxContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/sandbox.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document as JSON */
        get: operations["getSandboxContractJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the console and the API documents are
         * @description HTML for a browser (Accept text/html), JSON otherwise. Served without the admin token (it holds no state).
         */
        get: operations["home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the console and the API documents are (as GET /) */
        get: operations["sandboxHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web console's address without its slash */
        get: operations["webConsoleRedirect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/console/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web console (built by npm run build into dist/console/)
         * @description The page and its assets are served without the admin token: they hold no state, and a
         *     browser cannot send a bearer token when it opens a URL. Everything the console shows or
         *     changes goes through the operations of this document (with the admin token when the
         *     simulator has one: the console asks for it and keeps it in sessionStorage). Cache-Control
         *     no-cache; a Content-Security-Policy allows nothing from elsewhere. GET /__sandbox/console
         *     redirects here (301).
         */
        get: operations["webConsole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/console/assets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        /**
         * A script or style sheet of the console, named by its content hash
         * @description Cache-Control: public, max-age=31536000, immutable.
         */
        get: operations["webConsoleAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Pointer: {
            /** @constant */
            name: "vipm-sim";
            /** @example /__sandbox/console/ */
            console: string;
            documents: {
                controlPlane: string;
                partnerApi: string;
            };
        };
        ResetRequest: {
            /** @description true: no distributors, resellers or customers at all. */
            empty?: boolean;
        };
        Counts: {
            distributors: number;
            resellers: number;
            customers: number;
            emails: number;
        };
        /**
         * @description Adobe's account statuses: 1000 active, 1002 pending, 1004 inactive, 1010 invalid address, 1012 blocked, 1014 and 1024 duplicate account (1024 as the sandbox portal labels it), 1026 invalid customer id.
         * @enum {string}
         */
        AccountStatus: "1000" | "1002" | "1004" | "1010" | "1012" | "1014" | "1024" | "1026";
        ResellerChangeCodeRecord: {
            code: string;
            customerId: string;
            issuedAt: components["schemas"]["Instant"];
            expiresAt: components["schemas"]["Instant"];
            /** @description The transfer that used the code (then 1131). */
            transferId: string | null;
        };
        ResellerTransferRecord: {
            transferId: string;
            customerId: string;
            resellerId: string;
            previousResellerId: string;
            creationDate: components["schemas"]["Instant"];
            status: string;
            approvalCode: string;
            requestedBy: string | null;
            lineItems: components["schemas"]["ResellerTransferLine"][];
            benefits: components["schemas"]["ThreeYearCommitBenefit"][];
            discounts: {
                level: string;
                /** @enum {string} */
                offerType: "LICENSE" | "CONSUMABLES";
            }[];
        };
        /** Format: date-time */
        Instant: string;
        Reseller: {
            resellerId: string;
            distributorId: string;
            companyName: string;
            status: components["schemas"]["AccountStatus"];
            marketSegments: components["schemas"]["MarketSegment"][];
            externalReferenceId?: components["schemas"]["ExternalReferenceId"];
            preferredLanguage?: components["schemas"]["Locale"];
            address?: components["schemas"]["Address"];
            contacts?: components["schemas"]["Contact"][];
            creationDate?: components["schemas"]["Instant"];
            /** @description When a pending reseller becomes active on the simulated clock (null: never by itself). */
            activatesAt?: components["schemas"]["Instant"] | null;
        };
        ResellerFields: {
            distributorId?: string;
            companyName?: string;
            status?: components["schemas"]["AccountStatus"];
            marketSegments?: components["schemas"]["MarketSegment"][];
            externalReferenceId?: components["schemas"]["ExternalReferenceId"];
            preferredLanguage?: components["schemas"]["Locale"];
            address?: components["schemas"]["Address"];
            contacts?: components["schemas"]["Contact"][];
            creationDate?: components["schemas"]["Instant"];
            /** @description When a pending reseller becomes active on the simulated clock (null: never by itself). */
            activatesAt?: components["schemas"]["Instant"] | null;
        };
        ResellerSeed: WithRequired<components["schemas"]["ResellerFields"], "distributorId">;
        ResellerPatch: components["schemas"]["ResellerFields"];
        SeedProfile: {
            companyName: string;
            preferredLanguage: components["schemas"]["Locale"];
            marketSegment?: components["schemas"]["MarketSegment"];
            marketSubSegments?: components["schemas"]["MarketSubSegment"][];
            address: components["schemas"]["Address"];
            contacts: components["schemas"]["Contact"][];
        };
        NullableTerm: components["schemas"]["CommitmentTerm"] | null;
        ThreeYearCommitRecord: {
            commitment: components["schemas"]["NullableTerm"];
            commitmentRequest: components["schemas"]["NullableTerm"];
            recommitmentRequest: components["schemas"]["NullableTerm"];
            /** @description When the open request was made (its 7-day expiry runs from here). */
            requestedAt?: components["schemas"]["Instant"] | null;
            /** @description When the customer accepted (the 30-day compliance window runs from here). */
            acceptedAt?: components["schemas"]["Instant"] | null;
            /** @description What the customer ordered toward the ACCEPTED commitment request so far (fulfil with orderedQuantities). */
            orderedQuantities?: components["schemas"]["MinimumQuantity"][];
        };
        Admin: {
            email: string;
            firstName: string;
            lastName: string;
            /** @constant */
            role: "SYSTEM_ADMIN";
            /** @enum {string} */
            source: "API" | "CONSOLE";
            addedAt: components["schemas"]["Instant"];
        };
        AdminInput: {
            email: components["schemas"]["email"];
            firstName: components["schemas"]["PersonName"];
            lastName: components["schemas"]["PersonName"];
        };
        Distributor: {
            distributorId: string;
            name: string;
            lgaEnabled: boolean;
            country: string;
            globalSalesEnabled: boolean;
        };
        ApiClientSeed: {
            clientSecret: string;
        };
        ApiClient: {
            clientId: string;
            distributorId: string;
        };
        DistributorPatch: {
            /** @description Adobe enabled the distributor for Large Government Agency customers. */
            lgaEnabled?: boolean;
            /** @description Where it sells; LGA needs US or CA (1167). */
            country?: string;
            globalSalesEnabled?: boolean;
        };
        LgaRecord: {
            /**
             * @description UPGRADE_FAILED: the conversion did not hold at the anniversary (the API then shows no LGA benefit).
             * @enum {string}
             */
            status: "ACTIVE" | "PENDING_UPGRADE" | "UPGRADE_FAILED";
            requestedAt: components["schemas"]["Instant"];
            /** @description The anniversary date a conversion takes effect on. */
            upgradeDate: string | null;
            failureReason: string | null;
        };
        SubscriptionFacts: {
            /** @description Licences renewed at the anniversary (LGA conversion needs over 100; group levels add them up). */
            renewalQuantity?: number;
            /** @description A Team offer or consumables auto-renew (LGA conversion needs it off). */
            teamOrConsumablesAutoRenewal?: boolean;
        };
        OpenAcquisition: components["schemas"]["unpaidLicenses-items"];
        ConsoleLicences: {
            productName: string;
            baseOfferId: string;
            quantity: number;
            /** @description The Admin Console order; made up when absent. */
            referenceId?: string;
        };
        TermsAnswer: {
            /** @enum {string} */
            status: "ACCEPTED" | "REJECTED";
        };
        JoinRequest: {
            authorizationCode: string;
        };
        LinkedMembershipGroupRecord: {
            id: string;
            name: string;
            /** @enum {string} */
            type: "STANDARD" | "CONSORTIUM";
            country: string;
            marketSegment: components["schemas"]["MarketSegment"];
            benefitTypes: "LARGE_GOVERNMENT_AGENCY"[];
            distributorId: string;
            ownerId: string;
            members: {
                customerId: string;
                joinedAt: components["schemas"]["Instant"];
            }[];
            creationDate: string;
            /** @enum {string} */
            termsAcceptanceStatus: "REQUESTED" | "ACCEPTED" | "REJECTED";
            discounts: components["schemas"]["items"][];
            /** @description The last discount calculation: the creation, then each anniversary of the creation date. */
            lastRefreshDate: string;
            authorizationCodes: {
                code: string;
                issuedAt: components["schemas"]["Instant"];
                expiresAt: components["schemas"]["Instant"];
            }[];
        };
        /** @description Every field of a customer as the simulator keeps it, each optional. */
        CustomerFields: {
            resellerId?: string;
            externalReferenceId?: string;
            status?: components["schemas"]["AccountStatus"];
            /** @description While pending (1002): when Adobe's final validation makes the customer active (1000), or 1010 for an invalid address; null: never by itself. */
            activatesAt?: components["schemas"]["Instant"] | null;
            globalSalesEnabled?: boolean;
            /** @description Adobe found the customer eligible for global sales (1140 when false). */
            globalSalesEligible?: boolean;
            companyProfile?: components["schemas"]["SeedProfile"];
            discounts?: components["schemas"]["items"][];
            tags?: string[];
            cotermDate?: string;
            creationDate?: string;
            activeSubscriptions?: number;
            threeYearCommit?: components["schemas"]["ThreeYearCommitRecord"] | null;
            linkedMembership?: components["schemas"]["LinkedMembership"] | null;
            admins?: components["schemas"]["Admin"][];
            /** @description The Large Government Agency benefit. */
            lga?: components["schemas"]["LgaRecord"] | null;
            subscriptions?: components["schemas"]["SubscriptionFacts"];
            openAcquisitions?: components["schemas"]["unpaidLicenses-items"][];
            /** @description A global customer's deployments (docs/rules.md DEP-01). */
            deployments?: components["schemas"]["DeploymentRecord"][];
        };
        DeploymentRecord: {
            deploymentId: string;
            companyProfile: components["schemas"]["DeploymentAddress"];
            creationDate: string;
            /** @enum {string} */
            status: "1000" | "1004";
        };
        CustomerSeed: WithRequired<components["schemas"]["CustomerFields"], "resellerId" | "companyProfile">;
        CustomerPatch: {
            /** @description Shorthand for companyProfile.marketSubSegments. */
            marketSubSegments?: components["schemas"]["MarketSubSegment"][];
        } & components["schemas"]["CustomerFields"];
        /**
         * @description A REASON_CODE of Adobe's 5117 table (references/error-handling.md).
         * @enum {string}
         */
        VipReasonCode: "INVALID_COUNTRY" | "BAD_MARKET_SEGMENT" | "INACTIVE" | "EXTENDED_TERM_3YC" | "OPEN_PURCHASE_AUTH" | "CONTRACT_NOT_ACCEPTED" | "IN_WINDOW_PARTIAL_RENEWAL" | "RETURNABLE_PURCHASE" | "NO_TARGET_SKU" | "UNBILLED_ORDER" | "UNPAID_INVOICE" | "LINK_MEMBERSHIP_CHECK" | "HAS_UNPROCESSED_ORDERS" | "NOT_A_FULL_RENEWAL_IN_RENEWAL_WINDOW" | "LICENSE_WITHOUT_SALE_AQO_REFERENCED" | "SRC_DST_OFFER_IDS_HAS_PA_MISMATCH" | "3YC_LINKED_MEMBERSHIP" | "HVD_CUSTOMER" | "INVALID_PRICE_LEVEL_LM_MIGRATION" | "LM_OWNER_NOT_MIGRATED" | "NOT_A_WORLDWIDE_PURCHASER" | "3YC_DISCOUNT_LEVEL_MISMATCH" | "MINIMUM_HVD_QTY_NOT_MET" | "INVALID_LM_MIGRATION_LEVEL" | "OWNER_MEMBER_COUNTRY_MISMATCH" | "LGA_LM_MARKET_SEGMENT_MISMATCH" | "INVALID_LGA_MARKET_SEGMENT" | "NOT_LGA PARTNER" | "INSUFFICIENT_LGA_MOQ" | "LGA_QTY_LEVEL_MISMATCH";
        VipSubscription: {
            /** @description The VIP Marketplace offer the VIP product maps to (any level); one the catalogue lacks makes the membership NO_TARGET_SKU. */
            offerId: string;
            quantity: number;
            /**
             * Format: date
             * @description Default the anniversary date; a date past means the product did not renew (it transfers inactive).
             */
            renewalDate?: string;
            /** @description Default USD. */
            currencyCode?: string;
        };
        VipThreeYearCommit: {
            commitment: components["schemas"]["CommitmentTerm"];
            commitmentRequest?: components["schemas"]["NullableTerm"];
            /**
             * Format: date
             * @description When the customer accepted 3YC in VIP (default the commitment's startDate).
             */
            acceptedOn?: string;
        };
        VipMembershipFields: {
            companyName?: string;
            preferredLanguage?: components["schemas"]["Locale"];
            marketSegment?: components["schemas"]["MarketSegment"];
            address?: components["schemas"]["Address"];
            /** @description The VIP admin contacts (default one); none: 5120. */
            contacts?: components["schemas"]["Contact"][];
            /**
             * Format: date
             * @description The VIP anniversary (default 180 days from now); the customer's cotermDate after the transfer.
             */
            anniversaryDate?: string;
            subscriptions?: components["schemas"]["VipSubscription"][];
            /**
             * @description The VIP LICENSE level (default 01); 17 to 22 is a High Volume Discount customer.
             * @enum {string}
             */
            discountLevel?: "01" | "02" | "03" | "04" | "12" | "13" | "14" | "17" | "18" | "19" | "20" | "21" | "22";
            /** @description High Volume Discount: pre- or post-price-action pricing (default PRE). */
            hvdPricing?: ("PRE" | "POST") | null;
            threeYearCommit?: components["schemas"]["VipThreeYearCommit"] | null;
            /**
             * @description The sandbox portal's renewal status of the VIP subscriptions (default FULL).
             * @enum {string}
             */
            renewalStatus?: "FULL" | "PARTIAL" | "NO";
            /** @description The VIP account is active (default true); false: INACTIVE. */
            active?: boolean;
            /** @description The admin accepted the VIP terms (default true); false: CONTRACT_NOT_ACCEPTED. */
            termsAccepted?: boolean;
            /** @description Part of a linked membership (default false): LINK_MEMBERSHIP_CHECK. */
            linkedMembership?: boolean;
            /** @description Global sales enabled (default false): the distributor must be too (NOT_A_WORLDWIDE_PURCHASER). */
            worldwide?: boolean;
            /** @description Open purchase authorizations (default false): OPEN_PURCHASE_AUTH unless expire-open-pas. */
            openPurchaseAuthorizations?: boolean;
            /** @description The last VIP order: returnable for 14 days (RETURNABLE_PURCHASE unless ignore-order-return). */
            lastOrderDate?: string | null;
            ineligibleReasons?: components["schemas"]["VipReasonCode"][];
        };
        VipMembershipSeed: WithRequired<components["schemas"]["VipMembershipFields"], "companyName">;
        VipTransfer: {
            transferId: string;
            resellerId: string;
            customerId: string;
            creationDate: components["schemas"]["Instant"];
            completesAt: components["schemas"]["Instant"];
            lineItems: {
                lineItemNumber: number;
                offerId: string;
                quantity: number;
                subscriptionId: string;
                currencyCode: string;
            }[];
        };
        VipMembership: {
            membershipId: string;
            creationDate: components["schemas"]["Instant"];
            transfer: components["schemas"]["VipTransfer"] | null;
        } & WithRequired<components["schemas"]["VipMembershipFields"], "companyName" | "preferredLanguage" | "marketSegment" | "address" | "contacts" | "anniversaryDate" | "subscriptions" | "discountLevel" | "hvdPricing" | "threeYearCommit" | "renewalStatus" | "active" | "termsAccepted" | "linkedMembership" | "worldwide" | "openPurchaseAuthorizations" | "lastOrderDate" | "ineligibleReasons">;
        StateCustomer: {
            customerId: string;
        } & WithRequired<components["schemas"]["CustomerFields"], "resellerId" | "companyProfile">;
        CustomerRecord: {
            customerId: string;
        } & WithRequired<components["schemas"]["CustomerFields"], "resellerId" | "externalReferenceId" | "status" | "activatesAt" | "globalSalesEnabled" | "globalSalesEligible" | "companyProfile" | "discounts" | "tags" | "cotermDate" | "creationDate" | "activeSubscriptions" | "threeYearCommit" | "linkedMembership" | "admins" | "lga" | "subscriptions" | "openAcquisitions">;
        WelcomeEmail: {
            emailId: string;
            to: string;
            customerId: string;
            firstName: string;
            lastName: string;
            /** @constant */
            template: "ADMIN_WELCOME";
            sentAt: components["schemas"]["Instant"];
            requestId: string;
            correlationId: string;
        };
        StoredResponse: {
            status: number;
            headers: {
                [key: string]: string;
            };
            body: string;
        };
        StateDocument: {
            clock?: {
                now?: components["schemas"]["Instant"];
                frozen?: boolean;
            };
            sequences?: {
                customer?: number;
                linkedMembership?: number;
                email?: number;
                order?: number;
                deployment?: number;
                transfer?: number;
                reseller?: number;
            };
            distributors: {
                distributorId: string;
                name: string;
                /** @description The direct partner is enabled for global sales (default false); resellers need no flag of their own. */
                globalSalesEnabled?: boolean;
                clients: {
                    clientId: string;
                    clientSecret: string;
                }[];
                /** @description Default false. */
                lgaEnabled?: boolean;
                /** @description Default US. */
                country?: string;
            }[];
            /** @description Groups left out are derived from the customers' linkedMembership (owner and members, terms ACCEPTED). */
            linkedMembershipGroups?: components["schemas"]["LinkedMembershipGroupRecord"][];
            resellers: ({
                resellerId: string;
            } & WithRequired<components["schemas"]["ResellerFields"], "distributorId">)[];
            customers: components["schemas"]["StateCustomer"][];
            /** @description VIP memberships that can migrate to VIP Marketplace (fields left out take the seed's defaults). */
            vipMemberships?: ({
                membershipId: string;
                creationDate?: components["schemas"]["Instant"];
                transfer?: components["schemas"]["VipTransfer"] | null;
            } & WithRequired<components["schemas"]["VipMembershipFields"], "companyName">)[];
            emails?: components["schemas"]["WelcomeEmail"][];
            tokens?: {
                accessToken: string;
                clientId: string;
                issuedAt: components["schemas"]["Instant"];
                expiresAt: components["schemas"]["Instant"];
                /** @description The simulated clock passed expiresAt once: the token stays invalid even if the clock is set back. */
                expired?: boolean;
            }[];
            idempotency?: {
                key: string;
                response: components["schemas"]["StoredResponse"];
                expiresAt: components["schemas"]["Instant"];
            }[];
            requestIds?: {
                key: string;
                expiresAt: components["schemas"]["Instant"];
            }[];
            catalogue?: components["schemas"]["Catalogue"];
            /** @description The flexible discounts; left out, the default ones (fixtures/flex-discounts.json). */
            flexDiscounts?: (components["schemas"]["FlexDiscountDefinition"] & Record<string, never>)[];
            /** @description Orders as exported (every field); the simulator's own fields completesAt and failsWith included. */
            orders?: components["schemas"]["StateOrder"][];
            /** @description Subscriptions; a seed may give only customerId, offerId (the base level) and currentQuantity. */
            subscriptions?: components["schemas"]["StateSubscription"][];
            /** @description The approval codes customers generated in Admin Console for a reseller change. */
            resellerChangeCodes?: components["schemas"]["ResellerChangeCodeRecord"][];
            /** @description Committed reseller changes. */
            transfers?: components["schemas"]["ResellerTransferRecord"][];
        };
        ThreeYearCommitAnswer: {
            /** @description accept: the customer already owns the quantities, so the request is COMMITTED at once. */
            ownsQuantities?: boolean;
            /** @description fulfil: what the customer orders now, by offer type; it adds to earlier orders, and each offer type whose owned quantity reaches the request is committed while the others stay requested. Left out: the orders reach every quantity. */
            orderedQuantities?: components["schemas"]["MinimumQuantity"][];
        };
        Clock: {
            now: components["schemas"]["Instant"];
            frozen: boolean;
        };
        ClockChange: {
            now?: components["schemas"]["Instant"];
            /** @description ISO-8601 duration: P30D, PT1H, P1Y2M (checked by the control plane, whose answer says so: `advance "one minute" is not an ISO-8601 duration such as P30D or PT1H`). */
            advance?: string;
            frozen?: boolean;
        };
        FaultInput: {
            /** @enum {string} */
            method?: "*" | "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
            path: string;
            /** @default 1 */
            count?: number;
            /**
             * @description respond: answer status/code without doing anything; delay: wait delayMs, then handle normally; drop: close the connection without doing anything; drop-after-commit: handle and commit, then close the connection without answering.
             * @enum {string}
             */
            action: "respond" | "delay" | "drop" | "drop-after-commit";
            status?: number;
            code?: string;
            message?: string;
            /** @description A response body of its own (any JSON). */
            body?: unknown;
            delayMs?: number;
        };
        Fault: {
            id: string;
            method: string;
            path: string;
            remaining: number;
            action: string;
            status?: number;
            code?: string;
            message?: string;
            body?: unknown;
            delayMs?: number;
            createdAt: components["schemas"]["Instant"];
        };
        JournalEntry: {
            id: number;
            time: components["schemas"]["Instant"];
            method: string;
            path: string;
            query: {
                [key: string]: unknown;
            };
            /** @description The Authorization token is masked. */
            requestHeaders: {
                [key: string]: string;
            };
            /** @description Parsed JSON, text, or null. */
            requestBody: unknown;
            /** @description 0 when the connection was dropped. */
            status: number;
            responseHeaders: {
                [key: string]: string;
            };
            responseBody: unknown;
            correlationId?: string;
            requestId?: string;
            customerId?: string;
            fault?: string;
            durationMs: number;
        };
        Journal: {
            /** @description Entries the journal holds. */
            total: number;
            capacity: number;
            entries: components["schemas"]["JournalEntry"][];
        };
        ProviderStateRequest: {
            state: string;
            params?: {
                [key: string]: unknown;
            };
            /**
             * @default setup
             * @enum {string}
             */
            action?: "setup" | "teardown";
        };
        ProviderStateDescription: {
            state: string;
            description: string;
            params: {
                [key: string]: string;
            };
        };
        /** @description A flexible discount as the simulator keeps it (docs/rules.md FLX-01); eligibility lists left empty mean every segment, country or base offer. */
        FlexDiscountDefinition: {
            /** @description Default: derived from the code, UUID-shaped. */
            id?: string;
            /** @description In a state document; the PUT takes it from the path. */
            code?: string;
            name: string;
            description?: string;
            /**
             * @description INTRO: only for a customer buying the product for the first time.
             * @enum {string}
             */
            category: "STANDARD" | "INTRO";
            /** @enum {string} */
            type: "PERCENTAGE_DISCOUNT" | "FIXED_DISCOUNT" | "FIXED_PRICE";
            values: {
                country?: string;
                currency?: string;
                value: number;
            }[];
            startDate: components["schemas"]["Instant"];
            endDate: components["schemas"]["Instant"];
            discountLockEndDate?: components["schemas"]["Instant"];
            marketSegments?: ("COM" | "EDU" | "GOV")[];
            countries?: string[];
            baseOfferIds?: string[];
            /** @description Only for customers with a 3YC commitment (2166 otherwise). */
            threeYearCommitOnly?: boolean;
            /** @description Redeemed at most once per customer (2142 afterwards). */
            oneTime?: boolean;
            /** @description Default true; false makes a closed discount, usable but not listed. */
            listed?: boolean;
        };
        StateFlexDiscount: {
            id: string;
            code: string;
            name: string;
            description: string;
            /** @enum {string} */
            category: "STANDARD" | "INTRO";
            /** @enum {string} */
            type: "PERCENTAGE_DISCOUNT" | "FIXED_DISCOUNT" | "FIXED_PRICE";
            values: {
                country?: string;
                currency?: string;
                value: number;
            }[];
            startDate: string;
            endDate: string;
            discountLockEndDate?: string;
            marketSegments: ("COM" | "EDU" | "GOV")[];
            countries: string[];
            baseOfferIds: string[];
            threeYearCommitOnly: boolean;
            oneTime: boolean;
            listed: boolean;
        };
        /** @description The offer catalogue (fixtures/catalogue.json is the default one); offer ids are product code, segment code, level, A12. */
        Catalogue: {
            regions: {
                /** @enum {string} */
                region: "AP" | "JP" | "WE" | "LA" | "MX" | "EE" | "PA" | "NA";
                countries: string[];
                currencies: string[];
            }[];
            levelDiscounts: {
                [key: string]: number;
            };
            firstPriceListMonth: string;
            products: {
                productCode: string;
                productFamily: string;
                /** @enum {string} */
                offerType: "LICENSE" | "CONSUMABLES";
                /** @enum {string} */
                edition: "TEAM" | "ENTERPRISE";
                segments: {
                    COM?: string;
                    EDU?: string;
                    GOV?: string;
                };
                prices: {
                    [key: string]: number;
                };
                /** @description An add-on of this product code: bought only with it held or ordered in the same order (2129 INELIGIBLE_ADD_ON). */
                addOnTo?: string;
                /** @description Product codes a customer cannot hold or order together with this one (2129 INELIGIBLE_SWITCH). */
                incompatibleWith?: string[];
                /** @description Bought at most once a term (2129 CUSTOMER_NOT_ELIGIBLE_FOR_PURCHASE). */
                oncePerTerm?: boolean;
            }[];
            /** @description Mid-term upgrade paths, by product code; a target's sequence is its place in `to`. They apply in every segment where both products are sold. */
            switchPaths?: {
                from: string;
                to: {
                    productCode: string;
                    /** @enum {string} */
                    switchType: "PARTIAL_ALLOWED" | "FULL_ONLY";
                }[];
            }[];
            /** @description What Adobe recommends for a product the customer holds or orders (docs/rules.md RCM-02): each rule names two product codes of the catalogue; the rank within a category is the order of the rules. */
            recommendations?: {
                /** @enum {string} */
                category: "upsell" | "crossSell" | "addOn";
                from: string;
                to: string;
            }[];
        };
        StateSubscription: {
            subscriptionId?: string;
            customerId: string;
            offerId: string;
            currentQuantity: number;
            usedQuantity?: number;
            autoRenewal?: {
                enabled: boolean;
                renewalQuantity: number;
                flexDiscountCodes?: string[];
            };
            /** @description The partner set renewalQuantity itself, so orders leave it alone. */
            renewalQuantitySet?: boolean;
            creationDate?: components["schemas"]["Instant"];
            /** @description YYYY-MM-DD (default: the customer's cotermDate). */
            renewalDate?: string;
            /** @enum {string} */
            status?: "1000" | "1004" | "1009";
            currencyCode?: string;
            deploymentId?: string;
            /** @description Licences early renewed for the next term. */
            renewedQuantity?: number;
        };
        StateOrder: {
            orderId: string;
            customerId: string;
            externalReferenceId?: string;
            /** @enum {string} */
            orderType: "NEW" | "RETURN" | "RENEWAL" | "SWITCH" | "REVERT_SWITCH";
            referenceOrderId?: string;
            currencyCode?: string;
            creationDate: components["schemas"]["Instant"];
            status: string;
            source?: string;
            completesAt?: string | null;
            failsWith?: string | null;
            /** @description A RENEWAL order placed by a partner: the renewal date it renews (placed before it: early; after: late). */
            renews?: string;
            lineItems: {
                extLineItemNumber: number;
                offerId: string;
                quantity: number;
                subscriptionId?: string;
                status?: string;
                currencyCode?: string;
                deploymentId?: string;
                proratedDays?: number;
                pricing?: Record<string, never>;
            }[];
            /** @description Switch orders only, the subscription the licences move from (a revert, to). */
            cancellingItems?: {
                extLineItemNumber: number;
                referenceLineItemNumber: number;
                offerId: string;
                quantity: number;
                subscriptionId: string;
                pricing?: Record<string, never>;
            }[];
        };
        OrderEdit: {
            /** @enum {string} */
            status?: "1000" | "1002" | "1004" | "1008" | "1020" | "1022" | "1024" | "1026";
            creationDate?: components["schemas"]["Instant"];
        };
        SubscriptionSeed: {
            subscriptionId?: string;
            offerId: string;
            currentQuantity: number;
            usedQuantity?: number;
            autoRenewal?: {
                enabled: boolean;
                renewalQuantity: number;
            };
            creationDate?: components["schemas"]["Instant"];
            /** Format: date */
            renewalDate?: string;
            /** @enum {string} */
            status?: "1000" | "1004" | "1009";
            currencyCode?: string;
        };
        SubscriptionEdit: {
            currentQuantity?: number;
            usedQuantity?: number;
            /** @enum {string} */
            status?: "1000" | "1004" | "1009";
            /** Format: date */
            renewalDate?: string;
            autoRenewal?: {
                enabled: boolean;
                renewalQuantity: number;
            };
        };
        Error: {
            code: string;
            message: string;
            additionalDetails: string[];
        };
        /** @enum {string} */
        MarketSegment: "COM" | "EDU" | "GOV";
        items: {
            /** @enum {string} */
            offerType: "LICENSE" | "CONSUMABLES";
            level: string;
            /** @description A customer migrated with High Volume Discount: its VIP level and pricing (HVD_L18_PRE). */
            discountCode?: string;
        };
        /** @description Adobe's XSS_REGEX read as the Java pattern it is, where `[` opens a nested class, so only <, > and " are excluded. */
        ExternalReferenceId: string;
        /** @enum {string} */
        Locale: "bg-BG" | "cs-CZ" | "da-DK" | "de-DE" | "en-AE" | "en-GB" | "en-IL" | "en-US" | "en-XM" | "es-ES" | "es-LA" | "es-MX" | "es-NA" | "et-EE" | "fi-FI" | "fr-CA" | "fr-FR" | "fr-MA" | "fr-XM" | "hr-HR" | "hu-HU" | "it-IT" | "ja-JP" | "ko-KR" | "lt-LT" | "lv-LV" | "nb-NO" | "nl-NL" | "pl-PL" | "pt-BR" | "ro-RO" | "ru-RU" | "sk-SK" | "sl-SI" | "sr-RS" | "sr-SP" | "sv-SE" | "tr-TR" | "uk-UA" | "zh-CN" | "zh-HANS" | "zh-HANT" | "zh-TW";
        /** @description Free text without control characters. */
        PlainText: string;
        /** @description Free text without control characters, <, > or ": the address fields that Adobe's Swagger gives XSS_REGEX, read as Java as for ExternalReferenceId. */
        XssSafeText: string;
        Address: {
            /** @description ISO 3166-1 alpha-2. */
            country: string;
            /** @description ISO 3166-2 subdivision after the hyphen (US-CA: CA). */
            region: components["schemas"]["PlainText"];
            city: components["schemas"]["XssSafeText"];
            addressLine1: components["schemas"]["XssSafeText"];
            addressLine2?: components["schemas"]["XssSafeText"];
            postalCode: components["schemas"]["PlainText"];
            phoneNumber?: components["schemas"]["XssSafeText"];
        };
        /** @description Adobe's NAME_REGEX (https://developer.adobe.com/vipmp/docs/references/validations). */
        PersonName: string;
        Contact: {
            firstName: components["schemas"]["PersonName"];
            lastName: components["schemas"]["PersonName"];
            /** @description Adobe's EMAIL_REGEX (https://developer.adobe.com/vipmp/docs/references/validations), anchored. */
            email: string;
            phoneNumber?: components["schemas"]["PlainText"];
        };
        /** @enum {string} */
        MarketSubSegment: "K_12" | "HIGHER_ED" | "NON_PROFIT" | "FEDERAL" | "STATE";
        MinimumQuantity: {
            /** @enum {string} */
            offerType: "LICENSE" | "CONSUMABLES";
            quantity: number;
        };
        CommitmentTerm: {
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            /** @enum {string} */
            status: "REQUESTED" | "ACCEPTED" | "COMMITTED" | "ACTIVE" | "DECLINED" | "NONCOMPLIANT" | "EXPIRED" | "INACTIVE";
            minimumQuantities: components["schemas"]["MinimumQuantity"][];
        };
        LinkedMembership: {
            id: string;
            name: string;
            /** @enum {string} */
            type: "STANDARD" | "CONSORTIUM";
            /** @enum {string} */
            linkedMembershipType: "OWNER" | "MEMBER";
            /** @description No time zone, as Adobe sends it. */
            creationDate: string;
            /** @description LGA linked memberships only. */
            country?: string;
            /** @description LGA linked memberships only. */
            benefitTypes?: "LARGE_GOVERNMENT_AGENCY"[];
        };
        "unpaidLicenses-items": {
            referenceId: string;
            /** Format: date-time */
            creationDate: string;
            /**
             * Format: date-time
             * @description Seven days after creationDate.
             */
            expiryDate: string;
            quantity: number;
            productName: string;
            baseOfferId: string;
        };
        /** @description A deployment's address (the customer's Address schema). */
        DeploymentAddress: {
            address: components["schemas"]["Address"];
        };
        ResellerTransferLine: {
            lineItemNumber: number;
            offerId: string;
            quantity: number;
            subscriptionId: string;
            /** @description The subscription's renewal date, YYYY-MM-DD. */
            renewalDate: string;
            deploymentId?: string;
            currencyCode: string;
        };
        ThreeYearCommitBenefit: {
            /** @constant */
            type: "THREE_YEAR_COMMIT";
            commitment: components["schemas"]["CommitmentTerm"] | null;
            commitmentRequest: components["schemas"]["CommitmentTerm"] | null;
            recommitmentRequest: components["schemas"]["CommitmentTerm"] | null;
        };
        /** @description Adobe's EMAIL_REGEX (https://developer.adobe.com/vipmp/docs/references/validations), anchored. */
        email: string;
    };
    responses: {
        /** @description The group. */
        LinkedMembershipGroup: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LinkedMembershipGroupRecord"];
            };
        };
        /** @description A field is missing (1122), unexpected (1121) or invalid (1117). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The admin token is missing or wrong (simulator code 4010). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "4010",
                 *       "message": "The control plane needs Authorization Bearer <admin token>",
                 *       "additionalDetails": [
                 *         "Authorization"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such customer (1116), reseller (1115), linked membership (1143), distributor, admin or fault (4040). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description What the state now holds. */
        Counts: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Counts"];
            };
        };
        /** @description How many records were removed. */
        Cleared: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    cleared: number;
                };
            };
        };
        /** @description The reseller. */
        Reseller: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Reseller"];
            };
        };
        /** @description The customer as the simulator keeps it. */
        CustomerRecord: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomerRecord"];
            };
        };
        /** @description The customer's Admin Console admins. */
        Admins: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Admin"][];
            };
        };
        /** @description The simulated time. */
        Clock: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "now": "2026-11-01T09:00:00.000Z",
                 *       "frozen": false
                 *     }
                 */
                "application/json": components["schemas"]["Clock"];
            };
        };
    };
    parameters: {
        CustomerId: string;
        LinkedMembershipId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    resetState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "empty": false
                 *     }
                 */
                "application/json": components["schemas"]["ResetRequest"];
            };
        };
        responses: {
            200: components["responses"]["Counts"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state; save it as a fixture file or PUT it back. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateDocument"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    putState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clock": {
                 *         "now": "2026-11-01T09:00:00Z"
                 *       },
                 *       "distributors": [
                 *         {
                 *           "distributorId": "5000000001",
                 *           "name": "Demo Distributor",
                 *           "clients": [
                 *             {
                 *               "clientId": "demo-client",
                 *               "clientSecret": "demo-secret"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "resellers": [
                 *         {
                 *           "resellerId": "5556667778",
                 *           "distributorId": "5000000001",
                 *           "marketSegments": [
                 *             "COM"
                 *           ]
                 *         }
                 *       ],
                 *       "customers": []
                 *     }
                 */
                "application/json": components["schemas"]["StateDocument"];
            };
        };
        responses: {
            200: components["responses"]["Counts"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description A customer names a reseller the document does not hold (1115; a reseller naming no distributor is 400/1117). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResellers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resellers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reseller"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    putReseller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "reseller-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "distributorId": "5000000001",
                 *       "companyName": "EDU Resellers",
                 *       "status": "1000",
                 *       "marketSegments": [
                 *         "COM",
                 *         "EDU"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ResellerSeed"];
            };
        };
        responses: {
            200: components["responses"]["Reseller"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    patchReseller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "reseller-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "1004"
                 *     }
                 */
                "application/json": components["schemas"]["ResellerPatch"];
            };
        };
        responses: {
            200: components["responses"]["Reseller"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listDistributors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The distributors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distributor"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    patchDistributor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "distributor-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lgaEnabled": true,
                 *       "country": "US"
                 *     }
                 */
                "application/json": components["schemas"]["DistributorPatch"];
            };
        };
        responses: {
            /** @description The distributor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distributor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    putApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "distributor-id": string;
                /** @description The client id, which is the X-Api-Key of the partner's calls. */
                "client-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientSecret": "my-ci-secret"
                 *     }
                 */
                "application/json": components["schemas"]["ApiClientSeed"];
            };
        };
        responses: {
            /** @description The client (its secret is not echoed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientId": "my-ci-client",
                     *       "distributorId": "5000000001"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiClient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getLinkedMembershipGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "linked-membership-id": components["parameters"]["LinkedMembershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LinkedMembershipGroup"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    answerLinkedMembershipTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "linked-membership-id": components["parameters"]["LinkedMembershipId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "ACCEPTED"
                 *     }
                 */
                "application/json": components["schemas"]["TermsAnswer"];
            };
        };
        responses: {
            200: components["responses"]["LinkedMembershipGroup"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    refreshLinkedMembershipLevel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "linked-membership-id": components["parameters"]["LinkedMembershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LinkedMembershipGroup"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    issueLinkedMembershipCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "linked-membership-id": components["parameters"]["LinkedMembershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        linkedMembershipId: string;
                        code: string;
                        issuedAt: components["schemas"]["Instant"];
                        expiresAt: components["schemas"]["Instant"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    joinLinkedMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "authorizationCode": "9F2C4A1B7D3E"
                 *     }
                 */
                "application/json": components["schemas"]["JoinRequest"];
            };
        };
        responses: {
            200: components["responses"]["CustomerRecord"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    addOpenAcquisition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productName": "Acrobat Pro",
                 *       "baseOfferId": "65304921CA01A12",
                 *       "quantity": 1
                 *     }
                 */
                "application/json": components["schemas"]["ConsoleLicences"];
            };
        };
        responses: {
            /** @description The customer's open acquisitions. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["unpaidLicenses-items"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getSandboxCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CustomerRecord"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    putSandboxCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resellerId": "5556667778",
                 *       "status": "1000",
                 *       "activeSubscriptions": 2,
                 *       "companyProfile": {
                 *         "companyName": "Seeded Co",
                 *         "preferredLanguage": "en-US",
                 *         "marketSegment": "EDU",
                 *         "marketSubSegments": [
                 *           "HIGHER_ED"
                 *         ],
                 *         "address": {
                 *           "country": "US",
                 *           "region": "CA",
                 *           "city": "San Jose",
                 *           "addressLine1": "1 Main St",
                 *           "postalCode": "95110"
                 *         },
                 *         "contacts": [
                 *           {
                 *             "firstName": "Sam",
                 *             "lastName": "Seed",
                 *             "email": "sam@seeded.example"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CustomerSeed"];
            };
        };
        responses: {
            200: components["responses"]["CustomerRecord"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    patchSandboxCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "1012"
                 *     }
                 */
                "application/json": components["schemas"]["CustomerPatch"];
            };
        };
        responses: {
            200: components["responses"]["CustomerRecord"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    generateResellerChangeCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "code": "62159861"
                 *     }
                 */
                "application/json": {
                    code?: string;
                };
            };
        };
        responses: {
            /** @description The code. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerChangeCodeRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getResellerChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code and the transfers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        resellerId: string;
                        code: null | ({
                            /** @enum {string} */
                            state: "VALID" | "EXPIRED" | "USED";
                        } & components["schemas"]["ResellerChangeCodeRecord"]);
                        transfers: components["schemas"]["ResellerTransferRecord"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listAdmins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Admins"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    addAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstName": "Daisy",
                 *       "lastName": "Duck",
                 *       "email": "daisy@mouse.com"
                 *     }
                 */
                "application/json": components["schemas"]["AdminInput"];
            };
        };
        responses: {
            201: components["responses"]["Admins"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    removeAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Admins"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    answerThreeYearCommit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
                /** @description accept (to ACCEPTED, or COMMITTED with ownsQuantities), decline, or fulfil (orders reach the quantities of an ACCEPTED request, all or those of orderedQuantities) */
                answer: "accept" | "decline" | "fulfil";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "ownsQuantities": true
                 *     }
                 */
                "application/json": components["schemas"]["ThreeYearCommitAnswer"];
            };
        };
        responses: {
            200: components["responses"]["CustomerRecord"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listEmails: {
        parameters: {
            query?: {
                customerId?: string;
                /** @description Recipient address (any case). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The emails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WelcomeEmail"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    clearEmails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Cleared"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listSandboxOrders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateOrder"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    patchSandboxOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
                "order-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "creationDate": "2026-10-15T09:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["OrderEdit"];
            };
        };
        responses: {
            /** @description The order as kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    armOrderFailure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "1004"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    status: "1004" | "1020" | "1022" | "1024" | "1026";
                };
            };
        };
        responses: {
            /** @description The failure armed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        failNext: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    triggerSandboxRenewal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The anniversary run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customerId": "9876543210",
                     *       "renewalDate": "2026-12-07",
                     *       "cotermDate": "2027-12-07",
                     *       "renewalOrderId": "6412345678",
                     *       "subscriptions": []
                     *     }
                     */
                    "application/json": {
                        customerId: string;
                        /** @description The renewal date that ran (YYYY-MM-DD). */
                        renewalDate: string;
                        /** @description The customer's anniversary after it. */
                        cotermDate: string;
                        /** @description The RENEWAL order Adobe created, or "" when nothing was renewed. */
                        renewalOrderId: string;
                        subscriptions: components["schemas"]["StateSubscription"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listSandboxSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateSubscription"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    seedSandboxSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "offerId": "65304479CA01A12",
                 *       "currentQuantity": 10
                 *     }
                 */
                "application/json": components["schemas"]["SubscriptionSeed"];
            };
        };
        responses: {
            /** @description The subscription as kept. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    patchSandboxSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "customer-id": components["parameters"]["CustomerId"];
                "subscription-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "1004"
                 *     }
                 */
                "application/json": components["schemas"]["SubscriptionEdit"];
            };
        };
        responses: {
            /** @description The subscription as kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listVipMemberships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The memberships. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VipMembership"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getVipMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "membership-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The membership as kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VipMembership"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    putVipMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "membership-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VipMembershipSeed"];
            };
        };
        responses: {
            /** @description The membership as kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VipMembership"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listSandboxFlexDiscounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discounts as kept, in the order they were defined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateFlexDiscount"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    putSandboxFlexDiscount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Spring sale - Acrobat Pro",
                 *       "category": "STANDARD",
                 *       "type": "PERCENTAGE_DISCOUNT",
                 *       "values": [
                 *         {
                 *           "value": 25
                 *         }
                 *       ],
                 *       "startDate": "2026-01-01T00:00:00Z",
                 *       "endDate": "2027-06-30T23:59:59Z",
                 *       "marketSegments": [
                 *         "COM"
                 *       ],
                 *       "countries": [
                 *         "US",
                 *         "CA"
                 *       ],
                 *       "baseOfferIds": [
                 *         "65304921CA01A12"
                 *       ],
                 *       "oneTime": true
                 *     }
                 */
                "application/json": components["schemas"]["FlexDiscountDefinition"];
            };
        };
        responses: {
            /** @description The discount as kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateFlexDiscount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    deleteSandboxFlexDiscount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Cleared"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Clock"];
            401: components["responses"]["Unauthorized"];
        };
    };
    changeClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockChange"];
            };
        };
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The faults still armed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    armFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultInput"];
            };
        };
        responses: {
            /** @description The armed fault. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Cleared"];
            401: components["responses"]["Unauthorized"];
        };
    };
    deleteFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "fault-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Cleared"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getJournal: {
        parameters: {
            query: {
                /** @description Path, with * for one segment and ** for any (e.g. /v3/customers/*). */
                path?: string;
                method?: string;
                customerId?: string;
                status?: number;
                correlationId?: string;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching entries, newest first, and how many the journal holds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    clearJournal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Cleared"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listProviderStates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderStateDescription"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    setupProviderState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "state": "an active customer exists",
                 *       "params": {
                 *         "customerId": "1005512199"
                 *       },
                 *       "action": "setup"
                 *     }
                 */
                "application/json": components["schemas"]["ProviderStateRequest"];
            };
        };
        responses: {
            /** @description The state is set up; the body holds the values it used (for provider-state injected values). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    currentProviderState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        state?: string;
                        params?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getApiContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document, as shipped. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
        };
    };
    getApiContractJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    getSandboxContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document, as shipped. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getSandboxContractJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    home: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Links to the console and the documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Pointer"];
                };
            };
        };
    };
    sandboxHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Links to the console and the documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Pointer"];
                };
            };
        };
    };
    webConsoleRedirect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To /__sandbox/console/. */
            301: {
                headers: {
                    Location?: "/__sandbox/console/";
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The console's page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The console was not built. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    webConsoleAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its content type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                };
            };
            /** @description No such file (Adobe's error shape, code 4040). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
