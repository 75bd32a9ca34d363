package org.corridor.flows;

/** One broken rule of a flow record: the field at fault and a message code (with arguments) saying how to fix it. */
public record Problem(String field, String code, Object... arguments) {
}
