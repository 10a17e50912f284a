package io.gsskit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package's value types (DESIGN.md §7): an abstract, package-private
 * {@code AbstractFoo} yields a public, final, immutable {@code Foo} with a staged builder. The
 * processor runs at compile time only; {@code jdkOnly} keeps the generated code free of Guava,
 * so the jar needs nothing from Immutables at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    stagedBuilder = true,
    // Only @Override: keeps org.immutables.value.Generated and other classpath annotations out of
    // the generated public types, so nothing from Immutables appears in the exported API.
    allowedClasspathAnnotations = {Override.class})
@interface ValueStyle {}
