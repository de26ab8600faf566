package org.xinyong.workflow.validation;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.errors.InvalidRequestException;

/** Checks a subject code by subject type, with the deployment's options; for services that check outside a DTO. */
@Component
public class SubjectCodeChecker {

    private final ValidationProperties properties;
    private final BusinessClock clock;

    public SubjectCodeChecker(ValidationProperties properties, BusinessClock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The first problem as a message code of the errors bundle; empty when the code fits the type. */
    public Optional<String> problemOf(SubjectType type, String code) {
        return switch (type) {
            case ENTERPRISE -> CreditCodes.problemOf(code, properties.verifyOrganisationCode());
            case INDIVIDUAL -> ResidentIdNumbers.problemOf(code, clock.today());
        };
    }

    public boolean isValid(SubjectType type, String code) {
        return problemOf(type, code).isEmpty();
    }

    /** @throws InvalidRequestException (400 invalid_request) naming the problem */
    public void requireValid(SubjectType type, String code) {
        problemOf(type, code).ifPresent(problem -> {
            throw new InvalidRequestException(problem);
        });
    }
}
