package fi.avustus.funding.ui;

import com.vaadin.flow.component.html.Div;

/**
 * An SVG drawn on the server, placed in the page as markup (not as an image file), so that its bars'
 * titles show on hover. Only SVG this module draws goes in: its texts are escaped by the SVG writer.
 */
final class InlineSvg extends Div {

    InlineSvg(String id, String svg) {
        setId(id);
        setWidthFull();
        getStyle().set("max-width", "760px");
        getElement().setProperty("innerHTML", svg);
    }

    String svg() {
        return getElement().getProperty("innerHTML");
    }
}
