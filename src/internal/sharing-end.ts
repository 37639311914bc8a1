/**
 * The edge of what the record knows about the fingerprint sharing, shared by every helper that
 * answers "switched on as of a date" (status, rollout, panels) so that they cannot disagree.
 *
 * The sharing a county's activation switched on did not stop with Secure Communities'
 * discontinuation (2014-11-20): the Priority Enforcement Program relied on the same fingerprints
 * submitted at booking, and Executive Order 13768 brought the program back in 2017 (see the
 * `discontinuation`, `pep-rollout` and `eo-13768-reinstatement` events and their sources). When
 * that order was revoked on 2021-01-20 (`eo-13768-revoked`, the phase `uncertain`), no source
 * the record cites says how the sharing stood: a period that reaches that day is answered
 * `unknown`. A test checks this day against the event that sets the `uncertain` phase.
 */

/** 2021-01-20 as a day number (days since 1970-01-01 UTC): the first day the record cannot answer. */
export const sharingUnknownFromDay = 18_647;

/** The same day as text. */
export const sharingUnknownFrom = "2021-01-20";
