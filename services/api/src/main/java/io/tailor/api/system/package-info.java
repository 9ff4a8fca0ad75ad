/** Cross-cutting parts of the api: problem details, health, OpenAPI, tracing. */
package io.tailor.api.system;
