/** A company checks its plan before applying: completeness, findings, rubric and originality advice; nothing retained. */
@NullMarked
package io.planscreen.selfassessment;

import org.jspecify.annotations.NullMarked;
