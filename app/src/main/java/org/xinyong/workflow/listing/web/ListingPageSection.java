package org.xinyong.workflow.listing.web;

import java.util.Optional;

import org.springframework.ui.Model;
import org.xinyong.workflow.security.CurrentUser;

/**
 * A part of a listing case's page that another lifecycle adds (the credit office's objection to a published listing,
 * DOMAIN Lifecycle B.1), so that the listing package depends on none of them.
 */
public interface ListingPageSection {

    /**
     * Adds the section's model attributes when the user is offered the section on this case.
     *
     * @return the template whose {@code listingSection} fragment renders it, or empty when it is not shown
     */
    Optional<String> addTo(Model model, ListingCaseDetails listing, CurrentUser user);
}
