package io.planscreen.cli;

import java.util.concurrent.ThreadLocalRandom;

/** Business registration numbers for the batch's throw-away company (valid check digit, corporate "81"). */
final class BatchCompanies {

    private BatchCompanies() {}

    static String brn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int[] d = new int[10];
        d[0] = 1 + random.nextInt(9);
        d[1] = random.nextInt(10);
        d[2] = random.nextInt(10);
        d[3] = 8;
        d[4] = 1;
        for (int i = 5; i < 9; i++) {
            d[i] = random.nextInt(10);
        }
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += d[i] * weights[i];
        }
        sum += (d[8] * 5) / 10;
        d[9] = (10 - sum % 10) % 10;
        return "%d%d%d-%d%d-%d%d%d%d%d".formatted(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9]);
    }
}
