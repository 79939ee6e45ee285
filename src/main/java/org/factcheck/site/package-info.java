/**
 * The public face: server-rendered pages (Thymeleaf, no JavaScript, no sign-in) for every published or
 * retracted fact-check, the entities they involve, the rating scale, the corrections and the transparency
 * figures (the figures module's published-data figures); the sitemap,
 * robots.txt and an Atom feed; and the pages that describe each problem type the app answers with.
 * It reads only through the feed's read model, so a page shows exactly what the API shows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "feed", "figures", "verdict"})
package org.factcheck.site;
