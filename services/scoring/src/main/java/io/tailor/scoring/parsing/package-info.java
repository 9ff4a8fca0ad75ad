/** Reads a résumé's text into sections, experience and education entries. */
package io.tailor.scoring.parsing;
