package fi.avustus.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import fi.avustus.review.Decisions;
import java.io.ByteArrayInputStream;

/**
 * A download link for the letter of an approved decision, for the applicant's "my applications"
 * and the case page. The PDF is read when clicked, through the facade, so the same access rule
 * (own organisation or staff) applies as everywhere else.
 */
public class DecisionLetterLink extends Composite<Anchor> {

    public DecisionLetterLink(Decisions decisions, long decisionId) {
        Anchor link = getContent();
        StreamResource pdf = new StreamResource("paatos-" + decisionId + ".pdf",
                () -> new ByteArrayInputStream(decisions.letter(decisionId)));
        pdf.setContentType("application/pdf");
        link.setHref(pdf);
        link.setText(getTranslation("decision.letter.download"));
        link.setId("decision-letter");
        // Opens the PDF in the browser's viewer, or downloads it where there is none.
        link.setTarget("_blank");
    }
}
