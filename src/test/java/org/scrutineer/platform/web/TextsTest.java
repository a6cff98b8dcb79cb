package org.scrutineer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** messages.properties holds every key the code asks for, and each text reads as it is meant to once filled in. */
class TextsTest {
    private static final Pattern KEY_IN_JAVA = Pattern.compile("texts\\.get\\(\\s*\"([\\w.]+)\"\\s*[,)]");
    private static final Pattern KEY_IN_TEMPLATES = Pattern.compile("#\\{([\\w.]+)");

    static Properties messages() throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheCodeAndPagesUseIsThere() throws IOException {
        Properties messages = messages();
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Pattern pattern = f.toString().endsWith(".java")
                        ? KEY_IN_JAVA
                        : f.toString().endsWith(".html") ? KEY_IN_TEMPLATES : null;
                if (pattern == null) {
                    continue;
                }
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    if (!messages.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aTextWithArgumentsDoublesItsApostrophes() throws IOException {
        List<String> wrong = new ArrayList<>();
        messages().forEach((key, text) -> {
            String t = (String) text;
            if (t.contains("{0}") && t.replace("''", "").contains("'")) {
                wrong.add(key + "=" + t);
            }
            if (t.contains("{0}")) {
                new MessageFormat(t); // a malformed pattern throws here rather than on a page
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void fillsInNumbersAsTheyAreWritten() {
        // MessageFormat would write 2025 as 2,025: a text's figures are years, counts and references
        assertThat(new MessageFormat("Item {0} for {1}", Texts.LOCALE)
                        .format(Texts.filled(new Object[] {"S1-01", 2025})))
                .isEqualTo("Item S1-01 for 2025");
        assertThat(new MessageFormat("The account {0} is the last enabled administrator''s", Texts.LOCALE)
                        .format(Texts.filled(new Object[] {"admin"})))
                .isEqualTo("The account admin is the last enabled administrator's");
    }
}
