package dev.cogwheel.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the value of the annotated field of a {@link CogwheelTest} class in the container, for the
 * field's declared type (generic type arguments included) and its qualifier annotation, if it has
 * one ({@code @Named}, or any annotation marked {@code jakarta.inject.Qualifier} or {@code
 * com.google.inject.BindingAnnotation}).
 *
 * <pre>{@code
 * @Bind ApiSettings settings;          // replaces the settings the modules bind
 * @Bind @Named("site") URI site = URI.create("http://127.0.0.1:8080/");
 *
 * @BeforeEach
 * void pointAtServer() {
 *   settings = ApiSettings.builder().baseUrl(server.url("/").toString()).token("test-token").build();
 * }
 * }</pre>
 *
 * <p>A key the modules already bind is overridden (as by {@link
 * com.google.inject.util.Modules#override}); any other key is added. The value is read once, when
 * the container is built, and bound as an instance: it is in place before any eager singleton is
 * constructed, every dependent receives exactly that object, and the container neither starts nor
 * stops it (it is the test's). With {@link CogwheelTest.Lifecycle#PER_METHOD} the field is read
 * after the {@code @BeforeEach} methods have run; with {@link CogwheelTest.Lifecycle#PER_CLASS} it
 * is read before the {@code @BeforeAll} methods, so an instance field then needs
 * {@code @TestInstance(Lifecycle.PER_CLASS)} (or the field must be static).
 *
 * <p>A field that is {@code null} when read, that has two qualifiers, that binds the same key as
 * another {@code @Bind} field of the same class, or that binds {@link dev.cogwheel.Container} or
 * {@link dev.cogwheel.Tasks} (the container binds those itself) fails the test with an {@link
 * org.junit.jupiter.api.extension.ExtensionConfigurationException} naming the field.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Bind {}
