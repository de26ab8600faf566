package org.xinyong.workflow.listing;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.Groups;

/**
 * Who may see which listing case or listing (DOMAIN "Privacy and audit"): an enterprise only its own, a department
 * only its own cases, the credit office, supervisors and administrators everything.
 */
@Component
public class ListingAccess {

    public boolean mayView(CurrentUser user, ListingCase listingCase) {
        return user.seesAllCases() || worksFor(user, listingCase.departmentCode())
                || (user.isEnterprise() && listingCase.subjectCode().equals(user.subjectCode()));
    }

    public boolean mayView(CurrentUser user, Listing listing) {
        return user.seesAllCases() || worksFor(user, listing.departmentCode())
                || (user.isEnterprise() && listing.subjectCode().equals(user.subjectCode()));
    }

    /** A caseworker of the department (not only its head) may record findings for it. */
    public boolean mayRecordFor(CurrentUser user, String departmentCode) {
        return user.isStaff() && departmentCode != null && user.inGroup(Groups.department(departmentCode));
    }

    /** Department filter for lists: null means every department. */
    public String departmentFilter(CurrentUser user) {
        return user.seesAllCases() ? null : user.departmentCode();
    }

    private static boolean worksFor(CurrentUser user, String departmentCode) {
        return user.isStaff() && departmentCode.equals(user.departmentCode());
    }
}
