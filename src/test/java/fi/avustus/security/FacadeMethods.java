package fi.avustus.security;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.util.ClassUtils;

/**
 * The facades' public methods that write: every public method of a service in a module's API
 * package (its root or its process package) that runs in a read-write transaction, event
 * listeners aside. Read from the running application, so a new one cannot be missed.
 */
final class FacadeMethods {

    private static final Pattern API_PACKAGE = Pattern.compile("fi\\.avustus\\.[a-z]+(\\.process)?");
    private static final List<Integer> NOT_WRITING = List.of(Propagation.SUPPORTS.value(), Propagation.NOT_SUPPORTED.value(),
            Propagation.NEVER.value());

    /** A writing facade method; {@code key} is "Class.method", overloads share it. */
    record Writing(Class<?> facade, Method method) {

        String key() {
            return facade.getSimpleName() + "." + method.getName();
        }
    }

    private FacadeMethods() {
    }

    static List<Writing> writing(ApplicationContext context) {
        AnnotationTransactionAttributeSource transactions = new AnnotationTransactionAttributeSource(false);
        List<Writing> writing = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> facade = ClassUtils.getUserClass(type);
            if (!Modifier.isPublic(facade.getModifiers()) || !API_PACKAGE.matcher(facade.getPackageName()).matches()
                    || !AnnotatedElementUtils.hasAnnotation(facade, Service.class)) {
                continue;
            }
            Arrays.stream(facade.getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                    .filter(method -> !method.isSynthetic() && !method.isBridge())
                    .filter(method -> !AnnotatedElementUtils.hasAnnotation(method, EventListener.class))
                    .filter(method -> writes(transactions.getTransactionAttribute(method, facade)))
                    .forEach(method -> writing.add(new Writing(facade, method)));
        }
        return writing.stream().distinct()
                .sorted(Comparator.comparing(Writing::key).thenComparing(found -> found.method().getParameterCount())).toList();
    }

    private static boolean writes(TransactionAttribute transaction) {
        return transaction != null && !transaction.isReadOnly() && !NOT_WRITING.contains(transaction.getPropagationBehavior());
    }

    /** Arguments that pass no check of their own: zeros and nulls, for calls a role check must stop first. */
    static Object[] blankArguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(FacadeMethods::blank).toArray();
    }

    private static Object blank(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }
}
