/**
 * The benchmarking rules in plain Java (no Spring, no JDBC): confidence intervals and Fingertips' comparison rule.
 * Other modules use these rules where they compare a figure with England (the assurance pages' cited metrics), so
 * there is one rule; they change benchmarking's records only through its services.
 */
@NamedInterface("domain")
package org.scrutineer.benchmarking.domain;

import org.springframework.modulith.NamedInterface;
