/**
 * The tailored résumé as downloadable files (DOCX, PDF), each read back to prove it says
 * what it should.
 */
package io.tailor.worker.rendering;
