// The bodies of the simulated API's requests, as they are once the contract has validated them
// (contracts/openapi.yaml holds their schemas; these are only their TypeScript shapes).
import type { Address, Contact, MarketSegment, MinimumQuantity } from './types.js';

export interface CompanyProfileInput {
  companyName: string;
  preferredLanguage: string;
  marketSegment?: MarketSegment;
  marketSubSegments?: string[];
  address: Address;
  contacts: Contact[];
}

export interface BenefitInput {
  type: 'THREE_YEAR_COMMIT' | 'LARGE_GOVERNMENT_AGENCY';
  commitmentRequest?: { minimumQuantities: MinimumQuantity[] };
  recommitmentRequest?: { minimumQuantities: MinimumQuantity[] };
}

export interface CreateCustomerRequest {
  resellerId: string;
  externalReferenceId?: string;
  cotermDate?: string;
  companyProfile: CompanyProfileInput;
  benefits?: BenefitInput[];
}

export interface UpdateCustomerRequest {
  externalReferenceId?: string;
  globalSalesEnabled?: boolean;
  linkedMembership?: { type: 'STANDARD' | 'CONSORTIUM'; name: string };
  companyProfile: CompanyProfileInput;
  benefits?: BenefitInput[];
}

export interface ListCustomersQuery {
  customerId?: string;
  status: string;
  fromCreatedDate?: string;
  toCreatedDate?: string;
  companyName?: string;
  limit: number;
  offset: number;
  sortBy: 'creationDate' | 'companyName';
  orderBy: 'asc' | 'desc';
}
