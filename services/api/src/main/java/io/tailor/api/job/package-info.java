/** Submitting jobs and reading their status and results. */
package io.tailor.api.job;
