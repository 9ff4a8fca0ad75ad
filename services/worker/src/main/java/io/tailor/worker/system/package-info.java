/** Wiring of the worker: adapters picked by configuration, health. */
package io.tailor.worker.system;
