package org.scrutineer.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scrutineer.*}.
 *
 * @param councilName  shown in the header and on reports
 * @param dataDir      where the embedded PostgreSQL keeps its data between runs (empty: a temporary folder)
 * @param demo         load the Halton demo data on first start when the database is empty
 * @param embeddedPort port of the embedded PostgreSQL (0: any free port)
 * @param publicBaseUrl the address residents reach the site at, for links that leave it (calendar feeds, the API
 *                      description); never taken from a request's Host header, which the client chooses
 */
@ConfigurationProperties("scrutineer")
public record ScrutineerProperties(
        @DefaultValue("Halton Borough Council") String councilName,
        @DefaultValue("./data") String dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("http://localhost:8080") String publicBaseUrl) {
}
