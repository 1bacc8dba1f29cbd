package io.planscreen.ml.plan;

import java.util.Random;

/** 사업자등록번호 "XXX-XX-XXXXX" with the national tax service's check digit (see DESIGN.md). */
public final class BusinessRegistrationNumbers {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private BusinessRegistrationNumbers() {}

    public static boolean isValid(String brn) {
        String digits = brn.replace("-", "");
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** A random valid number; corporations use the middle codes 81/86/87/88, individuals 01-79. */
    public static String random(Random random, boolean corporation) {
        int office = 101 + random.nextInt(520);
        int middle = corporation ? new int[] {81, 86, 87, 88}[random.nextInt(4)] : 1 + random.nextInt(79);
        int serial = random.nextInt(10_000);
        String nine = String.format("%03d%02d%04d", office, middle, serial);
        int check = checkDigit(nine);
        return nine.substring(0, 3) + "-" + nine.substring(3, 5) + "-" + nine.substring(5) + check;
    }

    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int d9 = nineDigits.charAt(8) - '0';
        sum += (d9 * 5) / 10;
        return (10 - sum % 10) % 10;
    }
}
