package io.planscreen.extraction;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import java.util.List;

/** The extraction result of an application is stored; published inside the storing transaction. */
public record FieldsExtracted(
        ApplicationId application,
        ProgramId program,
        int fieldCount,
        int errorFindings,
        double paperworkReductionRatio,
        List<String> flags) {

    public FieldsExtracted {
        flags = List.copyOf(flags);
    }
}
