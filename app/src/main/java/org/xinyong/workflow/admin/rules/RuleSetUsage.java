package org.xinyong.workflow.admin.rules;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which rule sets cases name: a listing case, objection or repair keeps the id of the set it started under. */
@Repository
public class RuleSetUsage {

    private final JdbcClient jdbc;

    public RuleSetUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> idsUsedByCases() {
        return new HashSet<>(jdbc.sql("""
                        select rule_set_id from listing_case
                        union select rule_set_id from objection
                        union select rule_set_id from repair
                        union select rule_set_id from deadline where rule_set_id is not null""")
                .query(String.class)
                .list());
    }
}
