package fi.avustus.workflow;

import fi.avustus.organisation.OrganisationForm;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.security.SystemUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Steps of the transaction probe process: a JPA write through a facade, then an optional failure. */
public final class TransactionProbeDelegates {

    static Organisations organisations;

    private TransactionProbeDelegates() {
    }

    public static class WriteOrganisation implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            OrganisationForm form = new OrganisationForm();
            form.setNameFi((String) execution.getVariable("name"));
            form.setNameSv((String) execution.getVariable("name"));
            form.setBusinessId((String) execution.getVariable("businessId"));
            form.setType(OrganisationType.OTHER);
            SystemUser.run(() -> organisations.create(form));
        }
    }

    public static class FailIfAsked implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
                throw new IllegalStateException("failure after the case data was written");
            }
        }
    }
}
