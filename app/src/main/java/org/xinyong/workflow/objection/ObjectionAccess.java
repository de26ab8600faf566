package org.xinyong.workflow.objection;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.security.CurrentUser;

/**
 * Who may object and who may follow an objection: the subject against its own listings, the credit office and
 * implementing departments against any (DOMAIN Lifecycle B.1); the identifying department verifies.
 */
@Component
public class ObjectionAccess {

    public boolean mayObjectTo(CurrentUser user, Listing listing) {
        return user.isEnterprise() ? listing.subjectCode().equals(user.subjectCode()) : user.isStaff();
    }

    public ApplicantKind applicantKind(CurrentUser user) {
        if (user.isEnterprise()) {
            return ApplicantKind.SUBJECT;
        }
        return user.isCreditOffice() ? ApplicantKind.CREDIT_OFFICE : ApplicantKind.IMPLEMENTING_DEPARTMENT;
    }

    public boolean mayView(CurrentUser user, Objection objection) {
        return user.seesAllCases() || verifies(user, objection) || isApplicant(user, objection)
                || (user.isEnterprise() && objection.subjectCode().equals(user.subjectCode()));
    }

    public boolean verifies(CurrentUser user, Objection objection) {
        return user.isStaff() && objection.departmentCode().equals(user.departmentCode());
    }

    public boolean isApplicant(CurrentUser user, Objection objection) {
        return objection.applicant().equals(user.username())
                || (objection.applicantKind() == ApplicantKind.SUBJECT && user.isEnterprise()
                && objection.subjectCode().equals(user.subjectCode()));
    }
}
