/** 审批中心 matter types and the card form's limits, from the contract. */
export { MATTER_MAX, MATTER_TYPES, NOTES_MAX, PROMISED_DAYS_MAX } from '../../server/contract/card';
