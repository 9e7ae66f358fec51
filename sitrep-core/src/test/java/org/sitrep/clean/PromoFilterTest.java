package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Promo lines of many shapes go; news lines that share their words stay. */
class PromoFilterTest {
  private final PromoFilter filter = new PromoFilter();

  @ParameterizedTest
  @ValueSource(
      strings = {
        // live blogs
        "Follow our live blog for the latest updates on the war in Ukraine.",
        "You can follow our live coverage of the Gaza war here.",
        "• Follow our live updates from Khartoum",
        // newsletters and subscriptions
        "Sign up for our Middle East newsletter and get the day's top stories in your inbox.",
        "Subscribe to get our Sahel briefing every Friday.",
        "Please subscribe to support independent reporting from Myanmar.",
        // apps, alerts, podcasts, social channels
        "Download the Example News app for breaking news alerts.",
        "Get breaking news alerts on WhatsApp.",
        "Listen to our podcast on the war in Myanmar.",
        "Join our Telegram channel for updates from Syria.",
        // link lines and markers
        "Read more: Sudan's army retakes key bridge in Omdurman",
        "READ MORE",
        "Read also: Who controls the Sahel's gold mines?",
        "Related: Who are the Rapid Support Forces?",
        "Advertisement",
        "ADVERTISEMENT",
        "— Advertisement —",
        "Scroll to continue with content",
      })
  void promoLinesAreRecognised(String line) {
    assertThat(filter.isPromo(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // "follow" inside a news sentence
        "Residents were told to follow evacuation orders issued by the army.",
        "Follow-up strikes hit rescuers who arrived at the scene, witnesses said.",
        "Aid convoys will follow the coastal road to Rafah once it is cleared, the UN said.",
        // "app" and other product words inside news sentences
        "Militants used a messaging app to coordinate the attack, police said.",
        "The army posted the evacuation map on its Telegram channel on Monday.",
        "Families in Sittwe said they had not received an alert before the air strike.",
        // imperatives that are not about the publisher's products
        "Get out now, the soldiers shouted at families in the camp.",
        "Visitors to the camp described children sleeping in the open.",
        // quotations, even ones that look like calls to action
        "“Follow the orders on our Telegram channel,” the army spokesman told residents.",
        "\"Subscribe to nothing they say on Telegram,\" the commander said.",
        // advertisement as a word in a sentence, read-more as words in a sentence
        "An advertisement for army recruits was painted on the wall of the school in Homs.",
        // empty and blank lines are not promos
        "",
        "   ",
      })
  void newsLinesAreKept(String line) {
    assertThat(filter.isPromo(line)).as(line).isFalse();
  }

  @Test
  void longParagraphOpeningWithACallToActionIsKept() {
    String paragraph =
        "Follow the road north from El Fasher and the villages are empty: the markets burned,"
            + " the wells poisoned, the schools turned into barracks by fighters who arrived in"
            + " pickup trucks last spring and never left, residents who fled to Tawila told"
            + " reporters, describing alerts passed by word of mouth and over WhatsApp.";
    assertThat(filter.isPromo(paragraph)).isFalse();
  }

  @Test
  void newsSentencesOpeningWithAVerbLikeNounAreKept() {
    assertThat(
            filter.isPromo(
                "Tap water has not reached the northern districts for a week, the UN said in its"
                    + " daily briefing."))
        .isFalse();
    assertThat(
            filter.isPromo(
                "Like many in Khartoum, Amna learned of the ceasefire from a text alert on her"
                    + " phone."))
        .isFalse();
    assertThat(
            filter.isPromo(
                "Watch towers along the border were hit overnight, the army said on Telegram."))
        .isFalse();
  }
}
