// The customer list of server/domain/customers/customer-list.ts, called directly: filters, sort and paging.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listCustomers, type ListCustomersQuery } from '../server/domain/customers/customer-list.js';
import { customerRecord } from './support/records.js';

const record = (customerId: string, companyName: string, creationDate: string, status = '1000') => customerRecord({ customerId, creationDate, status }, { companyName });
const CUSTOMERS = [
  record('1000000001', 'Fairmont', '2024-01-10T10:00:00Z'),
  record('1000000002', 'fairway Golf', '2024-03-05T08:00:00Z'),
  record('1000000003', 'Acme', '2024-03-05T08:00:00Z'),
  record('1000000004', 'Unfair Trade', '2024-06-30T23:59:59Z'),
  record('1000000005', 'Pending Inc', '2024-07-01T00:00:00Z', '1002'),
  record('1000000006', 'Blocked Ltd', '2024-07-02T00:00:00Z', '1012'),
  record('1000000007', 'Gone Corp', '2024-07-03T00:00:00Z', '1004'),
];
const query = (q: Partial<ListCustomersQuery> = {}): ListCustomersQuery => ({ status: '1000', limit: 20, offset: 0, sortBy: 'creationDate', orderBy: 'desc', ...q });
const ids = (q: Partial<ListCustomersQuery>) => listCustomers(CUSTOMERS, query(q)).accounts.map((a) => a.customerId.slice(-1));

describe('customer list', () => {
  it('LIST-01 newest first, with the page\'s counts and summaries of the customers', () => {
    const page = listCustomers(CUSTOMERS, query({ limit: 2 }));
    assert.deepEqual([page.totalCount, page.count, page.offset, page.limit], [4, 2, 0, 2]);
    assert.deepEqual(page.accounts[0], {
      externalReferenceId: '', customerId: '1000000004', resellerId: '5556667778', status: '1000',
      companyProfile: { companyName: 'Unfair Trade' }, creationDate: '2024-06-30T23:59:59Z',
      links: { self: { uri: '/v3/customers/1000000004', method: 'GET', headers: [] } },
    });
    assert.deepEqual(ids({}), ['4', '3', '2', '1'], 'the same creation time: by customer id, in the order asked');
  });

  it('LIST-01 offset paging: the rest of the list, then an empty page that still counts the total', () => {
    assert.deepEqual(ids({ limit: 2, offset: 2 }), ['2', '1']);
    const past = listCustomers(CUSTOMERS, query({ offset: 10 }));
    assert.deepEqual([past.totalCount, past.count, past.accounts], [4, 0, []]);
  });

  it('LIST-02 company-name matches whole names, case-insensitively, with * as a wildcard', () => {
    assert.deepEqual(ids({ companyName: 'fair*' }), ['2', '1']);
    assert.deepEqual(ids({ companyName: '*FAIR*' }), ['4', '2', '1']);
    assert.deepEqual(ids({ companyName: 'fair' }), [], 'a whole name, not a part');
    assert.deepEqual(ids({ companyName: 'acme' }), ['3']);
  });

  it('LIST-03 sort by company name or creation date, ascending or descending; ties by customer id', () => {
    assert.deepEqual(ids({ sortBy: 'companyName', orderBy: 'asc' }), ['3', '1', '2', '4'], 'case-insensitive');
    assert.deepEqual(ids({ sortBy: 'companyName', orderBy: 'desc' }), ['4', '2', '1', '3']);
    assert.deepEqual(ids({ orderBy: 'asc' }), ['1', '2', '3', '4']);
  });

  it('LIST-04 from- and to-created-date bound the creation day, both inclusive', () => {
    assert.deepEqual(ids({ fromCreatedDate: '2024-03-05', toCreatedDate: '2024-06-30' }), ['4', '3', '2']);
    assert.deepEqual(ids({ fromCreatedDate: '2024-03-06', toCreatedDate: '2024-06-29' }), []);
  });

  it('LIST-08 customer-id lists only that customer', () => {
    assert.deepEqual(ids({ customerId: '1000000003' }), ['3']);
    assert.equal(listCustomers(CUSTOMERS, query({ customerId: '1000000005' })).totalCount, 0, 'a pending customer is not in the active list');
  });

  it('LIST-09 status 1004 lists every inactive account; 1002 the pending ones', () => {
    assert.deepEqual(ids({ status: '1004' }), ['7', '6']);
    assert.deepEqual(ids({ status: '1002' }), ['5']);
  });
});
