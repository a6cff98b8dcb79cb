package org.scrutineer.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.scrutineer.platform.ScrutineerProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The API's OpenAPI description (served at /api/openapi, read at /api/docs), all of its shaping in one place: what the
 * API is, how to sign in, and for every operation the errors it can answer with, as problem+json. Who may call an
 * operation is asked of the security rules themselves, so the description cannot drift from them. A record's fields
 * are required unless marked {@link Nullable}: empty fields are left out of answers, never sent as null.
 */
// swagger-core's Schema builders return the raw Schema type, and ModelConverter.resolve must return it too
@SuppressWarnings({"rawtypes", "unchecked"})
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    /** The API's own version: change it when an answer or request changes shape. */
    static final String VERSION = "1.0.0";

    static final String BASIC = "basicAuth";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final Authentication VISITOR = new AnonymousAuthenticationToken(
            "openapi", "visitor", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    private static final Authentication MEMBER = UsernamePasswordAuthenticationToken.authenticated(
            "member", null, AuthorityUtils.createAuthorityList("ROLE_MEMBER"));

    @Bean
    OpenAPI scrutineerApi(ScrutineerProperties properties, PublicAddress address) {
        return new OpenAPI()
                .info(new Info()
                        .title("Scrutineer API")
                        .version(VERSION)
                        .description("""
                                The records behind %s's performance and scrutiny cycle as JSON: indicators, their figures \
                                and targets, Priority Based Reports (published and draft), meetings with their public agendas, \
                                papers and minutes, and the CQC rating rule. The same records and rules as the web pages.

                                Published reports, meetings and the rating rule are public. Everything else needs an account: \
                                send its username and password with HTTP Basic, or call from a browser that has signed in at \
                                /sign-in. Errors are `application/problem+json` (RFC 9457), naming the field and the reason \
                                where a request is wrong. Dates are ISO 8601; times are UK local time (Europe/London).\
                                """.formatted(properties.councilName()))
                        .license(new License()
                                .name("Open Government Licence v3.0")
                                .url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
                .servers(
                        List.of(new Server().url(address.base()).description("This site (scrutineer.public-base-url)")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description(
                                                "An account's username and password. A browser session works too: sign in at "
                                                        + "/sign-in and calls from that browser (this page's \"Try it out\" among them) carry "
                                                        + "its cookie; a call that changes records that way must also send the session's CSRF "
                                                        + "token, so scripts should use HTTP Basic."))
                        .addSchemas("Problem", problem())
                        .addSchemas(
                                "FieldError",
                                new ObjectSchema()
                                        .description("A request field that is wrong, and why.")
                                        .addProperty(
                                                "field",
                                                new StringSchema()
                                                        .description("The field, parameter or part, e.g. period"))
                                        .addProperty(
                                                "reason",
                                                new StringSchema()
                                                        .description("Why it is wrong, in words to show the person"))
                                        .required(List.of("field", "reason")))
                        .addSchemas(
                                "InvalidRequest",
                                new ObjectSchema()
                                        .description(
                                                "A request that cannot be done as sent. `errors` lists each wrong field where "
                                                        + "Scrutineer checked the fields; a request Spring could not read has none.")
                                        .allOf(List.of(
                                                ref("Problem"),
                                                new ObjectSchema()
                                                        .addProperty(
                                                                "errors", new ArraySchema().items(ref("FieldError"))))))
                        .addSchemas(
                                "RowError",
                                new ObjectSchema()
                                        .description("One thing wrong with an uploaded file.")
                                        .addProperty(
                                                "line",
                                                new IntegerSchema()
                                                        .description(
                                                                "The line: 1 is the header; 0 is the file as a whole"))
                                        .addProperty(
                                                "column",
                                                new StringSchema()
                                                        .description("The column; empty for the whole line or file"))
                                        .addProperty("reason", new StringSchema())
                                        .required(List.of("line", "column", "reason")))
                        .addSchemas(
                                "ImportRefused",
                                new ObjectSchema()
                                        .description(
                                                "An upload refused whole: nothing was imported. Every error found is counted, "
                                                        + "and the first 1,000 are listed.")
                                        .allOf(List.of(
                                                ref("Problem"),
                                                new ObjectSchema()
                                                        .addProperty("fileName", new StringSchema())
                                                        .addProperty(
                                                                "errorCount",
                                                                new IntegerSchema()
                                                                        .description(
                                                                                "How many errors were found, listed or not"))
                                                        .addProperty(
                                                                "errors",
                                                                new ArraySchema()
                                                                        .maxItems(1000)
                                                                        .items(ref("RowError"))
                                                                        .description(
                                                                                "The errors in the order found: all of them, or the first 1,000"))
                                                        .required(List.of("fileName", "errorCount", "errors")))))
                        .addSchemas(
                                "ChangedMeanwhile",
                                new ObjectSchema()
                                        .description(
                                                "The record was changed by someone else since the version the request names: "
                                                        + "nothing was saved. Read it again, or send the version it has now to replace it.")
                                        .allOf(List.of(
                                                ref("Problem"),
                                                new ObjectSchema()
                                                        .addProperty(
                                                                "version",
                                                                new IntegerSchema()
                                                                        .description(
                                                                                "The version it has now (0: there is none)"))
                                                        .addProperty(
                                                                "valueNow",
                                                                new StringSchema()
                                                                        .description(
                                                                                "Its value now, as the officer would enter it"))
                                                        .addProperty(
                                                                "changedBy",
                                                                new StringSchema()
                                                                        .description(
                                                                                "Who changed it last, when the audit trail knows"))
                                                        .required(List.of("version")))))
                        .addResponses(
                                "ChangedMeanwhile",
                                problemResponse(
                                        "Someone else changed the record since the version the "
                                                + "request names; nothing was saved",
                                        "ChangedMeanwhile"))
                        .addResponses(
                                "InvalidRequest",
                                problemResponse("A parameter or the body is missing or wrong", "InvalidRequest"))
                        .addResponses(
                                "SignInNeeded",
                                problemResponse("Not signed in, or the username or password is wrong", "Problem")
                                        .addHeaderObject(
                                                "WWW-Authenticate",
                                                new Header()
                                                        .description("Basic realm=\"Scrutineer\", charset=\"UTF-8\"")
                                                        .schema(new StringSchema())))
                        .addResponses(
                                "NotAllowed",
                                problemResponse(
                                        "The account may not do this (an officer's account is needed), "
                                                + "or must change its password first, or a call from a browser session came without its CSRF token",
                                        "Problem"))
                        .addResponses(
                                "TooManySignInAttempts",
                                problemResponse(
                                                "Too many failed sign-ins for the username or from this "
                                                        + "address: the credentials were not checked; try again after the time given",
                                                "Problem")
                                        .addHeaderObject(
                                                "Retry-After",
                                                new Header()
                                                        .description("Seconds to wait")
                                                        .schema(new IntegerSchema())))
                        .addResponses(
                                "NotFound", problemResponse("No such record, or none this visitor may see", "Problem"))
                        .addResponses(
                                "NotAcceptable",
                                problemResponse(
                                        "The Accept header names no type this operation answers with", "Problem"))
                        .addResponses(
                                "FileTooLarge",
                                problemResponse(
                                        "The file is over the upload limit; nothing was imported", "InvalidRequest"))
                        .addResponses(
                                "FileNotImported",
                                problemResponse(
                                        "The file has errors (the first 1,000 listed); nothing was imported",
                                        "ImportRefused"))
                        .addResponses(
                                "ImportBusy",
                                problemResponse(
                                                "Another large file is being imported (one runs at a time), or Scrutineer cannot reach "
                                                        + "its database for now; nothing was imported: send it again after Retry-After seconds",
                                                "InvalidRequest")
                                        .addHeaderObject(
                                                "Retry-After",
                                                new Header()
                                                        .description("Seconds to wait before sending the file again")
                                                        .schema(new IntegerSchema())))
                        .addResponses(
                                "ServiceUnavailable",
                                problemResponse(
                                                "Scrutineer cannot reach its database for now: try again after Retry-After seconds",
                                                "Problem")
                                        .addHeaderObject(
                                                "Retry-After",
                                                new Header()
                                                        .description("Seconds to wait before trying again")
                                                        .schema(new IntegerSchema()))));
    }

    /**
     * Who may call each operation, and the errors each answers with. The security rules are asked about every operation
     * as a visitor and as a board member.
     */
    @Bean
    OpenApiCustomizer refusalsAndErrors(ObjectProvider<WebInvocationPrivilegeEvaluator> rules) {
        return api -> api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    WebInvocationPrivilegeEvaluator evaluator = rules.getObject();
                    String uri = path.replaceAll("\\{[^/}]+}", "x");
                    boolean forEveryone = evaluator.isAllowed("", uri, method.name(), VISITOR);
                    boolean member = evaluator.isAllowed("", uri, method.name(), MEMBER);
                    ApiResponses responses = operation.getResponses();
                    List<Parameter> parameters =
                            operation.getParameters() == null ? List.of() : operation.getParameters();
                    if (forEveryone) {
                        // no sign-in needed; an account's credentials are accepted (members see more of some meetings)
                        operation.setSecurity(
                                List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC)));
                    } else {
                        operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
                        responses.addApiResponse("401", responseRef("SignInNeeded"));
                    }
                    if (!member || method != PathItem.HttpMethod.GET) {
                        responses.addApiResponse("403", responseRef("NotAllowed"));
                    }
                    if (operation.getRequestBody() != null
                            || parameters.stream().anyMatch(p -> "query".equals(p.getIn()))) {
                        responses.addApiResponse("400", responseRef("InvalidRequest"));
                    }
                    if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
                        responses.addApiResponse("404", responseRef("NotFound"));
                    }
                    if ("addFigure".equals(operation.getOperationId())) {
                        responses.addApiResponse(
                                "409",
                                responseRef("ChangedMeanwhile")); // optimistic locking: see Figures.ChangedMeanwhile
                    }
                    responses.addApiResponse("406", responseRef("NotAcceptable"));
                    responses.addApiResponse(
                            "429", responseRef("TooManySignInAttempts")); // any call may send HTTP Basic credentials
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
                        responses.addApiResponse("413", responseRef("FileTooLarge"));
                        responses.addApiResponse("422", responseRef("FileNotImported"));
                        responses.addApiResponse("503", responseRef("ImportBusy"));
                    } else {
                        responses.addApiResponse("503", responseRef("ServiceUnavailable"));
                    }
                    ApiResponses sorted = new ApiResponses();
                    new TreeMap<>(responses).forEach(sorted::addApiResponse);
                    operation.setResponses(sorted);
                }));
    }

    /** Record fields are required in the description unless marked {@link Nullable}. */
    @Bean
    ModelConverter recordFieldsRequired() {
        return new ModelConverter() {
            @Override
            public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
                Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
                if (schema == null || !raw.isRecord()) {
                    return schema;
                }
                Schema<?> model = schema.get$ref() == null
                        ? schema
                        : context.getDefinedModels()
                                .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
                if (model == null || model.getProperties() == null) {
                    return schema;
                }
                for (RecordComponent c : raw.getRecordComponents()) {
                    boolean required =
                            model.getRequired() != null && model.getRequired().contains(c.getName());
                    if (!required
                            && model.getProperties().containsKey(c.getName())
                            && !c.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                        model.addRequiredItem(c.getName());
                    }
                }
                return schema;
            }
        };
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("A problem (RFC 9457): what went wrong, for people and programs.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri-reference")
                                .description(
                                        "Where the kind of problem is explained; absent means about:blank (the status says it all)"))
                .addProperty("title", new StringSchema().description("The kind of problem, e.g. Invalid request"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("This occurrence, in words to show the person"))
                .addProperty(
                        "instance", new StringSchema().format("uri-reference").description("The address asked for"))
                .required(List.of("title", "status"));
    }

    private static ApiResponse problemResponse(String description, String schema) {
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(schema))));
    }

    private static Schema<?> ref(String schema) {
        return new Schema<>().$ref("#/components/schemas/" + schema);
    }

    private static ApiResponse responseRef(String response) {
        return new ApiResponse().$ref("#/components/responses/" + response);
    }
}
