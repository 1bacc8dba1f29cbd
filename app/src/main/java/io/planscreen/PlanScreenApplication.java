package io.planscreen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanScreenApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanScreenApplication.class, args);
    }
}
