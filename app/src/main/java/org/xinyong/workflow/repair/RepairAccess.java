package org.xinyong.workflow.repair;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.Groups;

/**
 * Who may see a credit repair: the subject itself; the department that made the record ("who identifies, repairs");
 * the leading group that decides; the credit office, supervisors and administrators.
 */
@Component
public class RepairAccess {

    public boolean mayView(CurrentUser user, Repair repair) {
        return user.seesAllCases() || user.inGroup(Groups.LEADING_GROUP)
                || (user.isStaff() && repair.departmentCode().equals(user.departmentCode()))
                || (user.isEnterprise() && repair.subjectCode().equals(user.subjectCode()));
    }
}
