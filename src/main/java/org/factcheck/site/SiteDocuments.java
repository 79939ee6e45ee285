package org.factcheck.site;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.factcheck.feed.AnswerCache;
import org.factcheck.feed.Dated;
import org.factcheck.feed.FactCheck;
import org.factcheck.feed.ItemPage;
import org.factcheck.feed.PublicationSettings;
import org.factcheck.feed.PublishedFactChecks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What search engines and feed readers ask a site for: robots.txt, the sitemap and an Atom feed. */
@RestController
class SiteDocuments {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final int ATOM_ENTRIES = 20;
    private static final List<String> FIXED_PAGES = List.of("/", "/ratings", "/corrections", "/transparency");

    private final PublishedFactChecks factChecks;
    private final PublicationSettings publication;
    private final AnswerCache answers;

    SiteDocuments(PublishedFactChecks factChecks, PublicationSettings publication, AnswerCache answers) {
        this.factChecks = factChecks;
        this.publication = publication;
        this.answers = answers;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return "User-agent: *\nDisallow: /login\nDisallow: /VAADIN/\n\nSitemap: " + publication.link("/sitemap.xml") + "\n";
    }

    /** Every public page with the time what it shows last changed (sitemaps.org 0.9; up to 50,000 addresses). */
    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(HttpServletRequest request) throws XMLStreamException {
        List<PublishedFactChecks.PublicPage> pages = factChecks.publicPages();
        Instant newest = pages.stream().map(PublishedFactChecks.PublicPage::lastChanged).max(Instant::compareTo).orElse(Instant.EPOCH);
        return answers.rendered(request, xml(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String fixed : FIXED_PAGES) {
                url(xml, fixed, newest);
            }
            for (PublishedFactChecks.PublicPage page : pages) {
                url(xml, page.path(), page.lastChanged());
            }
            xml.writeEndElement();
        }), XML, newest);
    }

    /** The newest fact-checks as Atom 1.0 (RFC 4287), beside the API's JSON Feed. */
    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> atom(HttpServletRequest request) throws XMLStreamException {
        Dated<ItemPage<FactCheck>> newest = factChecks.newest(null, null, null, null, ATOM_ENTRIES);
        return answers.rendered(request, xml(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "id", publication.link("/feed.atom").toString());
            element(xml, "title", publication.publisher().name() + ": fact-checks");
            element(xml, "updated", seconds(newest.lastModified()));
            link(xml, "self", publication.link("/feed.atom").toString());
            link(xml, "alternate", publication.link("/").toString());
            xml.writeStartElement("author");
            element(xml, "name", publication.publisher().name());
            xml.writeEndElement();
            for (FactCheck factCheck : newest.content().items()) {
                xml.writeStartElement("entry");
                element(xml, "id", factCheck.url().toString());
                element(xml, "title", factCheck.headline());
                link(xml, "alternate", factCheck.url().toString());
                element(xml, "published", seconds(factCheck.publishedAt()));
                element(xml, "updated", seconds(factCheck.updatedAt()));
                element(xml, "summary", "Rated " + factCheck.rating().label() + ": " + factCheck.claimText());
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", factCheck.rating().label());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }), ATOM, newest.lastModified());
    }

    private void url(XMLStreamWriter xml, String path, Instant lastChanged) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", publication.link(path).toString());
        element(xml, "lastmod", seconds(lastChanged));
        xml.writeEndElement();
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] xml(Body body) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        body.write(xml);
        xml.writeEndDocument();
        xml.close();
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
