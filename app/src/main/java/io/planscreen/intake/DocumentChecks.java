package io.planscreen.intake;

import io.planscreen.shared.DocumentType;

/**
 * Intake's checks of an uploaded file, for other modules that accept files without storing them (e.g. the
 * self-assessment): size limit, type from the bytes alone, polyglots, archive bombs (entry count and declared
 * size before inflating), encryption and the page limit, run on intake's bounded pool with its time limit.
 */
public interface DocumentChecks {

    /**
     * The type of the file, or a {@link io.planscreen.shared.PlanScreenException} with the same document.*
     * problem code intake would answer for it.
     */
    DocumentType inspect(byte[] content, String declaredName);
}
