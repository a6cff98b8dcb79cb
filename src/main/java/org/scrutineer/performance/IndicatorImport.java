package org.scrutineer.performance;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.performance.domain.Polarity;
import org.scrutineer.performance.domain.Projection;
import org.scrutineer.performance.domain.Unit;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.imports.RowError;
import org.scrutineer.platform.imports.RowErrors;
import org.scrutineer.platform.imports.TabularFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports indicator definitions ({@code ref,service_area,measure,definition,unit,polarity,frequency,data_source,projection}).
 * A ref already known is updated; the audit trail keeps the old and new definition.
 */
@Service
class IndicatorImport {
    public static final List<String> COLUMNS = List.of(
            "ref",
            "service_area",
            "measure",
            "definition",
            "unit",
            "polarity",
            "frequency",
            "data_source",
            "projection");

    private final JdbcClient jdbc;
    private final PerformanceRepository repository;
    private final AuditTrail audit;

    public IndicatorImport(JdbcClient jdbc, PerformanceRepository repository, AuditTrail audit) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.audit = audit;
    }

    record Definition(
            String ref,
            long serviceAreaId,
            String serviceArea,
            String measure,
            String definition,
            Unit unit,
            Polarity polarity,
            String frequency,
            String dataSource,
            Projection projection) {}

    @Transactional
    public int importFile(String fileName, InputStream input) {
        Map<String, Long> areas = new HashMap<>();
        jdbc.sql("select code, id from service_area").query(rs -> {
            areas.put(rs.getString(1), rs.getLong(2));
        });
        RowErrors errors = new RowErrors();
        Map<String, Definition> rows = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        TabularFile.readRows(fileName, input, COLUMNS, errors, (line, c) -> {
            int before = errors.size();
            String ref = c.get("ref");
            String area = c.get("service_area");
            String measure = c.get("measure");
            if (ref.isEmpty()) {
                errors.add(new RowError(line, "ref", "The indicator ref is empty"));
            } else if (ref.length() > 20 || !ref.matches("[A-Za-z0-9 ._-]+")) {
                errors.add(new RowError(
                        line,
                        "ref",
                        "'" + ref + "' is not a ref: use up to 20 letters, digits, spaces, dots or dashes"));
            }
            if (!areas.containsKey(area)) {
                errors.add(new RowError(line, "service_area", "There is no service area '" + area + "'"));
            }
            if (measure.isEmpty()) {
                errors.add(new RowError(line, "measure", "The measure is empty"));
            }
            Unit unit = parse(errors, line, "unit", () -> Unit.fromCode(c.get("unit")));
            Polarity polarity = parse(errors, line, "polarity", () -> Polarity.fromCode(c.get("polarity")));
            String projectionText = c.get("projection");
            Projection projection = projectionText.isEmpty()
                    ? Projection.NONE
                    : parse(errors, line, "projection", () -> Projection.fromCode(projectionText));
            Integer earlier = lines.putIfAbsent(ref, line);
            if (earlier != null && !ref.isEmpty()) {
                errors.add(new RowError(line, "ref", "Duplicate row: " + ref + " is already on line " + earlier));
            }
            if (errors.size() == before) {
                rows.put(
                        ref,
                        new Definition(
                                ref,
                                areas.get(area),
                                area,
                                measure,
                                c.get("definition"),
                                unit,
                                polarity,
                                c.get("frequency"),
                                c.get("data_source"),
                                projection));
            }
        });
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new RowError(2, "", "The file has a header but no data rows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(fileName, errors);
        }
        int position = jdbc.sql("select coalesce(max(position), 0) from indicator")
                .query(Integer.class)
                .single();
        for (Definition d : rows.values()) {
            Optional<Indicator> old = repository.indicator(d.ref());
            jdbc.sql("""
                            insert into indicator (ref, service_area_id, measure, definition, unit, polarity, frequency, data_source, projection, position)
                            values (:ref, :area, :measure, :definition, :unit, :polarity, :frequency, :source, :projection, :position)
                            on conflict (ref) do update set service_area_id = excluded.service_area_id, measure = excluded.measure,
                              definition = excluded.definition, unit = excluded.unit, polarity = excluded.polarity,
                              frequency = excluded.frequency, data_source = excluded.data_source, projection = excluded.projection""")
                    .param("ref", d.ref())
                    .param("area", d.serviceAreaId())
                    .param("measure", d.measure())
                    .param("definition", d.definition())
                    .param("unit", d.unit().name())
                    .param("polarity", d.polarity().name())
                    .param("frequency", d.frequency())
                    .param("source", d.dataSource())
                    .param("projection", d.projection().name())
                    .param("position", ++position)
                    .update();
            Indicator now = repository.indicator(d.ref()).orElseThrow();
            if (!old.map(now::equals).orElse(false)) {
                audit.saved("indicator:" + d.ref(), "indicator", d.ref(), old.orElse(null), now);
            }
        }
        return rows.size();
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(RowErrors errors, int line, String column, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(line, column, e.getMessage()));
            return null;
        }
    }
}
