package org.factcheck.feed;

import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What the tests of the public API share: the seeded app they all share, a client that calls it
 * over HTTP as a reader would, and the desk that adds the data a test needs.
 */
@AppTest
abstract class ApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    Http api;
    Desk desk;

    @BeforeEach
    void connect() {
        api = new Http(port);
        desk = new Desk(app);
    }
}
