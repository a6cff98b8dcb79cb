package org.scrutineer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ScrutineerApplication {
    public static void main(String[] args) {
        SpringApplication.run(ScrutineerApplication.class, args);
    }
}
