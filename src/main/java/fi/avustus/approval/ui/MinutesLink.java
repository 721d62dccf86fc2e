package fi.avustus.approval.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import fi.avustus.approval.Meetings;
import java.io.ByteArrayInputStream;

/** Downloads a meeting's minutes; the PDF is read through the facade when clicked, with its access rule. */
class MinutesLink extends Composite<Anchor> {

    MinutesLink(Meetings meetings, long meetingId) {
        Anchor link = getContent();
        StreamResource pdf = new StreamResource("poytakirja-" + meetingId + ".pdf",
                () -> new ByteArrayInputStream(meetings.minutes(meetingId)));
        pdf.setContentType("application/pdf");
        link.setHref(pdf);
        link.setText(getTranslation("approval.minutes.download"));
        link.setId("minutes");
        link.setTarget("_blank");
    }
}
