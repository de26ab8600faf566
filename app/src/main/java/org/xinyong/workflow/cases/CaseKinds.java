package org.xinyong.workflow.cases;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.security.CurrentUser;

/** The registered {@link CaseKind}s, one per {@link CaseType}: the one seam through which shared code reaches them. */
@Component
public class CaseKinds {

    private final Map<CaseType, CaseKind> byType = new EnumMap<>(CaseType.class);

    public CaseKinds(List<CaseKind> kinds) {
        for (CaseKind kind : kinds) {
            CaseKind previous = byType.put(kind.type(), kind);
            if (previous != null) {
                throw new IllegalStateException("Two case kinds for " + kind.type() + ": "
                        + previous.getClass().getName() + " and " + kind.getClass().getName());
            }
        }
    }

    /** The kind of the case type; every type has one once the application runs. */
    public CaseKind of(CaseType type) {
        CaseKind kind = byType.get(type);
        if (kind == null) {
            throw new IllegalStateException("No case kind registered for " + type);
        }
        return kind;
    }

    public Optional<CaseKind> find(CaseType type) {
        return Optional.ofNullable(type == null ? null : byType.get(type));
    }

    /** Every registered kind, in the order of {@link CaseType}. */
    public Collection<CaseKind> all() {
        return byType.values();
    }

    /**
     * Whether the user may see the case; a case of no registered kind, or with an id that is no case's, only those who
     * see every case.
     */
    public boolean mayView(CurrentUser user, CaseRef ref) {
        Optional<CaseKind> kind = find(ref.caseType());
        Optional<Long> id = ref.numericId();
        if (kind.isEmpty() || id.isEmpty()) {
            return user.seesAllCases();
        }
        return kind.get().mayView(user, id.get());
    }
}
