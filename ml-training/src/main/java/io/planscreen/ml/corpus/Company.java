package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.Region;
import java.time.LocalDate;

/**
 * A synthetic company: the truth its plan is written about.
 *
 * @param size MICRO (under 10 employees), SMALL (10-49) or MEDIUM (50-299)
 * @param industryKsic KSIC section letter
 * @param techArea one of {@code FieldKeys.TECH_AREAS}
 */
public record Company(
        String id,
        String nameKo,
        String nameEn,
        String brn,
        String representativeKo,
        String representativeEn,
        LocalDate foundedOn,
        Region region,
        String addressKo,
        String addressEn,
        String industryKsic,
        String size,
        long revenueKrw,
        int employees,
        String techArea,
        String email,
        String phone) {}
