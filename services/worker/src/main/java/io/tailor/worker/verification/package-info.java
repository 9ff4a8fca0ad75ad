/** Checks on a tailored résumé before it is stored: nothing in it may be invented. */
package io.tailor.worker.verification;
