package org.scrutineer.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.database.EmbeddedDatabase;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The demo is loaded by default into the embedded database only; into an external one only when asked. */
class DemoDefaultIT {

    /** The settings as application.properties gives them, plus the command line's. */
    static ScrutineerProperties settings(String... commandLine) throws Exception {
        Properties p = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        for (String s : commandLine) {
            p.setProperty(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
        return new Binder(new MapConfigurationPropertySource(p)).bindOrCreate("scrutineer", ScrutineerProperties.class);
    }

    @Test
    void anExternalDatabaseGetsNoDemoUnlessAsked() throws Exception {
        List<String> loaded = new ArrayList<>();
        DemoData part = new DemoData() {
            @Override
            public int order() {
                return 0;
            }

            @Override
            public void load() {
                loaded.add("demo");
            }
        };
        // no embedded database: nothing is asked of the database, nothing loaded
        new DemoLoader(
                        settings(),
                        null,
                        null,
                        List.of(part),
                        new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class))
                .load();
        assertThat(loaded).isEmpty();

        assertThat(settings().demoWanted(false)).isFalse();
        assertThat(settings("scrutineer.demo=true").demoWanted(false)).isTrue();
        assertThat(settings().demoWanted(true))
                .as("the embedded default, as ./mvnw spring-boot:run starts it")
                .isTrue();
        assertThat(settings("scrutineer.demo=false").demoWanted(true)).isFalse();
    }
}
