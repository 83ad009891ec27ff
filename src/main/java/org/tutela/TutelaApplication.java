package org.tutela;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TutelaApplication {

    public static void main(String[] args) {
        SpringApplication.run(TutelaApplication.class, args);
    }
}
