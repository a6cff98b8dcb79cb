package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.performance.domain.FigureValue;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** One rule for a figure's value, whether it comes from the form, an import or the API: what one refuses, all refuse. */
@ScrutineerTest
class FigureValuesIT {
    static final String THIRTY_DIGITS = "123456789012345678901234567890";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FigureImport figureImport;

    @BeforeEach
    void indicator() {
        data.serviceArea("TEST-VAL", "VAL");
        data.indicator("VAL", "VAL-1", "HIGHER_IS_BETTER");
    }

    ResultActions api(String body) throws Exception {
        return mvc.perform(post("/api/indicators/VAL-1/figures")
                .contentType("application/json")
                .content(body)
                .with(httpBasic("officer", "officer-demo-pass")));
    }

    int figures() {
        return jdbc.sql(
                        "select count(*) from indicator_value v join indicator i on i.id = v.indicator_id where i.ref = 'VAL-1'")
                .query(Integer.class)
                .single();
    }

    @Test
    void theApiRefusesWhatTheFormRefusesNamingTheField() throws Exception {
        for (String value : new String[] {"1e400", THIRTY_DIGITS, "0.1234567"}) {
            api("{\"kind\":\"actual\",\"period\":\"2023/24\",\"value\":" + value + "}")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("value"))
                    .andExpect(
                            jsonPath("$.errors[0].reason")
                                    .value(
                                            "must be a number with at most 12 digits before the decimal point and 6 after, like 2206 or 62.2"));
        }
        for (String value : new String[] {"\"NaN\"", "\"Infinity\"", "\"lots\""}) {
            api("{\"kind\":\"actual\",\"period\":\"2023/24\",\"value\":" + value + "}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("value"));
        }
        api("{\"kind\":\"actual\",")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(figures()).isZero();
        api("{\"kind\":\"actual\",\"period\":\"2023/24\",\"value\":999999999999.999999}")
                .andExpect(status().isCreated());
        assertThat(figures()).isEqualTo(1);
    }

    @Test
    void theFormAndTheImportRefuseTooManyDigits() throws Exception {
        String page = mvc.perform(post("/indicators/VAL-1/figures")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("kind", "actual")
                        .param("period", "2022/23")
                        .param("value", THIRTY_DIGITS)
                        .param("status", "final"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Value must have at most 12 digits before the decimal point and 6 after");
        ImportRejected rejected =
                (ImportRejected) org.assertj.core.api.Assertions.catchThrowable(() -> figureImport.importFile(
                        "v.csv",
                        new ByteArrayInputStream(("indicator_ref,kind,period,value,status\nVAL-1,actual,2021/22,"
                                        + THIRTY_DIGITS + ",final\n")
                                .getBytes(StandardCharsets.UTF_8))));
        assertThat(rejected.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("value");
            assertThat(e.reason())
                    .isEqualTo(
                            "'" + THIRTY_DIGITS
                                    + "' has more digits than a figure may: at most 12 digits before the decimal point and 6 after");
        });
        assertThat(figures()).isZero();
    }

    @Test
    void theRule() {
        assertThat(FigureValue.fits(new BigDecimal("62.2"))).isTrue();
        assertThat(FigureValue.fits(new BigDecimal("-999999999999.999999"))).isTrue();
        assertThat(FigureValue.fits(new BigDecimal("1.50000000")))
                .as("trailing zeros are no digits")
                .isTrue();
        assertThat(FigureValue.fits(new BigDecimal("1E+400"))).isFalse();
        assertThat(FigureValue.fits(new BigDecimal("1E-7"))).isFalse();
        assertThat(FigureValue.fits(new BigDecimal("1000000000000"))).isFalse();
        assertThat(FigureValue.isPlainNumber("2,206")).isFalse();
        assertThat(FigureValue.isPlainNumber("1e3")).isFalse();
    }
}
