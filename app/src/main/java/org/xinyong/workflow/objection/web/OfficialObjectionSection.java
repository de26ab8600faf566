package org.xinyong.workflow.objection.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.xinyong.workflow.listing.ListingCaseStatus;
import org.xinyong.workflow.listing.web.ListingCaseDetails;
import org.xinyong.workflow.listing.web.ListingPageSection;
import org.xinyong.workflow.security.CurrentUser;

/**
 * The credit office's objection form on a published listing case's page (DOMAIN Lifecycle B.1); its answer is
 * {@link OfficialObjectionPageController}.
 */
@Component
class OfficialObjectionSection implements ListingPageSection {

    static final String FORM = "objectionForm";
    static final String TEMPLATE = "objection/listing-section";

    @Override
    public Optional<String> addTo(Model model, ListingCaseDetails listing, CurrentUser user) {
        if (!mayRaiseObjection(user, listing)) {
            return Optional.empty();
        }
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new ObjectionForm());
        }
        model.addAttribute("maxGrounds", ObjectionForm.MAX_GROUNDS);
        return Optional.of(TEMPLATE);
    }

    /** Objections from officials come from the credit office (DOMAIN Lifecycle B.1) against a published listing. */
    static boolean mayRaiseObjection(CurrentUser user, ListingCaseDetails listing) {
        return user.isCreditOffice() && listing.view().status() == ListingCaseStatus.LISTED
                && listing.view().listingId() != null;
    }
}
