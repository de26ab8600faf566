package org.xinyong.workflow.portal.web;

import org.xinyong.workflow.listing.ListingStatements;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The portal's "陈述申辩 / 提出异议" form (seed001 §四 8). The same limits as the API's statement body; the subject
 * must also confirm that it submits, since a statement cannot be withdrawn and hands the case to verification.
 */
public class StatementForm {

    /** As {@code POST /api/v1/listing-cases/{id}/statements}. */
    public static final int MAX_TEXT = 4000;

    @NotNull
    private ListingStatements.Kind kind = ListingStatements.Kind.STATEMENT;

    @NotBlank
    @Size(max = MAX_TEXT)
    private String text;

    @AssertTrue
    private boolean confirmed;

    public ListingStatements.Kind getKind() {
        return kind;
    }

    public void setKind(ListingStatements.Kind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
