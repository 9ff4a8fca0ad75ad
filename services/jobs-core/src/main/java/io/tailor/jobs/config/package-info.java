/** Wires the jobs library into a Spring Boot service: one property picks each adapter. */
package io.tailor.jobs.config;
