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
         * Place a NEW, RETURN or RENEWAL order, or PREVIEW or PREVIEW_RENEWAL one
         * @description PREVIEW places nothing and answers the order at the levels the customer is entitled to
         *     (any level of an offer in); with fetch-price=true each line carries its pricing and the
         *     order a pricingSummary. NEW, RETURN and RENEWAL answer an open order (1002) that completes
         *     (1000) on the simulated clock after the order delay (--order-delay, default PT1M).
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
            /** @description Adobe's EMAIL_REGEX (docs/references/validations.md), anchored. */
            email: string;
            phoneNumber?: components["schemas"]["PlainText"];
        };
        /** @description Adobe's NAME_REGEX (docs/references/validations.md). */
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
            /** @description At least one contact, no limit (docs/references/resources.md). */
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
                /** @description Max 80 characters (docs/lga/create.md). */
                name: components["schemas"]["PlainText"];
            };
            companyProfile: components["schemas"]["CompanyProfileRequest"];
            benefits?: components["schemas"]["BenefitRequest"][];
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
            orderType: "NEW" | "RETURN" | "PREVIEW" | "RENEWAL" | "PREVIEW_RENEWAL";
            /** @description At most 35 characters; 50 on RETURN orders. */
            externalReferenceId?: string;
            currencyCode?: string;
            referenceOrderId?: string;
            lineItems?: components["schemas"]["OrderLineRequest"][];
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
        };
        Order: {
            externalReferenceId: string;
            orderId: string;
            customerId: string;
            /** @enum {string} */
            orderType: "NEW" | "RETURN" | "PREVIEW" | "RENEWAL" | "PREVIEW_RENEWAL";
            referenceOrderId: string;
            currencyCode: string;
            /** Format: date-time */
            creationDate: string;
            status: string;
            source: string;
            lineItems: components["schemas"]["OrderLine"][];
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
            links: {
                self: components["schemas"]["Link"];
            };
        };
        SubscriptionList: {
            totalCount: number;
            items: components["schemas"]["Subscription"][];
            links: {
                self: components["schemas"]["Link"];
            };
        };
        /** @description Read-only fields of the subscription, when sent, are refused with 1119. */
        UpdateSubscriptionRequest: {
            autoRenewal: {
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
        /** @example 5120000001 */
        OrderId: string;
        /** @example 43b889db7b4e7aa2d42b54b9813eebNA */
        SubscriptionId: string;
        /** @description With true, lines carry their pricing and the order a pricingSummary (a PREVIEW, or a completed order). */
        FetchPrice: boolean;
    };
    requestBodies: never;
    headers: {
        /** @description The request id sent, or the one generated. */
        RequestId: string;
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
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
