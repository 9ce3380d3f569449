package dev.pointe.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The recommender service: complete-the-look and similar items over HTTP from the active model in Redis. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PointeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PointeServiceApplication.class, args);
    }
}
