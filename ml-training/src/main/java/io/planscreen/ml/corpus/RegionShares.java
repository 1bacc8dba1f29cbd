package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.Region;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Where Korean SMEs are, by 시·도. Rounded shares of enterprises after 중소벤처기업부·통계청
 * 「중소기업 기본통계」 (KOSIS, reference year 2022): the capital area (서울·경기·인천) holds about half.
 * The per-region figures are rounded to tenths of a percent and sum to 100; they are for sampling,
 * not for citing to the decimal.
 */
public final class RegionShares {

    private static final Map<Region, Double> PERCENT = new EnumMap<>(Region.class);

    static {
        PERCENT.put(Region.SEOUL, 18.8);
        PERCENT.put(Region.GYEONGGI, 26.0);
        PERCENT.put(Region.INCHEON, 5.7);
        PERCENT.put(Region.BUSAN, 6.6);
        PERCENT.put(Region.DAEGU, 4.7);
        PERCENT.put(Region.GWANGJU, 3.0);
        PERCENT.put(Region.DAEJEON, 2.8);
        PERCENT.put(Region.ULSAN, 1.9);
        PERCENT.put(Region.SEJONG, 0.6);
        PERCENT.put(Region.GANGWON, 3.1);
        PERCENT.put(Region.CHUNGBUK, 3.2);
        PERCENT.put(Region.CHUNGNAM, 4.1);
        PERCENT.put(Region.JEONBUK, 3.4);
        PERCENT.put(Region.JEONNAM, 3.5);
        PERCENT.put(Region.GYEONGBUK, 5.2);
        PERCENT.put(Region.GYEONGNAM, 6.0);
        PERCENT.put(Region.JEJU, 1.4);
    }

    private RegionShares() {}

    public static double share(Region region) {
        return PERCENT.get(region) / 100.0;
    }

    public static double capitalAreaShare() {
        return PERCENT.entrySet().stream()
                        .filter(e -> e.getKey().capitalArea())
                        .mapToDouble(Map.Entry::getValue)
                        .sum()
                / 100.0;
    }

    public static Region sample(Random random) {
        double u = random.nextDouble() * 100.0;
        double cumulative = 0;
        for (Region region : Region.values()) {
            cumulative += PERCENT.get(region);
            if (u < cumulative) {
                return region;
            }
        }
        return Region.JEJU;
    }
}
