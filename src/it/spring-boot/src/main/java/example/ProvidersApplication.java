package example;

import java.time.LocalDate;
import java.util.List;

import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A web application that builds Concert's knowledge base once and answers from it. */
@SpringBootApplication
public class ProvidersApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProvidersApplication.class, args);
    }

    @Bean
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).noCache().reason();
    }

    /** The collective security providers as JSON. */
    @RestController
    static class Providers {
        private final KnowledgeBase kb;

        Providers(KnowledgeBase kb) {
            this.kb = kb;
        }

        @GetMapping("/providers")
        List<String> providers() {
            return kb.select(NamedQueries.get("collective-security-providers").text()).column("acronym");
        }
    }
}
