package org.scrutineer.assurance.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A version of the regulator's assessment framework: themes, their quality statements, and each statement's topics. */
public record Framework(String version, String title, List<Theme> themes) {

    public record Theme(int number, String name, List<QualityStatement> statements) {}

    /** A quality statement with its canonical name, the other spellings it is known by, and its topics in order. */
    public record QualityStatement(
            int number,
            int themeNumber,
            String name,
            List<String> aliases,
            String weStatement,
            List<String> iStatements,
            List<String> topics) {
        public boolean isCalled(String words) {
            String w = words.trim().toLowerCase(Locale.ROOT);
            return name.toLowerCase(Locale.ROOT).equals(w)
                    || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(w));
        }
    }

    public List<QualityStatement> statements() {
        return themes.stream().flatMap(t -> t.statements().stream()).toList();
    }

    /** The statement a name or alias refers to, ignoring case, as imports accept either spelling. */
    public Optional<QualityStatement> statementCalled(String words) {
        return statements().stream().filter(s -> s.isCalled(words)).findFirst();
    }

    public QualityStatement statement(int number) {
        return statements().stream()
                .filter(s -> s.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No quality statement " + number + " in " + version));
    }
}
