package org.xinyong.workflow.validation;

/**
 * A request that names a credit subject by type and code. A record with components {@code SubjectType subjectType}
 * and {@code String subjectCode} implements it without further code; annotate it with {@link ValidSubjectCode}.
 */
public interface SubjectCodeHolder {

    SubjectType subjectType();

    String subjectCode();
}
