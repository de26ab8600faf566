package org.xinyong.workflow.security.camunda;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.security.AppGroup;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.PeopleRepository;

/**
 * Makes Camunda's identity a copy of the application's: users, groups and memberships of {@code app_user},
 * {@code app_group} and {@code app_user_group} are created or updated in Camunda's IdentityService, and Camunda
 * users, groups and memberships the application no longer has (or disabled users) are removed. BPMN candidate
 * groups therefore name application groups. Runs at start-up once the engine is up (after the demo people, see
 * {@link #ORDER}); call {@link #synchronize()} after changing people.
 */
@Component
@Order(CamundaIdentitySync.ORDER)
public class CamundaIdentitySync implements ApplicationRunner {

    /** Start-up order: after {@code DemoPeopleLoader} (100); loaders that need Camunda users run after this. */
    public static final int ORDER = 200;

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);
    private static final String CAMUNDA_GROUP_TYPE_SYSTEM = "SYSTEM";
    private static final String CAMUNDA_GROUP_TYPE_WORKFLOW = "WORKFLOW";
    private static final int PASSWORD_BYTES = 32;

    private final IdentityService identity;
    private final PeopleRepository people;
    private final SecureRandom random = new SecureRandom();

    public CamundaIdentitySync(IdentityService identity, PeopleRepository people) {
        this.identity = identity;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        synchronize();
    }

    public synchronized void synchronize() {
        List<AppGroup> groups = people.findAllGroups();
        List<AppUser> users = people.findAllUsers().stream().filter(AppUser::enabled).toList();
        synchronizeGroups(groups);
        synchronizeUsers(users);
        synchronizeMemberships(users);
        log.info("Camunda identity synchronised: {} users, {} groups", users.size(), groups.size());
    }

    private void synchronizeGroups(List<AppGroup> groups) {
        Map<String, Group> existing = identity.createGroupQuery().list().stream()
                .collect(Collectors.toMap(Group::getId, Function.identity()));
        for (AppGroup wanted : groups) {
            Group group = existing.remove(wanted.id());
            String type = AppGroup.TYPE_SYSTEM.equals(wanted.type())
                    ? CAMUNDA_GROUP_TYPE_SYSTEM : CAMUNDA_GROUP_TYPE_WORKFLOW;
            if (group == null) {
                group = identity.newGroup(wanted.id());
            } else if (Objects.equals(group.getName(), wanted.nameZh()) && Objects.equals(group.getType(), type)) {
                continue;
            }
            group.setName(wanted.nameZh());
            group.setType(type);
            identity.saveGroup(group);
        }
        existing.keySet().forEach(identity::deleteGroup);
    }

    private void synchronizeUsers(List<AppUser> users) {
        Map<String, User> existing = identity.createUserQuery().list().stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        for (AppUser wanted : users) {
            User user = existing.remove(wanted.username());
            if (user == null) {
                user = identity.newUser(wanted.username());
                // nobody signs in to Camunda with a Camunda password: make it unusable
                user.setPassword(unusablePassword());
            } else if (Objects.equals(user.getFirstName(), wanted.displayName())
                    && Objects.equals(user.getEmail(), wanted.email())) {
                continue;
            }
            user.setFirstName(wanted.displayName());
            user.setLastName("");
            user.setEmail(wanted.email());
            identity.saveUser(user);
        }
        existing.keySet().forEach(identity::deleteUser);
    }

    private void synchronizeMemberships(List<AppUser> users) {
        for (AppUser user : users) {
            Set<String> current = identity.createGroupQuery().groupMember(user.username()).list().stream()
                    .map(Group::getId)
                    .collect(Collectors.toCollection(HashSet::new));
            for (String wanted : user.groups()) {
                if (!current.remove(wanted)) {
                    identity.createMembership(user.username(), wanted);
                }
            }
            current.forEach(stale -> identity.deleteMembership(user.username(), stale));
        }
    }

    private String unusablePassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
