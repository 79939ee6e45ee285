package org.factcheck.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.factcheck.account.SignInThrottling;

/** The sign-in page. Spring Security's form login handles the POST to /login. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Fact-check database")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Fact-check database"),
                new Paragraph("Sources, claims, entities and verdicts of the fact-checking desk."),
                login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var throttled = parameters.getSingleParameter(SignInThrottling.THROTTLED_PARAMETER);
        LoginI18n i18n = LoginI18n.createDefault();
        throttled.map(SignInThrottling::minutes).ifPresent(minutes -> {
            i18n.getErrorMessage().setTitle("Sign-in refused");
            i18n.getErrorMessage().setMessage(SignInThrottling.message(minutes));
        });
        login.setI18n(i18n);
        login.setError(throttled.isPresent() || parameters.getParameters().containsKey("error"));
    }
}
