package io.planscreen.extraction;

import io.planscreen.shared.ProgramId;
import java.util.List;
import java.util.Optional;

/** The grant programs planscreen knows (latest version of each); intake validates program ids here. */
public interface Programs {

    boolean exists(ProgramId program);

    /** The latest version. */
    Optional<ProgramDefinition> get(ProgramId program);

    Optional<ProgramDefinition> get(ProgramId program, int version);

    List<ProgramSummary> list();

    record ProgramSummary(String id, int version, String nameKo, String nameEn, String template) {}
}
