package org.sitrep.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.corenlp.NlpSettings;

/** Scope and roles read from real CoreNLP parses of sentences written for this test. */
class SyntaxIT {
  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(NlpSettings.sitrep());
  }

  private static Sentence parse(String text) {
    CleanDocument d =
        new CleanDocument(
            "t", Cleaner.sha256(text), null, null, null, text, OffsetMap.identity(text.length()));
    return annotator.annotate(d).sentences().get(0);
  }

  private static int token(Sentence s, String word) {
    for (Token t : s.tokens()) {
      if (t.word().equalsIgnoreCase(word)) {
        return t.index();
      }
    }
    throw new AssertionError("no token " + word + " in " + s);
  }

  private static Scope.Reading scope(String text, String trigger) {
    Sentence s = parse(text);
    return Scope.english().read(DependencyTree.of(s), token(s, trigger));
  }

  private static String text(Sentence s, Roles.Phrase p) {
    if (p == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (Token t : s.tokens()) {
      if (t.index() >= p.first() && t.index() < p.end()) {
        b.append(b.length() == 0 ? "" : " ").append(t.word());
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  @Test
  void reportedActionsAreReal() {
    assertThat(scope("Government jets bombed the market in the town on Tuesday.", "bombed"))
        .isEqualTo(Scope.Reading.REAL);
    assertThat(scope("The ministry said rebels shelled two villages overnight.", "shelled"))
        .isEqualTo(Scope.Reading.REAL);
  }

  @Test
  void negationReachesOrButNotBut() {
    assertThat(scope("The army did not shell the town but attacked the village.", "shell"))
        .isEqualTo(Scope.Reading.NEGATED);
    assertThat(scope("The army did not shell the town but attacked the village.", "attacked"))
        .isEqualTo(Scope.Reading.REAL);
    assertThat(scope("No attacks were reported in the province last night.", "attacks"))
        .isEqualTo(Scope.Reading.NEGATED);
  }

  @Test
  void conditionsModalsAndIrrealisGovernorsMakeItUnreal() {
    assertThat(scope("If the militia attacks the port, the navy will respond.", "attacks"))
        .isEqualTo(Scope.Reading.HYPOTHETICAL);
    assertThat(scope("Nobody knows whether the hostages were killed or freed.", "freed"))
        .isEqualTo(Scope.Reading.HYPOTHETICAL);
    assertThat(scope("The commander threatened to storm the airport.", "storm"))
        .isEqualTo(Scope.Reading.INTENDED);
    assertThat(scope("A truce was agreed to allow 5,000 people to leave the city.", "leave"))
        .isEqualTo(Scope.Reading.INTENDED);
    assertThat(scope("Such a strike could kill hundreds of people.", "kill"))
        .isEqualTo(Scope.Reading.HYPOTHETICAL);
    assertThat(scope("The two delegations plan to meet in the capital next week.", "meet"))
        .isEqualTo(Scope.Reading.PLANNED);
    assertThat(scope("Families packed their cars to flee the expected barrage.", "barrage"))
        .isEqualTo(Scope.Reading.HYPOTHETICAL);
  }

  @Test
  void anIrrealisGovernorDoesNotReachItsAdjunctsOfTime() {
    // what the envoy was asked to do is wanted; the meeting the asking happened in took place
    String asked =
        "The minister asked the envoy, during a meeting on Monday, to free the hostages.";
    assertThat(scope(asked, "meeting")).isEqualTo(Scope.Reading.REAL);
    assertThat(scope(asked, "free")).isEqualTo(Scope.Reading.INTENDED);
    assertThat(scope("The governor urged calm after meeting tribal elders.", "meeting"))
        .isEqualTo(Scope.Reading.REAL);
    assertThat(scope("The governor urged the elders to meet the rebels.", "meet"))
        .isEqualTo(Scope.Reading.INTENDED);
  }

  @Test
  void aSecondToClauseSharesTheFirstsGovernor() {
    // the parser hangs "to renew" on "urged", not on "to cease"; the want covers both
    String urged =
        "On Friday the mayor urged the army to cease shelling the suburbs and to resume peace"
            + " talks with the militia.";
    assertThat(scope(urged, "talks")).isEqualTo(Scope.Reading.INTENDED);
    assertThat(scope("The army shelled the suburbs and resumed talks.", "talks"))
        .isEqualTo(Scope.Reading.REAL);
  }

  @Test
  void whatOneWentForIsAPurpose() {
    assertThat(scope("The foreign minister flew to Amman to meet the king.", "meet"))
        .isEqualTo(Scope.Reading.PURPOSE);
    assertThat(scope("The envoy is in Baghdad to meet with tribal leaders.", "meet"))
        .isEqualTo(Scope.Reading.PURPOSE);
    assertThat(scope("The envoy is in Baghdad and met with tribal leaders.", "met"))
        .isEqualTo(Scope.Reading.REAL);
  }

  @Test
  void aRelativeClauseInThePastReportsItsNounAsFactUnderAnyGovernor() {
    // the resolution is still a draft, but the attack it would condemn happened
    assertThat(
            scope("The draft would condemn the March 3 attack, which killed 40 sailors.", "attack"))
        .isEqualTo(Scope.Reading.REAL);
    // without the clause the same governor leaves it unreal, and a modal clause tells no fact
    assertThat(scope("The draft would condemn any attack on sailors.", "attack"))
        .isNotEqualTo(Scope.Reading.REAL);
    assertThat(
            scope("The navy vowed to punish any attack that would threaten the harbour.", "attack"))
        .isNotEqualTo(Scope.Reading.REAL);
  }

  @Test
  void genericNominalsBackgroundAndModifiersAreNoReports() {
    assertThat(scope("The envoy called for an end to the fighting.", "fighting"))
        .isEqualTo(Scope.Reading.GENERIC);
    assertThat(scope("The number of attacks on aid workers has doubled.", "attacks"))
        .isEqualTo(Scope.Reading.GENERIC);
    assertThat(scope("Villagers who had fled the war returned on Monday.", "fled"))
        .isEqualTo(Scope.Reading.BACKGROUND);
    assertThat(scope("Soldiers found radios dropped by retreating fighters.", "retreating"))
        .isEqualTo(Scope.Reading.MODIFIER);
    assertThat(scope("The gang offered money to whoever kills the judge.", "kills"))
        .isEqualTo(Scope.Reading.HYPOTHETICAL);
  }

  @Test
  void rolesComeFromSubjectsObjectsAgentsAndPossessors() {
    Sentence active = parse("Rebel fighters and their allies ambushed an army convoy on Friday.");
    Roles.Reading a = Roles.english().read(DependencyTree.of(active), token(active, "ambushed"));
    assertThat(text(active, a.actor())).isEqualTo("rebel fighters and their allies");
    assertThat(text(active, a.target())).isEqualTo("an army convoy");

    Sentence passive = parse("Four aid workers were abducted by gunmen near the border.");
    Roles.Reading p = Roles.english().read(DependencyTree.of(passive), token(passive, "abducted"));
    assertThat(text(passive, p.actor())).isEqualTo("gunmen");
    assertThat(text(passive, p.target())).isEqualTo("four aid workers");

    Sentence light = parse("The coalition launched an offensive against the last stronghold.");
    Roles.Reading l = Roles.english().read(DependencyTree.of(light), token(light, "offensive"));
    assertThat(text(light, l.actor())).isEqualTo("the coalition");
    assertThat(text(light, l.target())).isEqualTo("the last stronghold");

    Sentence poss = parse("The militia's raid on the camp left nine dead.");
    Roles.Reading r = Roles.english().read(DependencyTree.of(poss), token(poss, "raid"));
    assertThat(text(poss, r.actor())).isEqualTo("the militia");
  }

  private static Roles.Reading roles(Sentence s, String trigger) {
    return Roles.english().read(DependencyTree.of(s), token(s, trigger));
  }

  @Test
  void aMisattachedByPhraseAndAPartyNounModifierNameTheActor() {
    Sentence by =
        parse("The lawyer was abducted on 3 May 2016 from her flat by the Rahat Brigade.");
    assertThat(text(by, roles(by, "abducted").actor())).isEqualTo("the rahat brigade");

    Sentence party = parse("The town fell after a government offensive in the spring.");
    assertThat(text(party, roles(party, "offensive").actor())).isEqualTo("government");
  }

  @Test
  void aParticiplesByPhraseAndWhoseKillingAtTheHandsOf() {
    Sentence acl =
        parse(
            "The attack on the old market, ordered by the garrison commander, destroyed forty"
                + " stalls.");
    assertThat(text(acl, roles(acl, "attack").actor())).isEqualTo("the garrison commander");

    Sentence whose =
        parse(
            "Mourners buried the mayor, whose killing at the hands of bandits shocked the valley.");
    Roles.Reading r = roles(whose, "killing");
    assertThat(text(whose, r.actor())).isEqualTo("bandits");
  }

  @Test
  void aSharedPassiveKeepsItsByAgentAndARoleNounItsName() {
    Sentence shared =
        parse("The courier was robbed at a checkpoint and detained by militiamen on Monday.");
    assertThat(text(shared, roles(shared, "detained").actor())).isEqualTo("militiamen");

    Sentence role =
        parse("A spokesman for the river brigade, Major Tomas Irven, denied the report on Sunday.");
    Roles.Reading r = roles(role, "denied");
    assertThat(text(role, r.actor())).isEqualTo("major tomas irven");
    assertThat(Roles.ownSubject(DependencyTree.of(role), token(role, "denied"), r.actor()))
        .isTrue();
  }

  @Test
  void pronounActorsInReportedSpeechAreTheReporter() {
    Sentence s = parse("The navy said its gunboats had sunk two smuggling vessels overnight.");
    Roles.Reading r = roles(s, "sunk");
    assertThat(text(s, r.actor())).isEqualTo("the navy");
    assertThat(r.reported()).isTrue();

    Sentence they = parse("The rebels said on Sunday that they had overrun three outposts.");
    assertThat(text(they, roles(they, "overrun").actor())).isEqualTo("the rebels");

    // not reported speech: the possessed noun stays
    Sentence own = parse("Its fighters overran three outposts before dawn.");
    Roles.Reading o = roles(own, "overran");
    assertThat(text(own, o.actor())).isEqualTo("its fighters");
    assertThat(o.reported()).isFalse();
  }

  @Test
  void participleAdjunctsShareTheirGovernorsActorButNotAPassivePatient() {
    Sentence s = parse("The minister spoke for an hour on Monday, accusing the rebels of looting.");
    assertThat(text(s, roles(s, "accusing").actor())).isEqualTo("the minister");

    Sentence p = parse("The market was shelled on Friday, killing twelve shoppers.");
    assertThat(roles(p, "killing").actor()).isNull();

    Sentence agent = parse("The depot was bombed by government jets, killing four guards.");
    assertThat(text(agent, roles(agent, "killing").actor())).isEqualTo("government jets");
  }

  @Test
  void theHandsOfNameTheAgentAndAPatientNounsPossessorUndergoesIt() {
    Sentence s = parse("His killing at the hands of masked gunmen shocked the town.");
    Roles.Reading r = roles(s, "killing");
    assertThat(text(s, r.actor())).isEqualTo("masked gunmen");
    assertThat(text(s, r.target())).isEqualTo("his");

    Sentence capture = parse("The army's capture of the bridge took six hours.");
    assertThat(text(capture, roles(capture, "capture").actor())).isEqualTo("the army");
  }

  @Test
  void noReportsOfAnEventAndAClauseOnWhomeverAreNoReports() {
    assertThat(scope("Officials said there were no reports of looting in the town.", "looting"))
        .isEqualTo(Scope.Reading.NEGATED);
    assertThat(scope("Witnesses gave reports of looting in the town.", "looting"))
        .isEqualTo(Scope.Reading.REAL);
    assertThat(scope("The cartel promised cash to whomever kills the mayor.", "kills"))
        .isEqualTo(Scope.Reading.HYPOTHETICAL);
  }

  @Test
  void theDisplacedArePeopleNotAnEvent() {
    assertThat(scope("Aid trucks carried blankets for the displaced of the long war.", "displaced"))
        .isEqualTo(Scope.Reading.GENERIC);
    assertThat(scope("The floods displaced thousands of families in the delta.", "displaced"))
        .isEqualTo(Scope.Reading.REAL);
  }

  @Test
  void aNounMisreadAsTheSubjectOfItsPurposeClauseKeepsItsGovernorsScope() {
    assertThat(
            scope(
                "The commander said that an offensive to drive the army out of the valley would be"
                    + " launched within days.",
                "offensive"))
        .isEqualTo(Scope.Reading.HYPOTHETICAL);
    assertThat(scope("The offensive to retake the valley began on Sunday.", "offensive"))
        .isEqualTo(Scope.Reading.REAL);
  }
}
