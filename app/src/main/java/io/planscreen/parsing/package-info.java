/** PDF/HWP/HWPX/DOCX/OCR into a ParsedDocument with layout, sections, tables and hidden-text signals. */
@NullMarked
package io.planscreen.parsing;

import org.jspecify.annotations.NullMarked;
