package dev.cogwheel.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that a spec runs through {@link Fixtures}, with {@code EngineTestKit}: such a
 * class is disabled anywhere else (a build's or an IDE's own discovery), because some of its tests
 * are meant to fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FixtureCondition.class)
@interface Fixture {}
