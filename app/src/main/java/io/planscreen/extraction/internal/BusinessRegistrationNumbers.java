package io.planscreen.extraction.internal;

import java.util.Optional;

/** 사업자등록번호: check digit and entity type (DESIGN.md). */
final class BusinessRegistrationNumbers {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    enum Entity {
        CORPORATION,
        INDIVIDUAL,
        NONPROFIT
    }

    private BusinessRegistrationNumbers() {}

    static boolean valid(String brn) {
        String digits = brn.replace("-", "");
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += ((digits.charAt(8) - '0') * 5) / 10;
        return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
    }

    /** 81/86/87/88 corporation, 01-79 individual, 80/82-85/89 non-profit and other organisations. */
    static Optional<Entity> entity(String brn) {
        String digits = brn.replace("-", "");
        if (!digits.matches("\\d{10}")) {
            return Optional.empty();
        }
        int middle = Integer.parseInt(digits.substring(3, 5));
        if (middle == 81 || middle == 86 || middle == 87 || middle == 88) {
            return Optional.of(Entity.CORPORATION);
        }
        if (middle >= 1 && middle <= 79) {
            return Optional.of(Entity.INDIVIDUAL);
        }
        if (middle == 80 || middle >= 82 && middle <= 85 || middle == 89) {
            return Optional.of(Entity.NONPROFIT);
        }
        return Optional.empty();
    }
}
