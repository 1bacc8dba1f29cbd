/** Format parsers (PDF, HWP, HWPX, DOCX, OCR), the document builder they feed, limits and the parse step; not API. */
@NullMarked
package io.planscreen.parsing.internal;

import org.jspecify.annotations.NullMarked;
