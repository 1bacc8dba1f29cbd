/** Intake's controllers and persistence; not API. */
@NullMarked
package io.planscreen.intake.internal;

import org.jspecify.annotations.NullMarked;
