/** The job repository's PostgreSQL adapter: jobs, their progress events and results. */
package io.tailor.jobs.store;
