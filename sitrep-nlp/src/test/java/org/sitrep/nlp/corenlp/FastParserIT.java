package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast scorer gives CoreNLP's own parses, on real CoreNLP with its English model. */
class FastParserIT {
  private static final String TEXT =
      """
      Artillery units shelled the southern village before dawn, killing two farmers.
      The ministry said on Tuesday that 340 people had been evacuated from the besieged town.
      "We will not leave our homes," a teacher who refused to go told reporters.
      Talks between the two delegations, which began in Geneva last week, broke down.
      Rescuers, working through the night, pulled a girl from the rubble of the school.
      Neither side confirmed the ceasefire, and shelling resumed on Friday evening.
      Police detained dozens of protesters who had blocked the main road to the airport.
      Aid convoys were allowed to cross after the government lifted the blockade.
      """;

  private static List<CoreMap> sentences;
  private static DependencyParser parser;
  private static FastParser fast;

  @BeforeAll
  static void load() {
    StanfordCoreNLP tagger =
        new StanfordCoreNLP(
            CoreNlpProperties.of(
                NlpSettings.sitrep(), List.of("tokenize", "ssplit", "pos", "lemma")));
    Annotation a = new Annotation(TEXT);
    tagger.annotate(a);
    sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    parser =
        DependencyParser.loadFromModelFile(
            DependencyParser.DEFAULT_MODEL, CoreNlpProperties.parser());
    fast = FastParser.of(parser, CoreNlpProperties.FAST_PARSER_WORDS);
  }

  private static Set<String> arcs(GrammaticalStructure gs) {
    return gs.typedDependencies().stream()
        .map(TypedDependency::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void readsCoreNlpsModelThroughItsInternals() {
    assertThat(fast).as("CoreNLP's parser internals as FastParser expects them").isNotNull();
  }

  @Test
  void givesTheSameArcsAsCoreNlpsParserOneByOneAndTogether() {
    List<GrammaticalStructure> together = fast.predict(sentences);
    assertThat(together).hasSize(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> expected = arcs(parser.predict(sentences.get(i)));
      assertThat(expected).isNotEmpty();
      assertThat(arcs(fast.predict(sentences.get(i)))).as("sentence %d", i).isEqualTo(expected);
      assertThat(arcs(together.get(i))).as("sentence %d, parsed together", i).isEqualTo(expected);
    }
  }
}
