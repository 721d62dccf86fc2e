package fi.avustus.programme.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import fi.avustus.programme.OpenCall;
import fi.avustus.security.Roles;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** One open call as a card: title, programme, closing time, time left, maximum grant, self-financing. */
public class OpenCallCard extends Article {

    public OpenCallCard(OpenCall call) {
        Locale locale = getLocale();
        H3 title = new H3(call.title(locale));
        title.getStyle().set("margin-top", "0");
        Paragraph programme = new Paragraph(call.programmeName(locale));
        programme.getStyle().set("color", "var(--lumo-secondary-text-color)");
        DescriptionList facts = new DescriptionList();
        fact(facts, "openCalls.closesAt", Time.format(call.openUntil().atZone(Time.HELSINKI), locale));
        fact(facts, "openCalls.timeLeft", TimeLeft.text(this, call.timeLeft()));
        fact(facts, "openCalls.maxGrant", Money.format(call.maxGrant(), locale));
        fact(facts, "openCalls.minSelfFinancing", percent(call.minSelfFinancingPercent(), locale));
        add(title, programme, facts);
        if (isApplicant()) {
            // A plain link, so that the programme module needs nothing from the application module.
            Anchor apply = new Anchor("calls/" + call.callId() + "/apply", getTranslation("openCalls.apply"));
            apply.setId("apply-" + call.callId());
            apply.addClassName("apply-link");
            add(apply);
        }
        setId("open-call-" + call.callId());
        addClassName("open-call");
        getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("border", "1px solid var(--lumo-contrast-20pct)");
    }

    private static boolean isApplicant() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.isUserInRole(Roles.APPLICANT);
    }

    private void fact(DescriptionList facts, String labelKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private static String percent(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value) + " %";
    }
}
