package org.corridor.kernel;

/** One broken rule: the field at fault and a message code (with arguments) saying how to fix it. */
public record Problem(String field, String code, Object... arguments) {
}
