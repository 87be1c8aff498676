package io.civicline.kit.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

  @Test
  void chineseTextGivesItsOverlappingPairs() {
    assertThat(SearchWords.of("路灯不亮")).containsExactly("路灯", "灯不", "不亮");
  }

  @Test
  void mixedTextGivesLowerCasedWordsAndNumbersBesideThePairs() {
    assertThat(SearchWords.of("3号楼WiFi断了12天")).containsExactly("3", "号楼", "wifi", "断了", "12");
  }

  @Test
  void punctuationAndSpacesSeparateAndFullWidthFormsCountAsAscii() {
    assertThat(SearchWords.of("噪音，扰民！ ＡＢＣ－１２")).containsExactly("噪音", "扰民", "abc", "12");
  }

  @Test
  void aLoneChineseCharacterGivesNoWord() {
    assertThat(SearchWords.of("A栋，路")).containsExactly("a");
  }

  @Test
  void repeatedWordsAreKeptOnceAndNullTextsSkipped() {
    assertThat(SearchWords.of("漏水漏水", null, "12345-20260312-000001"))
        .containsExactly("漏水", "水漏", "12345", "20260312", "000001");
  }

  @Test
  void aQueryNeedsEveryWordOfItsText() {
    assertThat(SearchWords.ofQuery("小区 路灯")).containsExactly("小区", "路灯");
    assertThat(SearchWords.ofQuery("3号楼")).containsExactly("3", "号楼");
  }

  @Test
  void aQueryWithoutAWordOfTwoCharactersHasNoWordsSoFindsNothing() {
    for (String q : new String[] {"灯", "a", "7", "，", "灯 a", ".*"}) {
      assertThat(SearchWords.ofQuery(q)).as(q).isEmpty();
    }
  }
}
