/** Storage for uploaded résumé files: the {@code BlobStore} port and its adapters. */
package io.tailor.jobs.blob;
