/**
 * The assurance rules and records in plain Java (no Spring, no JDBC). Other modules may read these records and use these rules
 * (they are the module's language); they change them only through the assurance services.
 */
@NamedInterface("domain")
package org.scrutineer.assurance.domain;

import org.springframework.modulith.NamedInterface;
