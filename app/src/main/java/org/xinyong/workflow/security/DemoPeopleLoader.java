package org.xinyong.workflow.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts of API.md from {@code data/demo/people.json} ({@code xinyong.demo.people}), only in
 * the {@code demo} profile. Idempotent: accounts and groups that already exist are left exactly as they are.
 */
@Component
@Profile("demo")
@Order(DemoPeopleLoader.ORDER)
public class DemoPeopleLoader implements ApplicationRunner {

    /** Start-up order: before the Camunda identity synchronisation (200). */
    public static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(DemoPeopleLoader.class);

    private final PeopleRepository people;
    private final PasswordEncoder passwordEncoder;
    private final ObjectMapper objectMapper;
    private final Resource source;

    public DemoPeopleLoader(PeopleRepository people, PasswordEncoder passwordEncoder, ObjectMapper objectMapper,
                            @Value("${xinyong.demo.people:classpath:data/demo/people.json}") Resource source) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.objectMapper = objectMapper;
        this.source = source;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = load();
        log.info("Demo people: {} accounts created from {}", created, source.getDescription());
    }

    /** Creates the missing demo groups and accounts; answers how many accounts it created. */
    public int load() {
        DemoPeople demo = read();
        for (DemoGroup group : demo.groups()) {
            if (!people.groupExists(group.id())) {
                people.insertGroup(new AppGroup(group.id(), group.nameZh(), group.nameEn(), group.type()));
            }
        }
        int created = 0;
        for (DemoUser user : demo.users()) {
            if (people.userExists(user.username())) {
                continue;
            }
            String password = user.password() != null ? user.password() : demo.defaultPassword();
            people.insertUser(new AppUser(user.username(), passwordEncoder.encode(password), user.displayName(),
                    user.email(), true, user.role(), user.departmentCode(), user.subjectCode(),
                    Set.copyOf(user.groups())));
            created++;
        }
        return created;
    }

    /** The demo account names, for the login page's hint. */
    public List<String> usernames() {
        return read().users().stream().map(DemoUser::username).toList();
    }

    private DemoPeople read() {
        try (InputStream in = source.getInputStream()) {
            return objectMapper.readValue(in, DemoPeople.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read demo people from " + source.getDescription(), unreadable);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoPeople(String defaultPassword, List<DemoGroup> groups, List<DemoUser> users) {
        DemoPeople {
            groups = groups == null ? List.of() : groups;
            users = users == null ? List.of() : users;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoGroup(String id, String nameZh, String nameEn, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoUser(String username, String password, String displayName, String email, String role,
                    String departmentCode, String subjectCode, List<String> groups) {
        DemoUser {
            groups = groups == null ? List.of() : groups;
        }
    }
}
