// Generated from contracts/openapi.yaml by `npm run generate:types`. Do not edit by hand.
/* eslint-disable */
export interface paths {
    "/v3/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer account
         * @description The customer starts pending (status 1002) and becomes active (1000) after the activation delay.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** Get a customer account */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a customer account
         * @description Replaces the company profile (send all of it). companyName, country and region must be
         *     resent unchanged; contacts left out stay System Admins in the customer's Admin Console;
         *     every contact sent gets the admin welcome email.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/v3/resellers/{reseller-id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a reseller's customers */
        get: operations["listCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/linked_membership_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search LGA linked membership groups
         * @description Only LGA groups, only for LGA-enabled distributors (1164 otherwise). Groups of every
         *     distributor are listed (enrolment then needs the group's own distributor: 1153).
         *     A missing or empty country is 1118 "Country cannot be null or empty", any country but US
         *     or CA is 1118 "Invalid Country", none found is 404/1143.
         */
        get: operations["searchLinkedMembershipGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}/linked_membership/enroll/{linked_membership_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 51002001 */
                linked_membership_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an LGA customer to an LGA linked membership of the same distributor and country
         * @description No body, no authorization code. The customer becomes a MEMBER with the group's discount level.
         */
        post: operations["enrollLinkedMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}/open-acquisitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * Licences the customer added in Admin Console that the partner has not ordered yet
         * @description Each expires seven days after the customer added it.
         */
        get: operations["getOpenAcquisitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * The customer's order history
         * @description Parameters are ANDed; order-type, status and offer-id may be repeated (ORed). Dates are
         *     YYYY-MM-DD (midnight UTC) or UTC date-times; start-date defaults to the current term's
         *     start, end-date to now. Newest first. A limit over 100 is 100; an offset past the orders
         *     found is 1133; any other bad value 1132.
         */
        get: operations["getOrderHistory"];
        put?: never;
        /**
         * Place a NEW, RETURN, RENEWAL, SWITCH or REVERT_SWITCH order, or preview one
         * @description PREVIEW places nothing and answers the order at the levels the customer is entitled to
         *     (any level of an offer in); with fetch-price=true each line carries its pricing and the
         *     order a pricingSummary. NEW, RETURN and RENEWAL answer an open order (1002) that completes
         *     (1000) on the simulated clock after the order delay (--order-delay, default PT1M).
         *     PREVIEW_SWITCH and SWITCH move licences of one subscription to a product its switch path
         *     allows (2149-2154); PREVIEW_REVERT_SWITCH and REVERT_SWITCH undo a SWITCH within 14 days.
         *     RENEWAL renews early (30 to 1 days before the renewal date) or late (up to 14 days after a
         *     subscription expired); PREVIEW_RENEWAL without lineItems answers what the auto-renewal
         *     would order (2136, 2164).
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}/orders/{order-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 5120000001 */
                "order-id": components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** One order */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an order's externalReferenceId (the only field the update order page allows) */
        patch: operations["updateOrder"];
        trace?: never;
    };
    "/v3/customers/{customer-id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** The customer's subscriptions */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Schedule a subscription for the next term (status 1009)
         * @description From 30 to 3 days before the anniversary, for a licence offer the customer does not hold, for a customer with an active subscription.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}/subscriptions/{subscription-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 43b889db7b4e7aa2d42b54b9813eebNA */
                "subscription-id": components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /** One subscription */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the auto-renewal preferences */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/v3/customers/{customer-id}/subscriptions/{subscription-id}/offer-switch-paths": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 43b889db7b4e7aa2d42b54b9813eebNA */
                "subscription-id": components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /**
         * The upgrade paths of one subscription (the mid-term FAQ's subscription-based call)
         * @description The switch paths from the subscription's base offer in the customer's market segment and
         *     country; none when the subscription is not active or its product cannot be switched.
         */
        get: operations["getSubscriptionSwitchPaths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/offer-switch-paths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upgrade paths by market segment, country and language, or of one customer's subscription
         * @description market-segment and country are required unless customer-id and subscription-id are both
         *     given (then the customer's segment and country are used, 1122 otherwise); language
         *     defaults to MULT, the language of every offer of the catalogue (other languages have no
         *     paths). offer-id keeps the paths from that offer's base offer. Paths of the catalogue's
         *     switchPaths apply in every segment and country where both products are sold.
         */
        get: operations["getOfferSwitchPaths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/pricelist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The price list of a region, segment, currency and month */
        post: operations["getPriceList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/memberships/{membership-id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer's VIP membership id.
                 * @example 12345678
                 */
                "membership-id": components["parameters"]["MembershipId"];
            };
            cookie?: never;
        };
        /**
         * Preview the offers of a VIP membership before its transfer to VIP Marketplace
         * @description One item per VIP subscription, with the VIP Marketplace offer it becomes; benefits and
         *     discounts for a 3YC customer (and the discountCode of a High Volume Discount customer).
         *     Unknown membership 400 5115; already transferred 5118; transfer under way 5121; no admin
         *     contact 5120; not eligible 5117 with the REASON_CODEs in additionalDetails.
         */
        get: operations["previewMembershipOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/memberships/{membership-id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer's VIP membership id.
                 * @example 12345678
                 */
                "membership-id": components["parameters"]["MembershipId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer a VIP membership's subscriptions to VIP Marketplace
         * @description Starts the transfer (status 1002, customerId empty); it completes (1000) on the simulated
         *     clock after the activation delay, when the new customer (pending until then) becomes active
         *     with the membership's subscriptions, anniversary date (cotermDate) and 3YC. A membership
         *     transfers once. Errors as the preview's, plus an unknown reseller (404 1115) and an
         *     inactive reseller (400 5119).
         */
        post: operations["createMembershipTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/memberships/{membership-id}/transfers/{transfer-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer's VIP membership id.
                 * @example 12345678
                 */
                "membership-id": components["parameters"]["MembershipId"];
                /** @example 5555luaigdfads555 */
                "transfer-id": string;
            };
            cookie?: never;
        };
        /**
         * Get the details of a VIP membership's transfer
         * @description Status 1002 while the transfer runs, 1000 once the customer exists (then customerId and each line's subscriptionId are set). Unknown membership or transfer, or another distributor's, 400 5116.
         */
        get: operations["getMembershipTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/flex-discounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open flexible discounts for a market segment and country
         * @description market-segment and country are required and checked against the partner (1160, 1178);
         *     categories and offer-ids are comma-separated; flex-discount-id goes alone (with the two
         *     required ones). ACTIVE discounts (future ones too); REUSABLE ones with
         *     include-eligible-reusable-discounts=true; closed discounts never. A limit over 50 is 50;
         *     an offset past the discounts found is 1133; any other bad value 1132.
         */
        get: operations["getFlexDiscounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}/flex-discounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * The reusable flexible discounts the customer used, ACTIVE or REUSABLE
         * @description Only limit (default 20, at most 50) and offset are parameters here.
         */
        get: operations["getCustomerFlexDiscounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/token/v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get an access token (OAuth client credentials, form body) */
        post: operations["getTokenV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/token/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get an access token (OAuth client credentials, query parameters) */
        post: operations["getTokenV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerservice/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Needs only X-Api-Key; with an Authorization header the token is checked too.
         */
        get: operations["ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check at the path the authentication page names
         * @description The same check as /partnerservice/ping: the authentication page says "All API calls, with the exception of `/ping`, require a valid IMS access token", and Adobe's Postman collection calls /ping.
         */
        get: operations["pingRoot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/resellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's distributor's resellers */
        get: operations["getResellerList"];
        put?: never;
        /**
         * Create a reseller account
         * @description The reseller starts pending (status 1002) and becomes active (1000) after the activation delay; without marketSegments it sells COM.
         */
        post: operations["createReseller"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/resellers/{reseller-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 5556667778 */
                "reseller-id": components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        /** Get a reseller account */
        get: operations["getReseller"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a reseller account
         * @description Replaces the company profile (send all of it). companyName, country and region must be
         *     resent unchanged; marketSegments must be sent and may add segments, never remove one.
         *     A pending, blocked or otherwise inactive reseller cannot be updated.
         */
        patch: operations["updateReseller"];
        trace?: never;
    };
    "/v3/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers of a reseller with licences pending a partner order
         * @description LICENSES_PENDING_PARTNER_ORDER, the only type Adobe supports: the customers of the reseller
         *     with at least one licence added in Admin Console within the last 7 days that the partner
         *     has not ordered (the open acquisitions). A reseller that is not the caller's lists none.
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview or commit a reseller change with the customer's approval code
         * @description The caller's reseller (`resellerId`) takes over the customer whose administrator generated
         *     the approval code in Admin Console (valid 7 days). PREVIEW answers status 1002, an empty
         *     transferId and the code with its expiry, and changes nothing; COMMIT moves the customer, its
         *     subscriptions and its orders to the reseller and answers status 1000 with the transferId.
         *     The customer may be of another distributor's reseller.
         */
        post: operations["createResellerTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/transfers/{transfer-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1100000001 */
                "transfer-id": string;
            };
            cookie?: never;
        };
        /**
         * A committed reseller change, for the distributor of the reseller that took the customer
         * @description The lines appear as `items` (the page's example) and as `lineItems` (the POST answer's name).
         */
        get: operations["getResellerTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** The customer's deployments */
        get: operations["listDeployments"];
        put?: never;
        /**
         * Create a deployment of a global customer
         * @description Only for a customer enabled for global sales (1140) of a distributor enabled for it
         *     (1139), with an address outside the customer's country (1141). The deployment starts
         *     active (1000).
         */
        post: operations["createDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/customers/{customer-id}/deployments/{deployment-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 3454000001 */
                "deployment-id": components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /** One deployment of the customer */
        get: operations["getDeployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a deployment's address or status
         * @description The address may change but not its country (1119); status 1004 deactivates, 1000
         *     reactivates; a deployment with active subscriptions cannot be deactivated (1117). The
         *     page's table says 201 "Deployment created"; the simulator answers 200 as every other
         *     PATCH (docs/rules.md DEP-06).
         */
        patch: operations["updateDeployment"];
        trace?: never;
    };
    "/v3/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Product recommendations for a customer
         * @description Upsells, cross-sells and add-ons from the catalogue's recommendation rules
         *     (fixtures/catalogue.json `recommendations`, docs/rules.md RCM-02): from the offers sent
         *     (ORDER_PREVIEW, RENEWAL_ORDER_PREVIEW) or the customer's active subscriptions (GENERIC,
         *     ORDERS_VIEW), without the products the customer holds or sends. 5136 for a country that is
         *     neither the customer's nor one of its active deployments', 5137 for a language other than
         *     EN or MULT.
         */
        post: operations["fetchRecommendations"];
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
        Error: {
            code: string;
            message: string;
            additionalDetails: string[];
        };
        ImsError: {
            error: string;
            error_description: string;
        };
        Token: {
            access_token: string;
            /** @constant */
            token_type: "bearer";
            /** @description Seconds until the token expires. */
            expires_in: number;
        };
        TokenRequest: {
            /** @constant */
            grant_type: "client_credentials";
            client_id: string;
            client_secret: string;
            scope?: string;
        };
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
        Contact: {
            firstName: components["schemas"]["PersonName"];
            lastName: components["schemas"]["PersonName"];
            /** @description Adobe's EMAIL_REGEX (https://developer.adobe.com/vipmp/docs/references/validations), anchored. */
            email: string;
            phoneNumber?: components["schemas"]["PlainText"];
        };
        /** @description Adobe's NAME_REGEX (https://developer.adobe.com/vipmp/docs/references/validations). */
        PersonName: string;
        /** @description The characters of Adobe's COMPANY_NAME_REGEX, 4 to 80 of them as its field table and resources page say (docs/rules.md CRE-07). */
        CompanyName: string;
        /** @enum {string} */
        MarketSegment: "COM" | "EDU" | "GOV";
        /** @enum {string} */
        MarketSubSegment: "K_12" | "HIGHER_ED" | "NON_PROFIT" | "FEDERAL" | "STATE";
        /** @enum {string} */
        Locale: "bg-BG" | "cs-CZ" | "da-DK" | "de-DE" | "en-AE" | "en-GB" | "en-IL" | "en-US" | "en-XM" | "es-ES" | "es-LA" | "es-MX" | "es-NA" | "et-EE" | "fi-FI" | "fr-CA" | "fr-FR" | "fr-MA" | "fr-XM" | "hr-HR" | "hu-HU" | "it-IT" | "ja-JP" | "ko-KR" | "lt-LT" | "lv-LV" | "nb-NO" | "nl-NL" | "pl-PL" | "pt-BR" | "ro-RO" | "ru-RU" | "sk-SK" | "sl-SI" | "sr-RS" | "sr-SP" | "sv-SE" | "tr-TR" | "uk-UA" | "zh-CN" | "zh-HANS" | "zh-HANT" | "zh-TW";
        /** @description Adobe's XSS_REGEX read as the Java pattern it is, where `[` opens a nested class, so only <, > and " are excluded. */
        ExternalReferenceId: string;
        CompanyProfileRequest: {
            companyName: components["schemas"]["CompanyName"];
            preferredLanguage: components["schemas"]["Locale"];
            marketSegment?: components["schemas"]["MarketSegment"];
            marketSubSegments?: components["schemas"]["MarketSubSegment"][];
            address: components["schemas"]["Address"];
            /** @description At least one contact, no limit (https://developer.adobe.com/vipmp/docs/references/resources). */
            contacts: components["schemas"]["Contact"][];
        };
        MinimumQuantity: {
            /** @enum {string} */
            offerType: "LICENSE" | "CONSUMABLES";
            quantity: number;
        };
        CommitmentTermRequest: {
            minimumQuantities: components["schemas"]["MinimumQuantity"][];
        };
        /** @description THREE_YEAR_COMMIT with a commitmentRequest or recommitmentRequest, or LARGE_GOVERNMENT_AGENCY alone (an LGA create or conversion); both kinds together are 1147. */
        BenefitRequest: {
            /** @enum {string} */
            type: "THREE_YEAR_COMMIT" | "LARGE_GOVERNMENT_AGENCY";
            commitmentRequest?: components["schemas"]["CommitmentTermRequest"];
            recommitmentRequest?: components["schemas"]["CommitmentTermRequest"];
        };
        CreateCustomerRequest: {
            resellerId: string;
            externalReferenceId?: components["schemas"]["ExternalReferenceId"];
            /** @description Adobe's COTERM_DATE_REGEX: a date, or empty for none. */
            cotermDate?: string;
            companyProfile: components["schemas"]["CompanyProfileRequest"];
            benefits?: components["schemas"]["BenefitRequest"][];
        };
        UpdateCustomerRequest: {
            externalReferenceId?: components["schemas"]["ExternalReferenceId"];
            globalSalesEnabled?: boolean;
            linkedMembership?: {
                /** @enum {string} */
                type: "STANDARD" | "CONSORTIUM";
                /** @description Max 80 characters (https://developer.adobe.com/vipmp/docs/lga/create). */
                name: components["schemas"]["PlainText"];
            };
            companyProfile: components["schemas"]["CompanyProfileRequest"];
            benefits?: components["schemas"]["BenefitRequest"][];
        };
        MembershipOffers: {
            totalCount: number;
            items: {
                offerId: string;
                currencyCode: string;
                quantity: number;
                /** Format: date */
                renewalDate: string;
            }[];
            benefits: {
                /** @constant */
                type: "THREE_YEAR_COMMIT";
                commitment: components["schemas"]["CommitmentTerm"] | null;
                commitmentRequest: components["schemas"]["CommitmentTerm"] | null;
            }[];
            discounts: components["schemas"]["MigrationDiscount"][];
        };
        MigrationDiscount: {
            level: string;
            /** @enum {string} */
            offerType: "LICENSE" | "CONSUMABLES" | "3YC";
            discountCode?: string;
        };
        MembershipTransferRequest: {
            resellerId: string;
        };
        MembershipTransfer: {
            transferId: string;
            /** @description Empty until the transfer completes. */
            customerId: string;
            membershipId: string;
            resellerId: string;
            /** Format: date-time */
            creationDate: string;
            /** @enum {string} */
            status: "1000" | "1002";
            lineItems: {
                lineItemNumber: number;
                offerId: string;
                quantity: number;
                /** @description Empty until the transfer completes. */
                subscriptionId: string;
                currencyCode: string;
                deploymentId?: string;
            }[];
            links: {
                self: components["schemas"]["Link"];
            };
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
        Benefit: components["schemas"]["ThreeYearCommitBenefit"] | components["schemas"]["LgaBenefit"];
        LgaBenefit: {
            /** @constant */
            type: "LARGE_GOVERNMENT_AGENCY";
            /**
             * @description PENDING_UPGRADE: a conversion that takes effect at the anniversary date.
             * @enum {string}
             */
            status: "ACTIVE" | "PENDING_UPGRADE";
        };
        ThreeYearCommitBenefit: {
            /** @constant */
            type: "THREE_YEAR_COMMIT";
            commitment: components["schemas"]["CommitmentTerm"] | null;
            commitmentRequest: components["schemas"]["CommitmentTerm"] | null;
            recommitmentRequest: components["schemas"]["CommitmentTerm"] | null;
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
        LinkedMembershipGroup: {
            id: string;
            name: string;
            /** @enum {string} */
            type: "STANDARD" | "CONSORTIUM";
            /** @description No time zone, as Adobe sends it. */
            creationDate: string;
            marketSegment: components["schemas"]["MarketSegment"];
            country: string;
            /** @description Members besides the owner. */
            membersCount: number;
            benefitTypes: "LARGE_GOVERNMENT_AGENCY"[];
            discounts: {
                /** @constant */
                offerType: "LICENSE";
                /** @enum {string} */
                level: "06" | "07" | "08" | "09";
            }[];
        };
        Enrollment: {
            /** @constant */
            message: "Customer Successfully enrolled in the Linked Membership";
        };
        OpenAcquisitions: {
            customerId: string;
            resellerId: string;
            /** @description The total quantity of the unpaid licences. */
            licenseCount: number;
            unpaidLicenses: {
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
            }[];
        };
        Link: {
            uri: string;
            method: string;
            headers: unknown[];
        };
        Customer: {
            externalReferenceId: string;
            customerId: string;
            resellerId: string;
            globalSalesEnabled: boolean;
            status: string;
            companyProfile: {
                companyName: string;
                preferredLanguage: string;
                marketSegment: components["schemas"]["MarketSegment"];
                marketSubSegments: components["schemas"]["MarketSubSegment"][];
                address: components["schemas"]["Address"];
                contacts: components["schemas"]["Contact"][];
            };
            discounts: {
                /** @enum {string} */
                offerType: "LICENSE" | "CONSUMABLES";
                level: string;
                /** @description A customer migrated with High Volume Discount: its VIP level and pricing (HVD_L18_PRE). */
                discountCode?: string;
            }[];
            tags?: string[];
            /** @description Empty until the first order. */
            cotermDate: string;
            /** Format: date-time */
            creationDate: string;
            benefits: components["schemas"]["Benefit"][];
            linkedMembership?: components["schemas"]["LinkedMembership"];
            links: {
                self: components["schemas"]["Link"];
            };
        };
        CustomerList: {
            totalCount: number;
            count: number;
            offset: number;
            limit: number;
            accounts: {
                externalReferenceId: string;
                customerId: string;
                resellerId: string;
                status: string;
                companyProfile: {
                    companyName: string;
                };
                /** Format: date-time */
                creationDate: string;
                links: {
                    self: components["schemas"]["Link"];
                };
            }[];
        };
        OrderLineRequest: {
            extLineItemNumber: number;
            offerId: string;
            quantity: number;
            currencyCode?: string;
            deploymentId?: string;
            discountCode?: string;
            /** @description One code per line; more is 2147. */
            flexDiscountCodes?: string[];
            /** @description Sent back by clients that resend response-shaped lines; ignored. */
            subscriptionId?: string;
            /** @description Ignored, as above. */
            status?: string;
            /** @description Ignored, as above. */
            pricing?: Record<string, never>;
            /** @description Ignored, as above. */
            proratedDays?: number;
        };
        /** @description lineItems may be left out of a PREVIEW_RENEWAL only (then it answers what the auto-renewal would order); 1122 otherwise. */
        OrderRequest: {
            /** @enum {string} */
            orderType: "NEW" | "RETURN" | "PREVIEW" | "RENEWAL" | "PREVIEW_RENEWAL" | "PREVIEW_SWITCH" | "SWITCH" | "PREVIEW_REVERT_SWITCH" | "REVERT_SWITCH";
            /** @description At most 35 characters; 50 on RETURN orders. */
            externalReferenceId?: string;
            currencyCode?: string;
            referenceOrderId?: string;
            lineItems?: components["schemas"]["OrderLineRequest"][];
            /** @description Switch orders only: the one subscription item the switch cancels. */
            cancellingItems?: components["schemas"]["CancellingItemRequest"][];
        };
        OfferSwitchPaths: {
            totalCount: number;
            count: number;
            offset: number;
            limit: number;
            productUpgrades: {
                sourceBaseOfferId: string;
                targetList: {
                    targetBaseOfferId: string;
                    sequence: number;
                    /** @enum {string} */
                    switchType: "PARTIAL_ALLOWED" | "FULL_ONLY";
                }[];
            }[];
        };
        CancellingItemRequest: {
            extLineItemNumber: number;
            referenceLineItemNumber: number;
            subscriptionId: string;
            quantity: number;
            discountCode?: string;
            /** @description Sent back by clients that resend response-shaped items; ignored. */
            offerId?: string;
        };
        CancellingItem: {
            extLineItemNumber: number;
            referenceLineItemNumber: number;
            offerId: string;
            quantity: number;
            subscriptionId: string;
            pricing?: components["schemas"]["LinePricing"];
        };
        UpdateOrderRequest: {
            externalReferenceId: components["schemas"]["ExternalReferenceId"];
        };
        LinePricing: {
            partnerPrice: number;
            discountedPartnerPrice: number;
            netPartnerPrice: number;
            lineItemPartnerPrice: number;
        };
        OrderLine: {
            extLineItemNumber: number;
            offerId: string;
            quantity: number;
            subscriptionId: string;
            status: string;
            currencyCode: string;
            deploymentId?: string;
            proratedDays?: number;
            pricing?: components["schemas"]["LinePricing"];
            flexDiscounts?: components["schemas"]["AppliedFlexDiscount"][];
        };
        AppliedFlexDiscount: {
            id: string;
            code: string;
            /** @enum {string} */
            result: "SUCCESS" | "FAILURE";
        };
        FlexDiscount: {
            id: string;
            /** @enum {string} */
            category: "STANDARD" | "INTRO";
            code: string;
            name: string;
            description: string;
            /** Format: date-time */
            startDate: string;
            /** Format: date-time */
            endDate: string;
            /** @enum {string} */
            status: "ACTIVE" | "EXPIRED" | "REUSABLE";
            /** Format: date-time */
            discountLockEndDate?: string;
            qualification: {
                baseOfferIds: string[];
            };
            outcomes: {
                /** @enum {string} */
                type: "PERCENTAGE_DISCOUNT" | "FIXED_DISCOUNT" | "FIXED_PRICE";
                discountValues: {
                    country?: string;
                    currency?: string;
                    value: number;
                }[];
            }[];
        };
        FlexDiscountList: {
            limit: number;
            offset: number;
            count: number;
            totalCount: number;
            flexDiscounts: components["schemas"]["FlexDiscount"][];
            /** @description next and prev are present only when there is such a page (never null). */
            links: {
                self: components["schemas"]["Link"];
                next?: components["schemas"]["Link"];
                prev?: components["schemas"]["Link"];
            };
        };
        Order: {
            externalReferenceId: string;
            orderId: string;
            customerId: string;
            /** @enum {string} */
            orderType: "NEW" | "RETURN" | "PREVIEW" | "RENEWAL" | "PREVIEW_RENEWAL" | "PREVIEW_SWITCH" | "SWITCH" | "PREVIEW_REVERT_SWITCH" | "REVERT_SWITCH";
            referenceOrderId: string;
            currencyCode: string;
            /** Format: date-time */
            creationDate: string;
            status: string;
            source: string;
            lineItems: components["schemas"]["OrderLine"][];
            cancellingItems?: components["schemas"]["CancellingItem"][];
            recommendations?: components["schemas"]["RecommendationsBlock"];
            pricingSummary?: {
                totalLineItemPartnerPrice: number;
                currencyCode: string;
            }[];
            links?: {
                self: components["schemas"]["Link"];
            };
        };
        OrderList: {
            totalCount: number;
            count: number;
            offset: number;
            limit: number;
            items: components["schemas"]["Order"][];
            /** @description next and prev are present only when there is such a page (never null). */
            links: {
                self: components["schemas"]["Link"];
                next?: components["schemas"]["Link"];
                prev?: components["schemas"]["Link"];
            };
        };
        AutoRenewal: {
            enabled: boolean;
            renewalQuantity: number;
            flexDiscountCodes?: string[];
        };
        Subscription: {
            subscriptionId: string;
            offerId: string;
            currentQuantity: number;
            usedQuantity: number;
            autoRenewal: components["schemas"]["AutoRenewal"];
            /** Format: date-time */
            creationDate: string;
            /** @description A plain date, YYYY-MM-DD (clients parse it so). */
            renewalDate: string;
            status: string;
            currencyCode: string;
            deploymentId?: string;
            /** @description Licences early renewed for the next term (the manual renewals page); present once an early renewal completed, until the renewal date. */
            renewedQuantity?: number;
            /** @description MANUAL_RENEWAL when a RENEWAL order may name the subscription today: within 30 days before the renewal date (early) or 14 days after it expired (late). Absent otherwise. */
            allowedActions?: "MANUAL_RENEWAL"[];
            links: {
                self: components["schemas"]["Link"];
            };
        };
        SubscriptionList: {
            totalCount: number;
            items: components["schemas"]["Subscription"][];
            recommendations?: components["schemas"]["RecommendationsBlock"];
            links: {
                self: components["schemas"]["Link"];
            };
        };
        /** @description Read-only fields of the subscription, when sent, are refused with 1119. autoRenewal is required (1122) unless reset-flex-discount-codes=true, whose body may be empty. */
        UpdateSubscriptionRequest: {
            autoRenewal?: {
                enabled?: boolean;
                renewalQuantity?: number;
                flexDiscountCodes?: string[];
            };
            subscriptionId?: unknown;
            offerId?: unknown;
            currentQuantity?: unknown;
            usedQuantity?: unknown;
            creationDate?: unknown;
            renewalDate?: unknown;
            status?: unknown;
            currencyCode?: unknown;
            deploymentId?: unknown;
            links?: unknown;
        };
        CreateSubscriptionRequest: {
            offerId: string;
            autoRenewal: {
                enabled: boolean;
                renewalQuantity: number;
                renewalCode?: string;
                flexDiscountCodes?: string[];
            };
            currencyCode?: string;
            deploymentId?: string;
        };
        PriceListRequest: {
            /** @enum {string} */
            region: "AP" | "JP" | "WE" | "LA" | "MX" | "EE" | "PA" | "NA";
            /** @enum {string} */
            marketSegment: "COM" | "EDU" | "GOV";
            /** @enum {string} */
            priceListType?: "STANDARD" | "3YC" | "STD-LGA";
            /** @enum {string} */
            currency: "AUD" | "EUR" | "GBP" | "JPY" | "USD";
            priceListMonth: string;
            filters?: {
                offerId?: string | null;
                productFamily?: string | null;
                firstOrderDate?: string | null;
                lastOrderDate?: string | null;
                discountCode?: string | null;
            };
            includeOfferAttributes?: string[];
        };
        PriceList: {
            priceListMonth: string;
            marketSegment: string;
            region: string;
            currency: string;
            priceListType: string;
            totalCount: number;
            count: number;
            limit: number;
            offset: number;
            offers: ({
                offerId: string;
                productFamily: string;
                firstOrderDate: string;
                lastOrderDate: string;
                partnerPrice: string;
            } & {
                [key: string]: string;
            })[];
        };
        ResellerCompanyProfileRequest: {
            companyName: components["schemas"]["CompanyName"];
            preferredLanguage: components["schemas"]["Locale"];
            /** @description COM, EDU or GOV, each once; any other value is 2135. None sent: COM. */
            marketSegments?: string[];
            address: components["schemas"]["Address"];
            contacts: components["schemas"]["Contact"][];
        };
        CreateResellerRequest: {
            /** @description The caller's distributor; any other is 1114. */
            distributorId: string;
            externalReferenceId?: components["schemas"]["ExternalReferenceId"];
            companyProfile: components["schemas"]["ResellerCompanyProfileRequest"];
        };
        UpdateResellerRequest: {
            externalReferenceId?: components["schemas"]["ExternalReferenceId"];
            companyProfile: WithRequired<components["schemas"]["ResellerCompanyProfileRequest"], "marketSegments">;
        };
        Reseller: {
            externalReferenceId: string;
            distributorId: string;
            resellerId: string;
            companyProfile: {
                companyName: string;
                preferredLanguage: string;
                marketSegments: components["schemas"]["MarketSegment"][];
                /** @description Absent for a reseller the control plane seeded without one. */
                address?: components["schemas"]["Address"];
                contacts: components["schemas"]["Contact"][];
            };
            /** Format: date-time */
            creationDate: string;
            status: string;
            links: {
                self: components["schemas"]["Link"];
            };
        };
        /** @description The page's example names the list accounts, its table resellers: accounts, as the example and the customer list. */
        ResellerList: {
            totalCount: number;
            count: number;
            offset: number;
            limit: number;
            accounts: {
                externalReferenceId: string;
                resellerId: string;
                distributorId: string;
                status: string;
                companyProfile: {
                    companyName: string;
                };
                /** Format: date-time */
                creationDate: string;
                links: {
                    self: components["schemas"]["Link"];
                };
            }[];
        };
        Notifications: {
            limit: number;
            offset: number;
            totalCount: number;
            count: number;
            items: {
                customerId: string;
                resellerId: string;
                /** @constant */
                notificationType: "LICENSES_PENDING_PARTNER_ORDER";
                links: {
                    self: components["schemas"]["Link"];
                };
            }[];
            links: {
                self: components["schemas"]["Link"];
            };
        };
        ResellerTransferRequest: {
            /** @enum {string} */
            type: "RESELLER_CHANGE";
            /** @enum {string} */
            action: "PREVIEW" | "COMMIT";
            /** @description The code the customer's administrator generated in Admin Console. */
            approvalCode: string;
            /** @description The reseller taking the customer (the caller's). */
            resellerId: string;
            /** Format: email */
            requestedBy?: string;
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
        ResellerTransfer: {
            /** @description Empty on a PREVIEW. */
            transferId: string;
            customerId: string;
            resellerId: string;
            /** @description PREVIEW only. */
            approval?: {
                code: string;
                /** Format: date-time */
                expiry: string;
            };
            /** Format: date-time */
            creationDate: string;
            /** @enum {string} */
            status: "1000" | "1002";
            totalCount: number;
            lineItems: components["schemas"]["ResellerTransferLine"][];
            /** @description GET only: the same lines. */
            items?: components["schemas"]["ResellerTransferLine"][];
            benefits: components["schemas"]["ThreeYearCommitBenefit"][];
            discounts: {
                level: string;
                /** @enum {string} */
                offerType: "LICENSE" | "CONSUMABLES";
            }[];
        };
        /** @description A deployment's address (the customer's Address schema). */
        DeploymentAddress: {
            address: components["schemas"]["Address"];
        };
        CreateDeploymentRequest: {
            companyProfile: components["schemas"]["DeploymentAddress"];
        };
        UpdateDeploymentRequest: {
            /** @enum {string} */
            status?: "1000" | "1004";
            companyProfile?: components["schemas"]["DeploymentAddress"];
        };
        Deployment: {
            deploymentId: string;
            companyProfile: components["schemas"]["DeploymentAddress"];
            /** Format: date-time */
            creationDate: string;
            /** @enum {string} */
            status: "1000" | "1004";
            links: {
                self: components["schemas"]["Link"];
            };
        };
        DeploymentList: {
            totalCount: number;
            count: number;
            offset: number;
            limit: number;
            items: components["schemas"]["Deployment"][];
            /** @description next and prev are present only when there is such a page (never null). */
            links: {
                self: components["schemas"]["Link"];
                next?: components["schemas"]["Link"];
                prev?: components["schemas"]["Link"];
            };
        };
        RecommendationRequest: {
            /**
             * @default GENERIC
             * @enum {string}
             */
            recommendationContext?: "GENERIC" | "ORDER_PREVIEW" | "RENEWAL_ORDER_PREVIEW" | "ORDERS_VIEW";
            customerId: string;
            offers?: {
                offerId?: string;
                quantity?: number;
            }[];
            /** @description Left out, the customer's country; 5136 when not allowed. */
            country?: string;
            /** @description EN or MULT (default MULT); 5137 otherwise. */
            language?: string;
        };
        Recommendation: {
            rank: number;
            product: {
                baseOfferId: string;
            };
            source: {
                /** @constant */
                sourceType: "OFFER";
                offerIds: string[];
            };
        };
        ProductRecommendations: {
            upsells: components["schemas"]["Recommendation"][];
            crossSells: components["schemas"]["Recommendation"][];
            addOns: components["schemas"]["Recommendation"][];
        };
        Recommendations: {
            productRecommendations: components["schemas"]["ProductRecommendations"];
        };
        /** @description The recommendations of a PREVIEW order or a subscription list with fetch-recommendations=true; a failure to fetch them is errorDetails, the call itself succeeding. */
        RecommendationsBlock: {
            productRecommendations?: components["schemas"]["ProductRecommendations"];
            errorDetails?: components["schemas"]["Error"];
        };
    };
    responses: {
        /** @description A header, field, query parameter or rule is broken (1117-1142, 2126, 2135, 4119, 4120), or an LGA rule (1147, 1163-1170); an unknown query parameter is 1121. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is invalid, expired, or not the API key's (4116). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "4116",
                 *       "message": "Authorization token is invalid: not a token the IMS endpoint issued",
                 *       "additionalDetails": [
                 *         "Authorization"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing or unknown (4115), or the token is missing (4117). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "4115",
                 *       "message": "API key is invalid or missing: no client has this id",
                 *       "additionalDetails": [
                 *         "X-Api-Key"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid customer (1116) or reseller (1115), including those of another distributor. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "1116",
                 *       "message": "Invalid Customer",
                 *       "additionalDetails": []
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The Accept header does not allow application/json (simulator code 4060). */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "4060",
                 *       "message": "Accept header must allow application/json",
                 *       "additionalDetails": [
                 *         "Accept"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is over 1 MB (simulator code 4130). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "4130",
                 *       "message": "Request body exceeds the 1 MB limit",
                 *       "additionalDetails": []
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Content-Type is not application/json (simulator code 4150). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "4150",
                 *       "message": "Content-Type must be application/json",
                 *       "additionalDetails": [
                 *         "Content-Type"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests (4118); the simulator sends it only when a fault is armed. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "4118",
                 *       "message": "Too many requests",
                 *       "additionalDetails": []
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal error (1124); from an armed fault or a failing store. Retry with the same X-Correlation-Id. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "1124",
                 *       "message": "Internal Server Error. Please try again later",
                 *       "additionalDetails": []
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An access token. */
        Token: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "access_token": "eyJhbGciOiJSUzI1NiJ9.c2ltdWxhdGVk.c2lnbmF0dXJl",
                 *       "token_type": "bearer",
                 *       "expires_in": 86399
                 *     }
                 */
                "application/json": components["schemas"]["Token"];
            };
        };
        /** @description IMS error (its own shape, not the partner API's). */
        ImsError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid_client",
                 *       "error_description": "invalid client_id or client_secret"
                 *     }
                 */
                "application/json": components["schemas"]["ImsError"];
            };
        };
    };
    parameters: {
        /** @example 9876543210 */
        CustomerId: string;
        /** @example 5556667778 */
        ResellerId: string;
        /**
         * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
         * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
         */
        CorrelationId: string;
        /**
         * @description Unique per call; generated when absent, echoed in the response.
         * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
         */
        RequestId: string;
        /**
         * @description When sent, it must allow application/json (else 406).
         * @example application/json
         */
        Accept: string;
        /**
         * @description Must be application/json (else 415).
         * @example application/json
         */
        ContentType: string;
        /**
         * @description The customer's VIP membership id.
         * @example 12345678
         */
        MembershipId: string;
        /** @description With true, a customer with returnable VIP purchases can transfer (and those purchases can no longer be returned). */
        IgnoreOrderReturn: boolean;
        /** @description With true, a customer with open VIP purchase authorizations can transfer (they expire with the transfer). */
        ExpireOpenPas: boolean;
        /** @example 5120000001 */
        OrderId: string;
        /** @example 43b889db7b4e7aa2d42b54b9813eebNA */
        SubscriptionId: string;
        /** @example 3454000001 */
        DeploymentId: string;
        /** @description With true, the answer carries a recommendations block (docs/rules.md RCM-04). */
        FetchRecommendations: boolean;
        /** @description Left out, the customer's country; 5136 in errorDetails when not allowed. */
        RecommendationCountry: string;
        /** @description EN or MULT (default MULT); 5137 in errorDetails otherwise. */
        RecommendationLanguage: string;
        /** @description With true, lines carry their pricing and the order a pricingSummary (a PREVIEW, or a completed order). */
        FetchPrice: boolean;
    };
    requestBodies: never;
    headers: {
        /** @description The request id sent, or the one generated. */
        RequestId: string;
        /** @description Identifies the recommendations answered; partners send it back on orders. */
        RecommendationTrackerId: string;
        /** @description The correlation id sent. */
        CorrelationId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createCustomer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description Customer created, pending validation. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerRequest"];
            };
        };
        responses: {
            /** @description The updated customer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listCustomers: {
        parameters: {
            query: {
                /** @description Only the customer with this id (the page lists filtering by customer ID; the parameter name is the simulator's, in the style of the others). */
                "customer-id"?: string;
                /** @description Account status to list (default 1000): 1000 active, 1002 pending, 1004 every inactive account (1004, and the inactive statuses that say why: 1010, 1012, 1014, 1024), 1026 invalid. */
                status: "1000" | "1002" | "1004" | "1026";
                "from-created-date"?: string;
                "to-created-date"?: string;
                /** @description Whole company name, case-insensitive; `*` matches any run of characters. */
                "company-name"?: string;
                limit: number;
                offset: number;
                "sort-by": "creationDate" | "companyName";
                "order-by": "asc" | "desc";
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 5556667778 */
                "reseller-id": components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the reseller's customers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    searchLinkedMembershipGroups: {
        parameters: {
            query: {
                /**
                 * @description US or CA.
                 * @example US
                 */
                country: string;
                /** @description The name or part of it, case-insensitive. */
                name?: string;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The LGA groups found. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "31002062",
                     *         "name": "Linked Membership Name",
                     *         "type": "STANDARD",
                     *         "creationDate": "2024-05-31T10:35:01",
                     *         "marketSegment": "GOV",
                     *         "country": "US",
                     *         "membersCount": 5,
                     *         "benefitTypes": [
                     *           "LARGE_GOVERNMENT_AGENCY"
                     *         ],
                     *         "discounts": [
                     *           {
                     *             "offerType": "LICENSE",
                     *             "level": "06"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["LinkedMembershipGroup"][];
                };
            };
            /** @description Invalid or missing country (1118), a name over 80 characters (1117), or a distributor not enabled for LGA (1164). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No LGA group matches (1143). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "1143",
                     *       "message": "Linked Account Group Not Found",
                     *       "additionalDetails": []
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    enrollLinkedMembership: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 51002001 */
                linked_membership_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Member added (or already a member of this group). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Customer Successfully enrolled in the Linked Membership"
                     *     }
                     */
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Country mismatch (1118), other distributor (1153), customer not LGA (1165), group not LGA (1166), already in a group or 3YC (1117), pending or blocked customer (1125), a body (1121). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Invalid customer (1116) or linked membership (1143). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOpenAcquisitions: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open licences. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customerId": "1005375278",
                     *       "resellerId": "1000214906",
                     *       "licenseCount": 2,
                     *       "unpaidLicenses": [
                     *         {
                     *           "referenceId": "PO281097476551717943",
                     *           "creationDate": "2024-03-28T06:03:50Z",
                     *           "expiryDate": "2024-04-04T06:03:50Z",
                     *           "quantity": 1,
                     *           "productName": "Audition",
                     *           "baseOfferId": "30006208CA01A12"
                     *         },
                     *         {
                     *           "referenceId": "PO281097476551717943",
                     *           "creationDate": "2024-03-28T06:03:51Z",
                     *           "expiryDate": "2024-04-04T06:03:51Z",
                     *           "quantity": 1,
                     *           "productName": "Acrobat Pro",
                     *           "baseOfferId": "65304921CA01A12"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OpenAcquisitions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrderHistory: {
        parameters: {
            query?: {
                "order-type"?: string[];
                status?: string[];
                "offer-id"?: string[];
                "reference-order-id"?: string;
                "reseller-id"?: string;
                "start-date"?: string;
                "end-date"?: string;
                limit?: string;
                offset?: string;
                "fetch-price"?: string;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the customer's orders. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createOrder: {
        parameters: {
            query?: {
                /** @description With true, lines carry their pricing and the order a pricingSummary (a PREVIEW, or a completed order). */
                "fetch-price"?: components["parameters"]["FetchPrice"];
                /** @description Switch orders: reassign users to the upgraded subscription. The simulator keeps no users; accepted and ignored. */
                "reassign-users"?: boolean;
                /** @description With true, the answer carries a recommendations block (docs/rules.md RCM-04). */
                "fetch-recommendations"?: components["parameters"]["FetchRecommendations"];
                /** @description Left out, the customer's country; 5136 in errorDetails when not allowed. */
                "recommendation-country"?: components["parameters"]["RecommendationCountry"];
                /** @description EN or MULT (default MULT); 5137 in errorDetails otherwise. */
                "recommendation-language"?: components["parameters"]["RecommendationLanguage"];
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description The order placed (1002), or the PREVIEW. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrder: {
        parameters: {
            query?: {
                /** @description With true, lines carry their pricing and the order a pricingSummary (a PREVIEW, or a completed order). */
                "fetch-price"?: components["parameters"]["FetchPrice"];
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 5120000001 */
                "order-id": components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order (prices with fetch-price=true once it is complete). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 5120000001 */
                "order-id": components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "externalReferenceId": "34567"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOrderRequest"];
            };
        };
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description With true, the answer carries a recommendations block (docs/rules.md RCM-04). */
                "fetch-recommendations"?: components["parameters"]["FetchRecommendations"];
                /** @description Left out, the customer's country; 5136 in errorDetails when not allowed. */
                "recommendation-country"?: components["parameters"]["RecommendationCountry"];
                /** @description EN or MULT (default MULT); 5137 in errorDetails otherwise. */
                "recommendation-language"?: components["parameters"]["RecommendationLanguage"];
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every subscription of the customer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "items": [
                     *         {
                     *           "subscriptionId": "43b889db7b4e7aa2d42b54b9813eebNA",
                     *           "offerId": "65322651CA01A12",
                     *           "currentQuantity": 10,
                     *           "usedQuantity": 4,
                     *           "autoRenewal": {
                     *             "enabled": true,
                     *             "renewalQuantity": 10
                     *           },
                     *           "creationDate": "2024-10-23T10:23:11Z",
                     *           "renewalDate": "2025-10-23",
                     *           "status": "1000",
                     *           "currencyCode": "USD",
                     *           "links": {
                     *             "self": {
                     *               "uri": "/v3/customers/D1005038400/subscriptions/43b889db7b4e7aa2d42b54b9813eebNA",
                     *               "method": "GET",
                     *               "headers": []
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": {
                     *           "uri": "/v3/customers/D1005038400/subscriptions",
                     *           "method": "GET",
                     *           "headers": []
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "offerId": "65304470CA01A12",
                 *       "autoRenewal": {
                 *         "enabled": true,
                 *         "renewalQuantity": 100
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The scheduled subscription (the create subscription page answers 200). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 43b889db7b4e7aa2d42b54b9813eebNA */
                "subscription-id": components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateSubscription: {
        parameters: {
            query?: {
                /** @description true removes the flexible discount codes opted for the next renewal. */
                "reset-flex-discount-codes"?: boolean;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 43b889db7b4e7aa2d42b54b9813eebNA */
                "subscription-id": components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "autoRenewal": {
                 *         "enabled": true,
                 *         "renewalQuantity": 7
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSubscriptionSwitchPaths: {
        parameters: {
            query: {
                language: string;
                limit: number;
                offset: number;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 43b889db7b4e7aa2d42b54b9813eebNA */
                "subscription-id": components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of upgrade paths. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferSwitchPaths"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOfferSwitchPaths: {
        parameters: {
            query: {
                "market-segment"?: "COM" | "EDU" | "GOV";
                country?: string;
                language: string;
                "offer-id"?: string;
                "customer-id"?: string;
                "subscription-id"?: string;
                limit: number;
                offset: number;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of upgrade paths. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferSwitchPaths"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPriceList: {
        parameters: {
            query: {
                limit: number;
                offset: number;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "region": "NA",
                 *       "marketSegment": "COM",
                 *       "priceListType": "STANDARD",
                 *       "currency": "USD",
                 *       "priceListMonth": "202611",
                 *       "filters": {
                 *         "productFamily": "Creative Cloud All Apps"
                 *       },
                 *       "includeOfferAttributes": [
                 *         "levelDetails",
                 *         "productType"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PriceListRequest"];
            };
        };
        responses: {
            /** @description One page of the price list. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    previewMembershipOffers: {
        parameters: {
            query: {
                /** @description With true, a customer with returnable VIP purchases can transfer (and those purchases can no longer be returned). */
                "ignore-order-return": components["parameters"]["IgnoreOrderReturn"];
                /** @description With true, a customer with open VIP purchase authorizations can transfer (they expire with the transfer). */
                "expire-open-pas": components["parameters"]["ExpireOpenPas"];
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description The customer's VIP membership id.
                 * @example 12345678
                 */
                "membership-id": components["parameters"]["MembershipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Preview returned. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipOffers"];
                };
            };
            /** @description Invalid membership (5115), already transferred (5118), no admin contacts (5120), transfer in progress (5121), not eligible (5117), or a header or query parameter broken. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createMembershipTransfer: {
        parameters: {
            query: {
                /** @description With true, a customer with returnable VIP purchases can transfer (and those purchases can no longer be returned). */
                "ignore-order-return": components["parameters"]["IgnoreOrderReturn"];
                /** @description With true, a customer with open VIP purchase authorizations can transfer (they expire with the transfer). */
                "expire-open-pas": components["parameters"]["ExpireOpenPas"];
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /**
                 * @description The customer's VIP membership id.
                 * @example 12345678
                 */
                "membership-id": components["parameters"]["MembershipId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resellerId": "5556667778"
                 *     }
                 */
                "application/json": components["schemas"]["MembershipTransferRequest"];
            };
        };
        responses: {
            /** @description Transfer request received or initiated. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transferId": "5555luaigdfads555",
                     *       "customerId": "",
                     *       "membershipId": "12345678",
                     *       "resellerId": "999888777",
                     *       "creationDate": "2019-12-10T22:49:55Z",
                     *       "status": "1002",
                     *       "lineItems": [
                     *         {
                     *           "lineItemNumber": 1,
                     *           "offerId": "12345678CA01A12",
                     *           "currencyCode": "USD",
                     *           "quantity": 10,
                     *           "subscriptionId": ""
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": {
                     *           "uri": "/v3/memberships/12345678/transfers/5555luaigdfads555",
                     *           "method": "GET",
                     *           "headers": []
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MembershipTransfer"];
                };
            };
            /** @description Invalid membership (5115), already transferred (5118), reseller inactive (5119), no admin contacts (5120), transfer in progress (5121), not eligible (5117), or a field, header or query parameter broken. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMembershipTransfer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description The customer's VIP membership id.
                 * @example 12345678
                 */
                "membership-id": components["parameters"]["MembershipId"];
                /** @example 5555luaigdfads555 */
                "transfer-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transferId": "5555luaigdfads555",
                     *       "customerId": "10008675",
                     *       "membershipId": "12345678",
                     *       "resellerId": "999888777",
                     *       "creationDate": "2019-12-10T22:49:55Z",
                     *       "status": "1000",
                     *       "lineItems": [
                     *         {
                     *           "lineItemNumber": 1,
                     *           "offerId": "12345678CA01A12",
                     *           "quantity": 10,
                     *           "subscriptionId": "8675309",
                     *           "currencyCode": "USD"
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": {
                     *           "uri": "/v3/memberships/12345678/transfers/5555luaigdfads555",
                     *           "method": "GET",
                     *           "headers": []
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MembershipTransfer"];
                };
            };
            /** @description Invalid membership or transfer (5116), or a header broken. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "5116",
                     *       "message": "Invalid Membership or Transfer ID: 5555luaigdfads555",
                     *       "additionalDetails": [
                     *         "transfer-id"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getFlexDiscounts: {
        parameters: {
            query?: {
                "market-segment"?: string;
                country?: string;
                categories?: string;
                "offer-ids"?: string;
                "flex-discount-id"?: string;
                "flex-discount-code"?: string;
                "include-eligible-reusable-discounts"?: string;
                "start-date"?: string;
                "end-date"?: string;
                limit?: string;
                offset?: string;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of discounts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "limit": 20,
                     *       "offset": 0,
                     *       "count": 1,
                     *       "totalCount": 1,
                     *       "flexDiscounts": [
                     *         {
                     *           "id": "55555555-313b-476c-9d0b-6a610d5b91e0",
                     *           "category": "INTRO",
                     *           "code": "INTRO-PHSP",
                     *           "name": "Intro Discount - Photoshop",
                     *           "description": "Intro Discount - Photoshop - 15.99",
                     *           "startDate": "2025-11-30T23:59:59Z",
                     *           "endDate": "2026-12-31T23:59:59Z",
                     *           "status": "ACTIVE",
                     *           "qualification": {
                     *             "baseOfferIds": [
                     *               "11083117CA01A12"
                     *             ]
                     *           },
                     *           "outcomes": [
                     *             {
                     *               "type": "FIXED_PRICE",
                     *               "discountValues": [
                     *                 {
                     *                   "country": "US",
                     *                   "currency": "USD",
                     *                   "value": 15.99
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": {
                     *           "uri": "/v3/flex-discounts?market-segment=COM&country=US&limit=20&offset=0",
                     *           "method": "GET",
                     *           "headers": []
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FlexDiscountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCustomerFlexDiscounts: {
        parameters: {
            query?: {
                limit?: string;
                offset?: string;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the customer's reusable discounts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "limit": 20,
                     *       "offset": 0,
                     *       "count": 1,
                     *       "totalCount": 1,
                     *       "flexDiscounts": [
                     *         {
                     *           "id": "55555555-313b-476c-9d0b-6a610d5b91e0",
                     *           "category": "STANDARD",
                     *           "code": "BLACK_FRIDAY",
                     *           "name": "BLACK_FRIDAY",
                     *           "description": "BLACK_FRIDAY - 10 USD off PHSP",
                     *           "startDate": "2025-11-01T23:59:59Z",
                     *           "endDate": "2025-12-31T23:59:59Z",
                     *           "status": "REUSABLE",
                     *           "discountLockEndDate": "2028-03-31T23:59:59Z",
                     *           "qualification": {
                     *             "baseOfferIds": [
                     *               "11083117CA01A12"
                     *             ]
                     *           },
                     *           "outcomes": [
                     *             {
                     *               "type": "FIXED_DISCOUNT",
                     *               "discountValues": [
                     *                 {
                     *                   "country": "US",
                     *                   "currency": "USD",
                     *                   "value": 10
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": {
                     *           "uri": "/v3/customers/9876543210/flex-discounts?limit=20&offset=0",
                     *           "method": "GET",
                     *           "headers": []
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FlexDiscountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTokenV3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            200: components["responses"]["Token"];
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
        };
    };
    getTokenV2: {
        parameters: {
            query: {
                grant_type: string;
                client_id: string;
                client_secret: string;
                scope?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Token"];
            400: components["responses"]["ImsError"];
            401: components["responses"]["ImsError"];
        };
    };
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example pong */
                    "text/plain": "pong";
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    pingRoot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example pong */
                    "text/plain": "pong";
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getResellerList: {
        parameters: {
            query: {
                /** @description Account status to list (default 1000): 1000 active, 1002 pending, 1004 every inactive account (1004, 1010, 1012, 1014, 1024), 1026 invalid. */
                status: "1000" | "1002" | "1004" | "1026";
                /** @description Whole company name, case-insensitive; `*` matches any run of characters. */
                "company-name"?: string;
                limit: number;
                offset: number;
                "sort-by": "creationDate" | "companyName";
                /** @description The page's table lists asc and desc, its sample request sends ASC; either case is accepted. */
                "order-by": "asc" | "desc" | "ASC" | "DESC";
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the resellers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createReseller: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResellerRequest"];
            };
        };
        responses: {
            /** @description Reseller created, pending validation. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reseller"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getReseller: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 5556667778 */
                "reseller-id": components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reseller. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reseller"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateReseller: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 5556667778 */
                "reseller-id": components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResellerRequest"];
            };
        };
        responses: {
            /** @description The updated reseller. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reseller"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getNotifications: {
        parameters: {
            query: {
                "notification-type": "LICENSES_PENDING_PARTNER_ORDER";
                "reseller-id": string;
                /** @description Default 10 (the page's example), at most 50 as the other lists. */
                limit: number;
                offset: number;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the notifications. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "limit": 10,
                     *       "offset": 0,
                     *       "totalCount": 1,
                     *       "count": 1,
                     *       "items": [
                     *         {
                     *           "customerId": "1005379198",
                     *           "resellerId": "1000177552",
                     *           "notificationType": "LICENSES_PENDING_PARTNER_ORDER",
                     *           "links": {
                     *             "self": {
                     *               "uri": "/v3/customers/1005379198/open-acquisitions",
                     *               "method": "GET",
                     *               "headers": []
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": {
                     *           "uri": "/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER&reseller-id=1000177552&limit=10&offset=0",
                     *           "method": "GET",
                     *           "headers": []
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Notifications"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createResellerTransfer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResellerTransferRequest"];
            };
        };
        responses: {
            /** @description Previewed (status 1002, no transferId) or committed (status 1000). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerTransfer"];
                };
            };
            /** @description A field is broken (1117, 1121, 1122); the change is already complete (1131); the reseller is the customer's own or cannot take it (1134); global sales (1139, 1140, commit only). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The reseller is not the caller's (1115); the approval code is unknown (1128) or expired (1129). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getResellerTransfer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 1100000001 */
                "transfer-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerTransfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No transfer with this id for the caller's distributor. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "5116",
                     *       "message": "Invalid Membership or Transfer ID: 1234567890",
                     *       "additionalDetails": [
                     *         "transfer-id"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listDeployments: {
        parameters: {
            query: {
                /** @description 1000 active, 1004 inactive; left out, all. */
                status?: "1000" | "1004";
                limit: number;
                offset: number;
            };
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the deployments, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "count": 1,
                     *       "offset": 0,
                     *       "limit": 25,
                     *       "items": [
                     *         {
                     *           "deploymentId": "345434543",
                     *           "companyProfile": {
                     *             "address": {
                     *               "country": "GB",
                     *               "region": "LND",
                     *               "city": "London",
                     *               "addressLine1": "1 Fleet Street",
                     *               "postalCode": "EC4Y 1AA",
                     *               "phoneNumber": "020-7946-0000"
                     *             }
                     *           },
                     *           "creationDate": "2019-05-02T22:49:52Z",
                     *           "status": "1000",
                     *           "links": {
                     *             "self": {
                     *               "uri": "/v3/customers/5556667778/deployments/345434543",
                     *               "method": "GET",
                     *               "headers": []
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": {
                     *           "uri": "/v3/customers/5556667778/deployments?offset=0&limit=25",
                     *           "method": "GET",
                     *           "headers": []
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createDeployment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeploymentRequest"];
            };
        };
        responses: {
            /** @description Deployment created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getDeployment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 3454000001 */
                "deployment-id": components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateDeployment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path: {
                /** @example 9876543210 */
                "customer-id": components["parameters"]["CustomerId"];
                /** @example 3454000001 */
                "deployment-id": components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDeploymentRequest"];
            };
        };
        responses: {
            /** @description The updated deployment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    fetchRecommendations: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description One per intent; resend it only to retry a timeout. A repeat within 10 days replays the first response.
                 * @example 6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11
                 */
                "X-Correlation-Id": components["parameters"]["CorrelationId"];
                /**
                 * @description Unique per call; generated when absent, echoed in the response.
                 * @example 0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description When sent, it must allow application/json (else 406).
                 * @example application/json
                 */
                Accept?: components["parameters"]["Accept"];
                /**
                 * @description Must be application/json (else 415).
                 * @example application/json
                 */
                "Content-Type": components["parameters"]["ContentType"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationRequest"];
            };
        };
        responses: {
            /** @description The recommendations (success with or without any). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Correlation-Id": components["headers"]["CorrelationId"];
                    "x-recommendation-tracker-id": components["headers"]["RecommendationTrackerId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "productRecommendations": {
                     *         "upsells": [
                     *           {
                     *             "rank": 0,
                     *             "product": {
                     *               "baseOfferId": "65304479CA01A12"
                     *             },
                     *             "source": {
                     *               "sourceType": "OFFER",
                     *               "offerIds": [
                     *                 "65304470CA01A12"
                     *               ]
                     *             }
                     *           }
                     *         ],
                     *         "crossSells": [
                     *           {
                     *             "rank": 0,
                     *             "product": {
                     *               "baseOfferId": "65322435CAT1A12"
                     *             },
                     *             "source": {
                     *               "sourceType": "OFFER",
                     *               "offerIds": [
                     *                 "65304470CA01A12"
                     *               ]
                     *             }
                     *           }
                     *         ],
                     *         "addOns": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Recommendations"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
