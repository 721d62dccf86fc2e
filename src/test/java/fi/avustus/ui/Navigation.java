package fi.avustus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.ArrayDeque;
import java.util.Deque;

/** What a browserless navigation ended on. */
final class Navigation {

    private Navigation() {
    }

    /**
     * Whether the view of this path is showing: not a redirect to the login, not an error view in its
     * place. An anonymous visitor is sent to the login page's address, which only a browser would
     * follow: the UI then shows nothing and keeps the location it had, which may be this very path.
     */
    static boolean shows(String path) {
        UI ui = UI.getCurrent();
        return !ui.getInternals().getActiveRouterTargetsChain().isEmpty()
                && ui.getInternals().getActiveViewLocation().getPath().equals(path)
                && ui.getInternals().getActiveRouterTargetsChain().stream().noneMatch(Navigation::isErrorView)
                // The login form shown in place of a view (a forward keeps the address) is a refusal too.
                && (path.equals("login") || ui.getInternals().getActiveRouterTargetsChain().stream()
                        .noneMatch(target -> target instanceof LoginView));
    }

    private static boolean isErrorView(Object target) {
        return target instanceof AccessDeniedErrorView || target instanceof NotFoundErrorView
                || target.getClass().getSimpleName().contains("Error");
    }

    /**
     * Everything the page would send to the browser as text: the element tree's text, attributes
     * and string properties (field values, labels, titles), without the shell's menu.
     */
    static String renderedText() {
        StringBuilder text = new StringBuilder();
        Deque<Element> elements = new ArrayDeque<>();
        UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(target -> !(target instanceof MainLayout)).map(target -> target.getElement())
                .forEach(elements::add);
        while (!elements.isEmpty()) {
            Element element = elements.pop();
            if (element.isTextNode()) {
                text.append(element.getText()).append('\n');
            }
            element.getAttributeNames().forEach(name -> text.append(element.getAttribute(name)).append('\n'));
            element.getPropertyNames().forEach(name -> {
                Object value = element.getPropertyRaw(name);
                if (value instanceof String string) {
                    text.append(string).append('\n');
                }
            });
            element.getChildren().forEach(elements::push);
        }
        return text.toString();
    }
}
