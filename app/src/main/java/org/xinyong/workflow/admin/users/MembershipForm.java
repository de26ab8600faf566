package org.xinyong.workflow.admin.users;

import java.util.ArrayList;
import java.util.List;

/** A user's department and groups, as edited by the administrator. */
public class MembershipForm {

    private String departmentCode;
    private List<String> groups = new ArrayList<>();

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }
}
