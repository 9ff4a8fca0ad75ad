/**
 * A job result as the services exchange it: the {@link io.tailor.contract.MatchReport}
 * scoring writes and the {@link io.tailor.contract.Tailoring} the worker records, read by
 * the api. A list a result from before it existed lacks reads as empty; an enum value
 * from a newer writer reads as {@code UNKNOWN} when the reader asks for it.
 */
package io.tailor.contract;
