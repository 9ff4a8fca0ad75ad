/** The scoring service's HTTP API, consumed by the worker. */
package io.tailor.scoring.web;
