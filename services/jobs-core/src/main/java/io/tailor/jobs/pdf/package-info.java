/**
 * Reading a PDF's raw streams without a PDF library, before one is trusted with the file:
 * where each stream starts, its dictionary, and its Flate data inflated in bounded
 * chunks.
 */
package io.tailor.jobs.pdf;
