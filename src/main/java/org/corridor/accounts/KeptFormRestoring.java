package org.corridor.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a form kept across an ended session ({@link KeptForms}) filled in as it was typed: the page's controller
 * prepares the form as usual (a new one, or the record as it is now), and what was typed is bound over it, as the
 * post would have bound it, the version read included (so that a change made meanwhile is still caught on saving);
 * a value that did not convert (a word in a typed form's number) is shown as it was typed. Nothing is saved: the
 * person checks it and saves.
 */
final class KeptFormRestoring implements HandlerInterceptor {

    static final String NOTICE = "formKeptAcrossSignIn";

    private final KeptForms keptForms;
    private final ConversionService conversions;

    KeptFormRestoring(KeptForms keptForms, ConversionService conversions) {
        this.keptForms = keptForms;
        this.conversions = conversions;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !"GET".equals(request.getMethod()) || page.getModel().get("form") == null
                || !(SecurityContextHolder.getContext().getAuthentication() != null
                        && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof CorridorUser user)) {
            return;
        }
        keptForms.takeFor(request, user).ifPresent(fields -> {
            MutablePropertyValues values = new MutablePropertyValues();
            for (Map.Entry<String, ArrayList<String>> field : fields.entrySet()) {
                values.add(field.getKey(), field.getValue().size() == 1 ? field.getValue().get(0)
                        : field.getValue().toArray(String[]::new));
            }
            WebDataBinder binder = new WebDataBinder(page.getModel().get("form"), "form");
            binder.setConversionService(conversions);
            binder.bind(values);
            // A typed form's value that did not convert is in this binding only: th:field shows it from here.
            page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", binder.getBindingResult());
            page.addObject(NOTICE, true);
            // Every folded part of the form open, so that all that was typed is in sight to be checked.
            page.getModel().replaceAll((name, value) -> name.startsWith("open") && value instanceof Boolean ? true : value);
        });
    }
}
