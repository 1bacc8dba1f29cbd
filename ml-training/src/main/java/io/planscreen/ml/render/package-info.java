/** Renders a PlanText into real document files (PDF, DOCX, HWPX, HWP, scanned PDF), with optional hidden-text attacks. */
@NullMarked
package io.planscreen.ml.render;

import org.jspecify.annotations.NullMarked;
