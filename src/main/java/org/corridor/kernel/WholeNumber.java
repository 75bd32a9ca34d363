package org.corridor.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page form's whole number as people type it: spaces and thousands commas ("1 200", "1,200") are allowed. One
 * that is still no number does not bind, and {@link BoundForm} says so beside its field.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {
}
