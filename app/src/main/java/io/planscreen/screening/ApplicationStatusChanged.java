package io.planscreen.screening;

import io.planscreen.shared.ApplicationId;
import org.jspecify.annotations.Nullable;

/** Published whenever an application's status changes; {@code code} names the reason for failures. */
public record ApplicationStatusChanged(
        ApplicationId application,
        ApplicationStatus from,
        ApplicationStatus to,
        @Nullable String code) {}
