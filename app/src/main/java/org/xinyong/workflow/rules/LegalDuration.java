package org.xinyong.workflow.rules;

import java.util.Objects;
import java.util.OptionalInt;

/** A period as the rules state it: an amount and how it is counted, e.g. 20 calendar days or 5 working days. */
public record LegalDuration(int amount, DurationUnit unit) {

    public LegalDuration {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("A legal duration cannot be negative: " + amount + " " + unit);
        }
    }

    public static LegalDuration of(int amount, DurationUnit unit) {
        return new LegalDuration(amount, unit);
    }

    /** The length in months for MONTHS and YEARS, for comparing such periods; empty for day-counted ones. */
    public OptionalInt inMonths() {
        return switch (unit) {
            case MONTHS -> OptionalInt.of(amount);
            case YEARS -> OptionalInt.of(amount * 12);
            default -> OptionalInt.empty();
        };
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
