package org.scrutineer.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scrutineer.*}.
 *
 * @param councilName  shown in the header and on reports
 * @param dataDir      where the embedded PostgreSQL keeps its data between runs (empty: a temporary folder)
 * @param demo         load the Halton demo data on first start when the database is empty; unset: only on the embedded
 *                     database, never on an external one unless set to true
 * @param embeddedPort port of the embedded PostgreSQL (0: any free port)
 * @param publicBaseUrl the address residents reach the site at, for links that leave it (calendar feeds, the API
 *                      description); never taken from a request's Host header, which the client chooses
 */
@ConfigurationProperties("scrutineer")
public record ScrutineerProperties(
        @DefaultValue("Halton Borough Council") String councilName,
        @DefaultValue("./data") String dataDir,
        Boolean demo,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("http://localhost:8080") String publicBaseUrl) {

    /** Whether to load the demo into an empty database: as set, or by default only into the embedded one. */
    public boolean demoWanted(boolean embedded) {
        return demo == null ? embedded : demo;
    }
}
