package io.planscreen.intake;

import io.planscreen.shared.ProgramId;

/**
 * Which programs accept applications. Implemented by the module that owns program definitions
 * (extraction), so intake can refuse an unknown program without depending on it (no module cycle).
 */
public interface ProgramDirectory {

    boolean accepts(ProgramId program);
}
