package io.planscreen.extraction.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.intake.StoredDocument;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake's and parsing's facades are implemented in parallel branches. Until they are merged, tests get
 * these stand-ins (only when no real bean exists): applications read from intake's table, and no stored
 * parses (pipeline tests hand the step its parse directly).
 */
@AutoConfiguration
class ExtractionTestFallbacks {

    @Bean
    @ConditionalOnMissingBean(Applications.class)
    Applications applicationTable(JdbcClient jdbc) {
        return new Applications() {
            @Override
            public Optional<StoredDocument> original(ApplicationId application) {
                return Optional.empty();
            }

            @Override
            public Optional<ApplicationFacts> facts(ApplicationId application) {
                return jdbc.sql("""
                                select id, company_id, program_id, declared_name, document_type, sha256, size_bytes,
                                       received_at
                                from application where id = ?""")
                        .param(application.value())
                        .query((rs, n) -> new ApplicationFacts(
                                application,
                                new CompanyId(rs.getObject(2, java.util.UUID.class)),
                                new ProgramId(rs.getString(3)),
                                rs.getString(4),
                                DocumentType.valueOf(rs.getString(5)),
                                rs.getString(6),
                                rs.getLong(7),
                                rs.getTimestamp(8).toInstant()))
                        .optional();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(DocumentParsing.class)
    DocumentParsing noStoredParses() {
        return new DocumentParsing() {
            @Override
            public ParsedDocument parse(byte[] content, DocumentType type) {
                throw new UnsupportedOperationException("parsing is not in this build");
            }

            @Override
            public Optional<ParsedDocument> parsed(ApplicationId application) {
                return Optional.empty();
            }
        };
    }
}
