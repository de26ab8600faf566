package org.xinyong.workflow.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.security.camunda.CamundaIdentitySync;

class UserAdministrationTest {

    private final PeopleRepository people = mock(PeopleRepository.class);
    private final PasswordEncoder encoder = mock(PasswordEncoder.class);
    private final CamundaIdentitySync camunda = mock(CamundaIdentitySync.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final UserAdministration users = new UserAdministration(people, encoder, camunda, audit);

    @Test
    void createStoresTheHashAuditsAndThenSynchronisesCamunda() {
        when(encoder.encode("long-enough")).thenReturn("{bcrypt}hash");
        NewUserForm form = new NewUserForm();
        form.setUsername(" ent9 ");
        form.setDisplayName("示例企业");
        form.setPassword("long-enough");
        form.setRole("ENTERPRISE");
        form.setSubjectCode("91230400ma19xy0035");
        form.setDepartmentCode("amr");

        users.create(form);

        ArgumentCaptor<AppUser> stored = ArgumentCaptor.forClass(AppUser.class);
        InOrder order = inOrder(people, audit, camunda);
        order.verify(people).insertUser(stored.capture());
        order.verify(audit).record(eq(AdminAction.USER_CREATED), eq("91230400MA19XY0035"), eq("user:ent9"),
                contains("ENTERPRISE"), isNull());
        order.verify(camunda).synchronize();
        assertThat(stored.getValue().passwordHash()).isEqualTo("{bcrypt}hash");
        assertThat(stored.getValue().departmentCode()).as("only staff have a department").isNull();
        assertThat(stored.getValue().subjectCode()).isEqualTo("91230400MA19XY0035");
    }

    @Test
    void disablingYourselfOrTheLastAdministratorIsRefused() {
        AppUser admin = user("admin", "ADMIN", true);
        when(people.findUser("admin")).thenReturn(Optional.of(admin));
        when(people.findAllUsers()).thenReturn(List.of(admin, user("old-admin", "ADMIN", false)));

        assertThatThrownBy(() -> users.disable("admin", "admin")).isInstanceOf(AdminRefusal.class)
                .extracting(e -> ((AdminRefusal) e).messageCode()).isEqualTo("admin.users.error.disableSelf");
        assertThatThrownBy(() -> users.disable("admin", "other-admin")).isInstanceOf(AdminRefusal.class)
                .extracting(e -> ((AdminRefusal) e).messageCode()).isEqualTo("admin.users.error.lastAdmin");
        verify(people, never()).setEnabled(anyString(), anyBoolean());
        verifyNoInteractions(camunda, audit);
    }

    @Test
    void disablingAnotherAccountAuditsAndSynchronises() {
        when(people.findUser("amr")).thenReturn(Optional.of(user("amr", "STAFF", true)));

        users.disable("amr", "admin");

        verify(people).setEnabled("amr", false);
        verify(audit).record(eq(AdminAction.USER_DISABLED), any(), eq("user:amr"), any(), any());
        verify(camunda).synchronize();
    }

    private static AppUser user(String username, String role, boolean enabled) {
        return new AppUser(username, "hash", username, null, enabled, role, null, null, Set.of());
    }
}
