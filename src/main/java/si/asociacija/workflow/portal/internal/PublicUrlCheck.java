package si.asociacija.workflow.portal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.portal.PublicLinks;

/**
 * Outside the demo profile the links in mail (status pages, assembly links, Tasklist) must be https: they
 * carry the private tokens. A warning at every start until {@code ASOCIACIJA_PUBLIC_URL} says https.
 */
@Component
@Profile("!demo")
class PublicUrlCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublicUrlCheck.class);

    private final PublicLinks links;

    PublicUrlCheck(PublicLinks links) {
        this.links = links;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!links.base().startsWith("https://")) {
            log.warn("asociacija.public-url is {}: links in mail carry private tokens and should be https. "
                    + "Set ASOCIACIJA_PUBLIC_URL to the https address of the proxy.", links.base());
        }
    }
}
