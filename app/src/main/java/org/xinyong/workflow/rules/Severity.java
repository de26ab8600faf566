package org.xinyong.workflow.rules;

/**
 * Severity of dishonesty information: 轻微 / 一般 (较重) / 严重 (seed003 §二(一); 《信用修复管理办法》 uses the same three
 * classes). Publication periods are set per severity.
 */
public enum Severity {
    MINOR,
    GENERAL,
    SERIOUS
}
