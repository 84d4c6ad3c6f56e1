package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/** The application starts on Tomcat, answers GET /providers with the ten providers, and stops when the test ends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProvidersApplicationTest {
    @Autowired
    TestRestTemplate http;

    @Test
    void getProvidersAnswersTheTenCollectiveSecurityProviders() {
        List<String> providers = http.exchange("/providers", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<String>>() { }).getBody();
        assertEquals(10, providers.size(), String.valueOf(providers));
        assertEquals(true, providers.contains("CSTO") && providers.contains("NATO") && providers.contains("OSCE"),
                String.valueOf(providers));
    }
}
