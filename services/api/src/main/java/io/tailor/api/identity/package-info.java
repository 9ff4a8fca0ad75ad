/**
 * Who is calling: JWT validation (signature, issuer, audience, expiry) and, in the local
 * profile only, a token issuer for development.
 */
package io.tailor.api.identity;
