package fi.avustus.organisation;

import static fi.avustus.organisation.MemberCategory.GENERAL_UPPER_SECONDARY;
import static fi.avustus.organisation.MemberCategory.REGIONAL_COUNCIL;
import static fi.avustus.organisation.MemberCategory.STUDENTS;
import static fi.avustus.organisation.MemberCategory.VOCATIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.shared.TranslatedName;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChairRotationTest {

    private static final SteeringGroupMember VOCATIONAL_FIRST = new SteeringGroupMember("Timo", null, null, 1L, VOCATIONAL);
    private static final SteeringGroupMember VOCATIONAL_SECOND = new SteeringGroupMember("Ville", null, null, 2L, VOCATIONAL);
    private static final SteeringGroupMember GENERAL = new SteeringGroupMember("Riikka", null, null, 3L, GENERAL_UPPER_SECONDARY);
    private static final SteeringGroupMember COUNCIL = new SteeringGroupMember("Jari", null, null, 4L, REGIONAL_COUNCIL);

    private final ChairRotation alternating = new ChairRotation(List.of(VOCATIONAL, GENERAL_UPPER_SECONDARY), 2020);

    @Test
    void theFirstCategoryChairsInTheStartYear() {
        assertThat(alternating.categoryOn(LocalDate.of(2020, 1, 1))).contains(VOCATIONAL);
        assertThat(alternating.categoryOn(LocalDate.of(2020, 12, 31))).contains(VOCATIONAL);
    }

    @Test
    void categoriesTakeTurnsYearByYear() {
        assertThat(alternating.categoryOn(LocalDate.of(2021, 6, 1))).contains(GENERAL_UPPER_SECONDARY);
        assertThat(alternating.categoryOn(LocalDate.of(2022, 6, 1))).contains(VOCATIONAL);
        assertThat(alternating.categoryOn(LocalDate.of(2025, 6, 1))).contains(GENERAL_UPPER_SECONDARY);
    }

    @Test
    void aLongerRotationWrapsAround() {
        ChairRotation three = new ChairRotation(List.of(VOCATIONAL, GENERAL_UPPER_SECONDARY, STUDENTS), 2024);
        assertThat(three.categoryOn(LocalDate.of(2026, 3, 1))).contains(STUDENTS);
        assertThat(three.categoryOn(LocalDate.of(2027, 3, 1))).contains(VOCATIONAL);
    }

    @Test
    void yearsBeforeTheStartCountBackwards() {
        assertThat(alternating.categoryOn(LocalDate.of(2019, 6, 1))).contains(GENERAL_UPPER_SECONDARY);
        assertThat(alternating.categoryOn(LocalDate.of(2018, 6, 1))).contains(VOCATIONAL);
        ChairRotation three = new ChairRotation(List.of(VOCATIONAL, GENERAL_UPPER_SECONDARY, STUDENTS), 2024);
        assertThat(three.categoryOn(LocalDate.of(2023, 1, 1))).contains(STUDENTS);
    }

    @Test
    void aSingleCategoryAlwaysChairs() {
        ChairRotation single = new ChairRotation(List.of(REGIONAL_COUNCIL), 2030);
        assertThat(single.categoryOn(LocalDate.of(2011, 1, 1))).contains(REGIONAL_COUNCIL);
        assertThat(single.categoryOn(LocalDate.of(2031, 1, 1))).contains(REGIONAL_COUNCIL);
    }

    @Test
    void noRotationMeansNoCategoryAndNoChair() {
        ChairRotation none = new ChairRotation(List.of(), 2020);
        assertThat(none.categoryOn(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(none.chairOn(LocalDate.of(2020, 1, 1), List.of(VOCATIONAL_FIRST))).isEmpty();
    }

    @Test
    void theChairIsTheFirstListedMemberOfTheCategoryInTurn() {
        List<SteeringGroupMember> members = List.of(COUNCIL, VOCATIONAL_FIRST, GENERAL, VOCATIONAL_SECOND);
        assertThat(alternating.chairOn(LocalDate.of(2024, 5, 5), members)).contains(VOCATIONAL_FIRST);
        assertThat(alternating.chairOn(LocalDate.of(2025, 5, 5), members)).contains(GENERAL);
    }

    @Test
    void noChairWhenNobodyRepresentsTheCategoryInTurn() {
        assertThat(alternating.chairOn(LocalDate.of(2025, 5, 5), List.of(VOCATIONAL_FIRST, COUNCIL))).isEmpty();
    }

    @Test
    void theSummaryAnswersForItsOwnMembers() {
        SteeringGroupSummary group = new SteeringGroupSummary(1, new TranslatedName("Ryhmä", "Grupp", null), 5L, null,
                LocalDate.of(2025, 8, 1), LocalDate.of(2027, 7, 31), new DecisionRule(50, true), alternating,
                List.of(GENERAL, VOCATIONAL_FIRST), "fi", false, 0);
        assertThat(group.chairCategory(LocalDate.of(2026, 1, 1))).contains(VOCATIONAL);
        assertThat(group.chairOn(LocalDate.of(2026, 1, 1))).contains(VOCATIONAL_FIRST);
        assertThat(group.chairOn(LocalDate.of(2027, 1, 1))).contains(GENERAL);
    }
}
