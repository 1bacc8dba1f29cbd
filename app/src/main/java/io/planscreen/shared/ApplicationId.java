package io.planscreen.shared;

import java.util.UUID;

/** One company's application to one grant program. */
public record ApplicationId(UUID value) {

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
