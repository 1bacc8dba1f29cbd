package io.planscreen.parsing.internal;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether scanned pages can be read, in {@code /actuator/health} (component "ocr", always UP with
 * {@code available}: without tesseract the service still works and scanned pages go to a human) and
 * in {@code /actuator/info}. Checked again at most every minute, not remembered from start-up.
 */
@Component("ocr")
class OcrStatus extends AbstractHealthIndicator implements InfoContributor {

    private final TesseractOcr ocr;

    private final ParsingProperties properties;

    OcrStatus(TesseractOcr ocr, ParsingProperties properties) {
        super("ocr health check failed");
        this.ocr = ocr;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        TesseractOcr.Probe probe = ocr.status();
        builder.up() // without OCR the service works; scanned pages go to a human, marked "not read"
                .withDetail("available", probe.available() && properties.ocr())
                .withDetail("enabled", properties.ocr())
                .withDetail("tesseract", probe.detail());
    }

    @Override
    public void contribute(Info.Builder builder) {
        TesseractOcr.Probe probe = ocr.status();
        builder.withDetail(
                "ocr",
                Map.of(
                        "available",
                        probe.available() && properties.ocr(),
                        "enabled",
                        properties.ocr(),
                        "tesseract",
                        probe.detail()));
    }
}
