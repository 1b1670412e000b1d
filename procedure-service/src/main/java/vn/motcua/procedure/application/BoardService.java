package vn.motcua.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.procedure.domain.Fee;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcedureStatus;
import vn.motcua.procedure.persistence.FieldEntity;
import vn.motcua.procedure.persistence.ProcedureEntity;
import vn.motcua.procedure.persistence.UnitEntity;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws up the public board of a unit (DOMAIN.md: the centre must publicly list the procedures it
 * handles, grouped by field, with their QR codes). A unit handles the procedures of its level; only
 * ACTIVE ones are shown, since a withdrawn procedure takes no new dossiers.
 */
@ApplicationScoped
public class BoardService {

    /** What the board prints for a procedure that is free by law. */
    static final String FREE = "Miễn phí";
    /** What it prints for a procedure whose fees are not entered yet: saying "free" would be a guess. */
    static final String FEES_NOT_ENTERED = "Chưa cập nhật";
    private static final String CENTRE = "Trung tâm Phục vụ hành chính công ";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    ReferenceDataService reference;

    @Inject
    CatalogConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Board board(String unitCode) {
        UnitEntity unit = reference.unit(unitCode);
        Level level = unit.kind.level();
        List<ProcedureEntity> procedures = ProcedureEntity.list("status = ?1 and concat(',', levels, ',') like ?2",
                ProcedureStatus.ACTIVE, "%," + level.name() + ",%");
        Map<String, String> fieldNames = FieldEntity.<FieldEntity>listAll().stream()
                .collect(Collectors.toMap(field -> field.code, field -> field.name));

        Comparator<String> vietnamese = vietnameseOrder();
        Map<String, List<Board.Entry>> byField = new LinkedHashMap<>();
        for (ProcedureEntity procedure : procedures) {
            byField.computeIfAbsent(procedure.fieldCode, code -> new ArrayList<>()).add(entry(procedure));
        }
        List<Board.Field> fields = byField.entrySet().stream()
                .map(field -> new Board.Field(field.getKey(), fieldNames.getOrDefault(field.getKey(), field.getKey()),
                        field.getValue().stream()
                                .sorted(Comparator.comparing(Board.Entry::name, vietnamese).thenComparing(Board.Entry::code))
                                .toList()))
                .sorted(Comparator.comparing(Board.Field::name, vietnamese).thenComparing(Board.Field::code))
                .toList();
        return new Board(unit.code, unit.name, unit.kind, level, centreName(unit), clock.instant(), fields);
    }

    /**
     * The centre's name as Vietnamese writes it inside a phrase: the kind of unit in lower case
     * ("Trung tâm Phục vụ hành chính công xã Lượng Minh", "... tỉnh Nghệ An").
     */
    static String centreName(UnitEntity unit) {
        String prefix = unit.kind.vietnamese() + " ";
        String name = unit.name.startsWith(prefix)
                ? prefix.toLowerCase(VIETNAMESE) + unit.name.substring(prefix.length())
                : unit.name;
        return CENTRE + name;
    }

    /**
     * Vietnamese alphabetical order (a, ă, â, b, c, d, đ, e, ê, ...; tones after the bare letter), which
     * is how citizens look for a name on a wall. Folding the text as search does would file "Đăng ký"
     * among the D's and mix "ă" with "a". The JDK's collation rules for "vi" give the order; canonical
     * decomposition makes composed and decomposed Unicode input sort alike.
     */
    static Comparator<String> vietnameseOrder() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        collator.setStrength(Collator.TERTIARY);
        return collator::compare;
    }

    private Board.Entry entry(ProcedureEntity procedure) {
        ProcedureContent content = procedure.content();
        List<String> fees = content.free() ? List.of(FREE)
                : content.fees().isEmpty() ? List.of(FEES_NOT_ENTERED)
                : content.fees().stream().map(Fee::describe).toList();
        return new Board.Entry(procedure.code, content.name(), content.processingTime().describe(), fees,
                content.onlineServiceLevel(), config.publicUrlOf(procedure.code));
    }
}
