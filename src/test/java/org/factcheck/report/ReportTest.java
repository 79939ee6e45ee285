package org.factcheck.report;

import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The exports over HTTP, as a signed-in editor, on data the desk adds for each test. */
@AppTest
abstract class ReportTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    Http reports;
    Desk desk;
    String editor;

    @BeforeEach
    void connect() {
        reports = new Http(port);
        desk = new Desk(app);
        editor = desk.account(Role.EDITOR);
    }
}
