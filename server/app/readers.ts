/** The reader of a scope (domain/scope.rules.ts) as the store knows them: their record and what they head. */
import { departmentsHeadedBy, type Reader } from '../domain/scope.rules';
import type { Staff, Store } from '../ports/store';

export async function readerOf(store: Store, staff: Staff): Promise<Reader> {
  return { staff, headOf: departmentsHeadedBy(await store.org.departments(), staff.id) };
}
