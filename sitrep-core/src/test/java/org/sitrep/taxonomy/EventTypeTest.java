package org.sitrep.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventTypeTest {
  @Test
  void twentyTwoTypesSeventeenFamilies() {
    assertThat(EventType.values()).hasSize(22);
    assertThat(Arrays.stream(EventType.values()).map(EventType::family).distinct()).hasSize(17);
  }

  @Test
  void labelsRoundTrip() {
    assertThat(EventType.ATTACK_SHELLING.label()).isEqualTo("ATTACK.SHELLING");
    assertThat(EventType.SERVICES_DISRUPTED.label()).isEqualTo("SERVICES_DISRUPTED");
    for (EventType t : EventType.values()) {
      assertThat(EventType.expect(t.label())).isEqualTo(t);
    }
  }

  @Test
  void acledAndPloverMappings() {
    assertThat(EventType.ATTACK_AIRSTRIKE.acledSubType()).isEqualTo("Air/drone strike");
    assertThat(EventType.TERRITORY_TAKEN.plover()).isEqualTo("SEIZE");
    assertThat(EventType.THREAT.plover()).isEqualTo("THREATEN");
    assertThat(EventType.DISPLACEMENT.acledType()).isNull();
  }

  @Test
  void statementsAndStatuses() {
    assertThat(Family.DENIAL.isStatement()).isTrue();
    assertThat(Family.ATTACK.isStatement()).isFalse();
    assertThat(EventStatus.merge(EventStatus.AGREED, EventStatus.VIOLATED))
        .isEqualTo(EventStatus.VIOLATED);
    assertThat(EventStatus.merge(EventStatus.SUSPENDED, EventStatus.VIOLATED))
        .isEqualTo(EventStatus.SUSPENDED);
    assertThat(ActorCategory.STATE_FORCES.label()).isEqualTo("state-forces");
    assertThat(CountKind.PLANNED_EVACUEES.label()).isEqualTo("planned_evacuees");
  }
}
