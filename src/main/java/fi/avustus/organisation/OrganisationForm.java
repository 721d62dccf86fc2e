package fi.avustus.organisation;

/** The editable fields of an organisation. */
public class OrganisationForm {

    private String nameFi = "";
    private String nameSv = "";
    private String businessId = "";
    private OrganisationType type;
    private String region = "";
    private long version;

    public static OrganisationForm of(OrganisationSummary organisation) {
        OrganisationForm form = new OrganisationForm();
        form.nameFi = organisation.nameFi();
        form.nameSv = organisation.nameSv();
        form.businessId = organisation.businessId();
        form.type = organisation.type();
        form.region = organisation.region() == null ? "" : organisation.region();
        form.version = organisation.version();
        return form;
    }

    public String getNameFi() {
        return nameFi;
    }

    public void setNameFi(String nameFi) {
        this.nameFi = nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getBusinessId() {
        return businessId;
    }

    public void setBusinessId(String businessId) {
        this.businessId = businessId;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
