/**
 * What stands between the résumé and a language model: personal data out before the call
 * and back after, suspected instructions kept out, and every claim checked against the
 * résumé afterwards.
 */
package io.tailor.worker.guardrails;
