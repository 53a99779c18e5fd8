#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;

namespace {

struct Found {
  std::string content;
  std::string speaker;  // entity name, or the speaker mention's words when there is no entity
  std::string cue;
  std::string type;
  std::string rule;
};

std::vector<Found> quotes_of(const std::string& text) {
  Document doc = analysed(text);
  std::vector<Found> out;
  for (const auto& q : doc.quotes) {
    Found f;
    f.content = std::string(doc.slice(q.content));
    if (q.speaker >= 0)
      f.speaker = doc.entities[static_cast<size_t>(q.speaker)].name;
    else if (q.speaker_mention)
      f.speaker = std::string(doc.slice(*q.speaker_mention));
    if (q.cue) f.cue = std::string(doc.slice(*q.cue));
    f.type = to_string(q.type);
    f.rule = q.rule;
    out.push_back(f);
  }
  return out;
}

// The quote whose cue is `cue`, or none.
std::optional<Found> with_cue(const std::vector<Found>& quotes, std::string_view cue) {
  auto it = std::find_if(quotes.begin(), quotes.end(), [&](const Found& f) { return f.cue == cue; });
  return it == quotes.end() ? std::nullopt : std::optional<Found>(*it);
}

}  // namespace

TEST_CASE("direct quotes before and after their attribution", "[quotes]") {
  auto q = quotes_of("\"We are ready for talks,\" Mayor Jin Lee said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "We are ready for talks");
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[0].type == "direct");
  q = quotes_of("\xE2\x80\x9CThe vote stands,\xE2\x80\x9D said Senator Ruth Bell.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ruth Bell");
  CHECK(q[0].rule == "direct.quote-cue-speaker");
  q = quotes_of("Governor Paul Ames said: \"The budget is balanced.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The budget is balanced");
  CHECK(q[0].speaker == "Paul Ames");
}

TEST_CASE("a quote broken by its attribution is one record", "[quotes]") {
  Document doc = analysed("\"We tried,\" Mayor Jin Lee said, \"and we will try again.\"");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].segments.size() == 2);
  CHECK(doc.slice(doc.quotes[0].segments[1]) == "and we will try again");
}

TEST_CASE("a quotation paragraph after a quote by X is X's", "[quotes]") {
  Document doc = analysed(
      "\"The plan works,\" Mayor Jin Lee said.\n\n\"It has worked for ten years and it will work for ten more.\"");
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.quotes[1].floating);
  CHECK(doc.quotes[1].speaker == doc.quotes[0].speaker);
}

TEST_CASE("reported speech: X said (that) ...", "[quotes]") {
  auto q = quotes_of("Minister Ana Costa said on Monday that the bridge would reopen in May.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the bridge would reopen in May");
  CHECK(q[0].speaker == "Ana Costa");
  CHECK(q[0].cue == "said");
  CHECK(q[0].type == "indirect");
  q = quotes_of("Minister Ana Costa arrived. She said the bridge would reopen in May.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ana Costa");
}

TEST_CASE("reported speech: ..., X said and according to X", "[quotes]") {
  auto q = quotes_of("The bridge will reopen in May, Minister Ana Costa said on Monday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The bridge will reopen in May");
  q = quotes_of("According to the ministry, the bridge will reopen in May.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "According to");
  CHECK(q[0].speaker == "the ministry");
}

TEST_CASE("nested attribution gives two quotes, the inner one with its addressee", "[quotes]") {
  Document doc = analysed(
      "Foreign Minister Ana Costa met Governor Paul Ames. The ministry noted that Costa made clear to Ames "
      "that the border would stay open.");
  REQUIRE(doc.quotes.size() == 2);
  const Quote& inner = doc.quotes[1];
  REQUIRE(inner.speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(inner.speaker)].name == "Ana Costa");
  REQUIRE(inner.addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(inner.addressee)].name == "Paul Ames");
  CHECK(doc.entities[static_cast<size_t>(inner.addressee)].roles & kAddressee);
}

TEST_CASE("conjoined cues give two quotes", "[quotes]") {
  auto q = quotes_of("Minister Ana Costa said that the bridge was safe, but added it would close for repairs in June.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].content == "the bridge was safe");
  CHECK(q[1].cue == "added");
  CHECK(q[1].speaker == "Ana Costa");
}

TEST_CASE("participles before the source", "[quotes]") {
  auto q = quotes_of("Noting that repairs were late, Minister Ana Costa said the bridge would open in May.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].cue == "Noting");
  CHECK(q[0].content == "repairs were late");
  CHECK(q[0].speaker == "Ana Costa");
}

TEST_CASE("mixed quotes keep their quoted fragment", "[quotes]") {
  auto q = quotes_of("Minister Ana Costa said the talks were \"constructive\" and would go on.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "mixed");
}

TEST_CASE("not quotes: scare quotes, page furniture, the author's voice", "[quotes]") {
  CHECK(quotes_of("The so-called \"reset\" failed.").empty());
  CHECK(quotes_of("Leave a Reply\n\nYour email address will not be published.").empty());
  CHECK(quotes_of("It is more than obvious that both sides remain far apart.").empty());
}

TEST_CASE("a real quotation with no speaker has speaker null", "[quotes]") {
  Document doc = analysed("The banner \"No entry after dark for anyone at all\" hung in red letters.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == -1);
  CHECK(doc.quotes[0].rule == "direct.unattributed");
}

TEST_CASE("a rule whose content group may not take part finds nothing and does not crash", "[quotes]") {
  auto files = overlay_rule_files(
      default_rule_files(),
      {{"en/patterns/quotes.rules", "rule quote.optional = (?P<speaker>S+)(?P<cue>V)(?P<content>T)?\n"}});
  auto loaded = compile_rules(files);
  REQUIRE(loaded.ok());
  Document doc = make_document("Mayor Jin Lee said so. Mayor Jin Lee said that it rained.");
  Pipeline(loaded.rules).run(doc);
  CHECK(doc.quotes.empty());
}

TEST_CASE("stance and judgement verbs: the object is what the source said or wanted", "[quotes]") {
  auto q = quotes_of("Governor Paul Ames blamed the contractor, not the weather.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the contractor");
  CHECK(q[0].speaker == "Paul Ames");
  CHECK(q[0].rule == "indirect.speaker-object");
  q = quotes_of("Mayor Jin Lee declined to comment on the vote.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "to comment on the vote");
  q = quotes_of("Mayor Jin Lee walked to the river.");
  CHECK(q.empty());
  q = quotes_of("Mayor Jin Lee denied any plans to close the bridge.");  // "plans" after "any": a noun
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "any plans to close the bridge");
}

TEST_CASE("a stance verb's object is more than when it happens", "[quotes]") {
  for (const char* text : {"Mayor Jin Lee will decide soon.", "Mayor Jin Lee will decide tomorrow.",
                           "Mayor Jin Lee objected on Friday.", "Mayor Jin Lee decided later."})
    CHECK(quotes_of(text).empty());
  auto q = quotes_of("Mayor Jin Lee decided on Friday to close the bridge.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "to close the bridge");
  q = quotes_of("Mayor Jin Lee has also pledged to close the bridge.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "to close the bridge");
}

TEST_CASE("an attribution that closes a sentence ends the reported speech inside it", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee told Ana Ruiz that the bridge would open, the city council said.");
  REQUIRE(q.size() == 2);
  auto inner = with_cue(q, "told"), outer = with_cue(q, "said");
  REQUIRE(inner);
  REQUIRE(outer);
  CHECK(inner->content == "the bridge would open");
  CHECK(inner->speaker == "Jin Lee");
  CHECK(outer->content == "Mayor Jin Lee told Ana Ruiz that the bridge would open");
  CHECK(outer->speaker == "the city council");
}

TEST_CASE("a source named after its cue at a sentence's end is no second thing said", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee told Ana Ruiz that the bridge would open, said Bo Tan, the city clerk.");
  for (const auto& f : q) CHECK(f.content.find("Bo Tan") != 0);
  auto inner = with_cue(q, "told");
  REQUIRE(inner);
  CHECK(inner->content == "the bridge would open");
}

TEST_CASE("a described source before an apposition is the source, unless the apposition names it", "[quotes]") {
  auto q = quotes_of("The senator, a Democrat from Ohio, said the bill was dead.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the senator");
  q = quotes_of("The company, a unit of a Dutch bank, said profits fell sharply.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the company");
  q = quotes_of("The senator, Ana Ruiz, said the bill was dead.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ana Ruiz");
}

TEST_CASE("a participle clause opened by 'having' is neither source nor content", "[quotes]") {
  CHECK(quotes_of("Having said that, the mayor left the hall.").empty());
  auto q = quotes_of("Having lost the vote, Mayor Jin Lee said the party would regroup.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the party would regroup");
}

TEST_CASE("where or in what it was said stands between the cue and a clause without 'that'", "[quotes]") {
  auto q = quotes_of("The city council said in a statement it would review the budget.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "it would review the budget");
  CHECK(q[0].speaker == "the city council");
  CHECK(q[0].rule == "indirect.say-in-clause");
  q = quotes_of("Mayor Jin Lee spoke in Boston at a forum on housing.");
  CHECK(q.empty());
}

TEST_CASE("a person familiar with the matter is the source, not the matter", "[quotes]") {
  auto q = quotes_of("A person familiar with the matter said the deal was close.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "a person");
  q = quotes_of("According to a person familiar with the talks, the two sides remain far apart.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "a person");
}

TEST_CASE("a participle's source is the subject of the reporting clause right before it", "[quotes]") {
  auto q = quotes_of(
      "Russia remains open to negotiations with Ukraine, Kremlin spokesman Ivan Sokolov told reporters on "
      "Thursday, adding that Moscow had not received any new proposals.");
  auto adding = with_cue(q, "adding");
  REQUIRE(adding);
  CHECK(adding->speaker == "Ivan Sokolov");
  CHECK(adding->content == "Moscow had not received any new proposals");
  q = quotes_of("Mayor Jin Lee spoke for an hour, adding that the talks would go on.");
  adding = with_cue(q, "adding");
  REQUIRE(adding);
  CHECK(adding->speaker == "Jin Lee");
}

TEST_CASE("reported speech inside a long quotation is the quoted speaker's wording", "[quotes]") {
  Document doc = analysed(
      "\"We met the council, and I said that the budget would have to wait another year,\" Mayor Jin Lee said.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].type == QuoteType::Direct);
}

TEST_CASE("an opening phrase before a comma is no clause attributed at the end", "[quotes]") {
  CHECK(quotes_of("In a speech, Governor Paul Ames thanked the crowd.").size() <= 1);
  for (const auto& q : quotes_of("In a speech, Governor Paul Ames thanked the crowd."))
    CHECK(q.content != "In a speech");
  auto q = quotes_of("A year later, Mayor Jin Lee called Governor Paul Ames.");
  for (const auto& found : q) CHECK(found.content != "A year later");
  q = quotes_of("The bridge will reopen in May, Minister Ana Costa said at a briefing on Monday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The bridge will reopen in May");
}

TEST_CASE("long appositions, party labels and relative pronouns before the cue", "[quotes]") {
  auto q = quotes_of("Ruth Bell, 63, a nurse from Leeds, who voted twice, said she would vote again.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "she would vote again");
  CHECK(q[0].speaker == "Ruth Bell");
  q = quotes_of("Sen. Paul Ames (R-Ohio) said the bill would fail.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Paul Ames");
  q = quotes_of("The vote was delayed by Mayor Jin Lee, who called the plan reckless.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[0].content == "the plan reckless");
}

TEST_CASE("a quotation nested in a quotation is part of its words", "[quotes]") {
  auto q = quotes_of("\u201CAt night I watch a show called \u2018Road Life\u2019 and relax,\u201D Mayor Jin Lee said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[0].content == "At night I watch a show called \u2018Road Life\u2019 and relax");
}

TEST_CASE("a participle or a transcript colon before a quotation", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee left the stage, shouting: \"We will win this vote!\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[0].rule == "direct.participle-quote");
  q = quotes_of("The hearing went on.\n\nRep. Paul Ames: \"Who told you that?\"\n\nMayor Jin Lee: \"Nobody did.\"");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Paul Ames");
  CHECK(q[1].speaker == "Jin Lee");
}

TEST_CASE("the next quotation of a quote by an unnamed source is the source's too", "[quotes]") {
  Document doc = analysed("\"The plan is a good one,\" the old farmer said. \"Now it has to work for everyone.\"");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].speaker_mention);
  CHECK(doc.slice(*doc.quotes[0].speaker_mention) == "the old farmer");
  CHECK(doc.quotes[0].segments.size() == 2);
}

TEST_CASE("appearance, expectation and unnamed questions have no source", "[quotes]") {
  Document doc = analysed("Mayor Jin Lee seemed to accept the delay on Friday.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].rule == "indirect.appearance");
  CHECK(doc.quotes[0].speaker == -1);
  CHECK(doc.slice(doc.quotes[0].content) == "Mayor Jin Lee seemed to accept the delay on Friday");
  auto q = quotes_of("The bridge is expected to reopen in May.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].rule == "indirect.passive-expectation");
  q = quotes_of("Asked whether the bridge would reopen, Mayor Jin Lee smiled.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "whether the bridge would reopen");
  CHECK(q[0].speaker.empty());
}

TEST_CASE("when the speech happened stays out of what was said", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee said Sunday the bridge would reopen.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the bridge would reopen");
  q = quotes_of("Mayor Jin Lee last week said the bridge would reopen.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[0].content == "the bridge would reopen");
}

TEST_CASE("nouns that look like cues are not cues", "[quotes]") {
  CHECK(quotes_of("Exports to the United States fell by a third in May.").empty());
  CHECK(quotes_of("Her support for the bridge is well known.").empty());
}

TEST_CASE("a cue after a determiner is an adjective. 'appeared on' is no judgement", "[quotes]") {
  CHECK(quotes_of("Mayor Jin Lee won most of the pledged delegates in May.").empty());
  CHECK(quotes_of("Mayor Jin Lee appeared on a radio show in Leeds.").empty());
  auto q = quotes_of("Mayor Jin Lee wants to see both bridges open by May.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "to see both bridges open by May");
}

TEST_CASE("a source and the words that introduce a quotation with a colon", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee gave a short answer: \"Not this year, and not the next.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[0].rule == "direct.speaker-words-quote");
  CHECK(q[0].cue == "gave a short answer");
}

TEST_CASE("a passive cue has no source before it", "[quotes]") {
  for (const auto& q : quotes_of("The talks were described as frank by a ministry source on Friday."))
    CHECK(q.speaker.find("were") == std::string::npos);
}

TEST_CASE("a quotation inside the same source's reported speech belongs to the mixed quote", "[quotes]") {
  auto q = quotes_of(
      "Mayor Jin Lee said on Monday that the bridge would reopen in May, despite what she called \"endless "
      "delays\" by the contractor.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "mixed");
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[0].rule == "indirect.say-that");
}

TEST_CASE("only a verb of telling takes an addressee without 'to'", "[quotes]") {
  Document doc = analysed("Mayor Jin Lee said the two leaders had agreed that the talks would go on.");
  REQUIRE(!doc.quotes.empty());
  CHECK(doc.slice(doc.quotes[0].content) == "the two leaders had agreed that the talks would go on");
  CHECK(doc.quotes[0].addressee == -1);
  doc = analysed("Mayor Jin Lee told Governor Paul Ames that the talks would go on.");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].addressee)].name == "Paul Ames");
  CHECK(doc.slice(doc.quotes[0].content) == "the talks would go on");
}

TEST_CASE("a content does not end on a conjunction", "[quotes]") {
  auto q = quotes_of("Governor Paul Ames welcomed the proposal but stressed that costs must fall.");
  REQUIRE(!q.empty());
  CHECK(q[0].content == "the proposal");
}

TEST_CASE("a cue word inside a noun phrase or after a cue is a noun", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee told investors on a conference call that the bridge would reopen.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the bridge would reopen");
  q = quotes_of("The Ministry of Transport denied reports that the bridge would close.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ministry of Transport");
  CHECK(q[0].content == "reports that the bridge would close");
}

TEST_CASE("a named possessor is not the source: 'Lee's spokeswoman said'", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee met the council. Lee's spokeswoman said the bridge would reopen.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Lee's spokeswoman");
}

TEST_CASE("the person before an apposition is the source, not the place it names", "[quotes]") {
  auto q = quotes_of("Maria Lopez, who runs a bakery on Main Street, said she welcomed the lanes.");
  REQUIRE(!q.empty());
  CHECK(q[0].speaker == "Maria Lopez");
  CHECK(q[0].content == "she welcomed the lanes");
}

TEST_CASE("no attribution inside a short quotation", "[quotes]") {
  auto q = quotes_of("Her neighbor, Sam Park, was less enthusiastic: \"Nobody asked us.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "direct");
  CHECK(q[0].speaker == "Sam Park");
}

TEST_CASE("a content that runs to the end of the sentence is found whole, cut from the pattern or not", "[quotes]") {
  // The first rule ends in "[^.]+" inside its last group, which the matcher cuts and extends by
  // hand; the empty group after the second keeps it whole. Both must find the same quotes.
  auto contents_with = [](const std::string& rule) {
    auto files = overlay_rule_files(default_rule_files(), {{"en/patterns/quotes.rules", rule}});
    auto loaded = compile_rules(files);
    REQUIRE(loaded.ok());
    Document doc = make_document(
        "Mayor Jin Lee said that the bridge would open, that the road would not. Governor Paul Ames said that "
        "Mayor Jin Lee said that it rained\n\nMayor Jin Lee said that");
    Pipeline(loaded.rules).run(doc);
    std::vector<std::string> out;
    for (const auto& q : doc.quotes) out.emplace_back(doc.slice(q.content));
    return out;
  };
  auto cut = contents_with("rule quote.cut = (?P<speaker>S+)(?P<cue>V)T(?P<content>w?[^.]+)\n");
  auto whole = contents_with("rule quote.whole = (?P<speaker>S+)(?P<cue>V)T(?P<content>w?[^.]+)()\n");
  CHECK(cut == whole);
  REQUIRE(cut.size() == 3);
  CHECK(cut[0] == "the bridge would open, that the road would not");
  CHECK(cut[2] == "it rained");
  // Parentheses inside a class or quoted text are no groups.
  CHECK(contents_with("rule quote.cut = (?P<speaker>S+)[[:punct:](]?(?:\\Q((\\E)?(?P<cue>V)T(?P<content>w?[^.]+)\n") ==
        whole);
  auto starred = contents_with("rule quote.star = (?P<speaker>S+)(?P<cue>V)(?P<content>T[^.]*)\n");
  auto starred_whole = contents_with("rule quote.star = (?P<speaker>S+)(?P<cue>V)(?P<content>T[^.]*)()\n");
  CHECK(starred == starred_whole);
}

TEST_CASE("no source inside a quotation for a cue outside it", "[quotes]") {
  auto q = quotes_of(
      "The council's chairwoman, Linda Park, disagreed. \"The mayor has had two years,\" she said, adding that "
      "residents deserved better.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].content == "The mayor has had two years");
  CHECK(q[0].speaker == "Linda Park");
  CHECK(q[1].content == "residents deserved better");
  CHECK(q[1].speaker == "Linda Park");
}

TEST_CASE("an opening phrase is no content when a clause follows the cue", "[quotes]") {
  auto q = quotes_of("In an interview with the radio, Mayor Jin Lee said the bridge would open.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the bridge would open");
  CHECK(q[0].rule == "indirect.say-clause");
  q = quotes_of("The bridge would open, Mayor Jin Lee said later in an interview.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The bridge would open");
}

TEST_CASE("a base form after a number reports, after a noun it does not", "[quotes]") {
  auto q = quotes_of("Nearly eight in 10 say the roads have grown worse.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the roads have grown worse");
  CHECK(q[0].speaker == "Nearly eight in 10");
  CHECK(q[0].cue == "say");
  CHECK(quotes_of("The conference call ended the dispute over the roads.").empty());
}

TEST_CASE("'As the source noted,' opens reported speech", "[quotes]") {
  auto q = quotes_of("But as the mayor noted, the bridge has been closed for a year.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the bridge has been closed for a year");
  CHECK(q[0].speaker == "the mayor");
  CHECK(q[0].rule == "indirect.as-speaker-noted");
}

TEST_CASE("a wire dateline is no part of the first sentence's content or source", "[quotes]") {
  auto q = quotes_of("TALLINN, May 3 (Wire) - The port will reopen on Friday, harbour master Ilse Tamm said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The port will reopen on Friday");
  CHECK(q[0].speaker == "Ilse Tamm");
  q = quotes_of("LONDON — The bank raised rates, officials said, citing stubborn inflation.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].content == "The bank raised rates");
  CHECK(q[1].speaker == "officials");
  q = quotes_of("Port to reopen\n\nTALLINN: The port will reopen on Friday, harbour master Ilse Tamm said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The port will reopen on Friday");
}

TEST_CASE("a nominal source before a prepositional phrase heads it. a name in apposition still speaks", "[quotes]") {
  Document doc = analysed("A spokeswoman for the harbour authority said the port would reopen.");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "a spokeswoman");
  REQUIRE(doc.quotes[0].speaker_mention);
  CHECK(doc.slice(*doc.quotes[0].speaker_mention) == "A spokeswoman for the harbour authority");
  auto q = quotes_of("The director of the port, Ilse Tamm, said the port would reopen.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ilse Tamm");
}

TEST_CASE("a clause between a source and its cue before a quotation", "[quotes]") {
  auto q = quotes_of("Mark Ostrowski, asked whether the company would cut its dividend, said: \"Absolutely not.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Mark Ostrowski");
  CHECK(q[0].rule == "direct.speaker-cue-quote");
}

TEST_CASE("a quote's date is in the cue's clause, not past its content nor across 'and'", "[quotes]") {
  Document doc = analysed(
      "A hearing is set for Nov. 2, and the panel said it would act. The mayor said on Tuesday that the bridge "
      "would open, before the vote next week.");
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.quotes[0].date < 0);
  REQUIRE(doc.quotes[1].date >= 0);
  CHECK(doc.slice(doc.dates[static_cast<size_t>(doc.quotes[1].date)].span) == "Tuesday");
}

TEST_CASE("a court's ruling is reported as a finding", "[quotes]") {
  Document doc = analysed("The panel ruled that the map was unlawful. Officials ruled out a new vote.");
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.slice(doc.quotes[0].content) == "the map was unlawful");
  CHECK(doc.quotes[0].kind == QuoteKind::Finding);
  CHECK(doc.slice(doc.quotes[1].content) == "a new vote");
}

TEST_CASE("single quotation marks quote speech where a document uses them so", "[quotes]") {
  Document doc =
      analysed("‘We have been left with no choice,’ said Pat Ryan. ‘Ministers have refused to pay a penny more.’");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].segments.size() == 2);
}

TEST_CASE("'one of them said' sources the clause before it, and the opposite reading is dropped", "[quotes]") {
  auto q = quotes_of("A deal could be announced as soon as next month, one of them said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "A deal could be announced as soon as next month");
  CHECK(q[0].rule == "indirect.clause-speaker-cue");
  q = quotes_of("The plant will close, two of the managers said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The plant will close");
}

TEST_CASE("an addressee may be a possessive phrase", "[quotes]") {
  auto q = quotes_of("The coach told the club's website that the team was tired.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the team was tired");
}

TEST_CASE("'that' before a comma is no complementizer. a direct quote keeps its first 'That'", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee rejected that, telling reporters the plan would fail.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the plan would fail");
  CHECK(q[0].rule == "indirect.participle-clause");
  q = quotes_of("The spokeswoman Ana Ruiz said: \"That's up to the council.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "That's up to the council");
}

TEST_CASE("after 'told', whom comes first: split off up to 'that' or a named addressee, else no quote", "[quotes]") {
  Document doc = analysed("Mayor Jin Lee told The Harbour Gazette on Monday that the bridge would open.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.slice(doc.quotes[0].content) == "the bridge would open");
  auto q = quotes_of("Mayor Jin Lee told members of her party in the council.");
  CHECK(q.empty());
}

TEST_CASE("a second 'and that' clause belongs to the outer cue. a time phrase opens no object", "[quotes]") {
  auto q = quotes_of(
      "Mao Lin stressed that the two countries had agreed last month to keep talking and that Beijing was "
      "committed.");
  REQUIRE(q.size() == 2);  // the outer quote, and the nested "agreed ... to keep talking"
  CHECK(q[0].speaker == "Mao Lin");
  CHECK(q[0].content.ends_with("and that Beijing was committed"));
  CHECK(q[1].content != "Beijing was committed");
  q = quotes_of("The two countries agreed last month to keep talking.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "to keep talking");
}

TEST_CASE("a quotation attributed with 'according to', and no apposition taken for content", "[quotes]") {
  auto q = quotes_of("\"We will not back down,\" according to a statement from the Port Authority.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].rule == "direct.quote-according-to");
  CHECK(q[0].speaker == "Port Authority");
  q = quotes_of("\"We will not back down,\" according to Maria Lopez, the mayor.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Maria Lopez");
}

TEST_CASE("a date after the cue is in its clause only before a comma", "[quotes]") {
  Document doc = analysed("The rent has doubled, said Maria Lopez, who has lived there since 1990.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].date < 0);
}

TEST_CASE("a possessive in a source phrase at the end of a sentence", "[quotes]") {
  auto q = quotes_of("\"This is no proof,\" the paper's lead author, Dr. Ingrid Solberg, said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ingrid Solberg");
  q = quotes_of("The vote was close, the council's press officer said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The vote was close");
}

TEST_CASE("a transcript's answer is its speaker's, whole. the interviewer's question is none", "[quotes]") {
  Document doc = analysed(
      "An interview with Finance Minister Carla Rossi.\n\nQ: Will taxes rise next year?\n\nROSSI: No. We have "
      "been very clear about that.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].rule == "direct.transcript");
  CHECK(doc.slice(doc.quotes[0].content) == "No. We have been very clear about that");
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "Carla Rossi");
}

TEST_CASE("'according to X, who ...,' keeps the relative clause out of the content. 'rule out'", "[quotes]") {
  auto q = quotes_of(
      "Mayor Jin Lee spoke. According to Lee, who met reporters on Friday, no date has been set. Mayor Jin Lee did "
      "not rule out that the bridge could open in June.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].content == "no date has been set");
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[1].content == "the bridge could open in June");
}

TEST_CASE("more reporting verbs: fired back, underscored, testified", "[quotes]") {
  for (const char* text :
       {"Mayor Jin Lee fired back that the council had lied.", "Mayor Jin Lee underscored that the council had lied.",
        "Mayor Jin Lee testified that the council had lied."}) {
    auto q = quotes_of(text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].content == "the council had lied");
  }
}

TEST_CASE("a cue after a number is a verb where it agrees with it, else a noun", "[quotes]") {
  auto q = quotes_of("Voters were asked. One in three said the party had failed them.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "One in three");
  CHECK(q[0].content == "the party had failed them");
  q = quotes_of("Two of the three reports said the party had failed.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "said");
  CHECK(q[0].speaker == "Two of the three reports");
}

TEST_CASE("a quotation that ends its sentence is not joined to the next one's attribution", "[quotes]") {
  Document doc = analysed(
      "Mayor Ana Costa spoke at the opening. \"We built this for everyone.\" She adds, \"And we will keep it open.\"");
  REQUIRE(doc.quotes.size() == 2);
  for (const auto& q : doc.quotes) CHECK(q.segments.size() == 1);
  CHECK(doc.slice(doc.quotes[1].content) == "And we will keep it open");
  doc = analysed("\"Why?\" she asked, \"and why now?\"");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].segments.size() == 2);
}

TEST_CASE("what the source would not say is no part of what it said", "[quotes]") {
  auto q = quotes_of("The Kremlin said there were no plans for a call, but did not rule one out.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "there were no plans for a call");
  q = quotes_of("The ministry said talks would resume but would not say when.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "talks would resume");
  q = quotes_of("The ministry said prices would rise and could hurt growth.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "prices would rise and could hurt growth");
}

TEST_CASE("a cue of quoted words only: 'he continued'", "[quotes]") {
  auto q = quotes_of("Peskov said contacts continued \"at the expert level\" and that Moscow remained open.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "said");
  q = quotes_of("\"We will not give up,\" Mayor Jin Lee continued.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jin Lee");
  CHECK(q[0].cue == "continued");
}

TEST_CASE("a group before 'including ...' is the source, not the member named", "[quotes]") {
  auto q =
      quotes_of("Supporters, including the local chapter of the Sierra Club, say the project would cut travel times.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "supporters");
  q = quotes_of("Maria Lopez, who runs a bakery, said sales had fallen.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Maria Lopez");
  CHECK(q[0].content == "sales had fallen");
}

TEST_CASE("a date between the parts of a broken quotation is the quote's date", "[quotes]") {
  Document doc = analysed(
      "\"This is a rare chance,\" Ahmed Saleh said in an interview Tuesday. \"We will not waste it.\"", "2023-03-08");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].date >= 0);
  CHECK(doc.dates[static_cast<size_t>(doc.quotes[0].date)].value == "2023-03-07");
}

TEST_CASE("a participle after a determiner is a noun. a content cut to a noun phrase is none", "[quotes]") {
  auto q = quotes_of(
      "Sophia Lin, a lawyer with the Civil Liberties Union who argued the case, called the ruling \"a victory "
      "for every voter.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Sophia Lin");
  CHECK(q[0].cue == "called");
  CHECK(q[0].content == "a victory for every voter");
}

TEST_CASE("'told a news conference after the summit' is whom, not what", "[quotes]") {
  auto q = quotes_of("\"Europe advances through crises,\" Ana Costa told a news conference after the summit.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "direct");
  q = quotes_of("Ana Costa told reporters prices would rise.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "prices would rise");
}

TEST_CASE("a subordinate clause alone before its source is no quote", "[quotes]") {
  auto q = quotes_of("When a developer offered to lease the farm last spring, Ruth Hansen said no.");
  for (const auto& found : q) CHECK(found.speaker != "Ruth Hansen");
  q = quotes_of("If the bill passes, prices will rise, Ruth Hansen said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "If the bill passes, prices will rise");
}

TEST_CASE("a place phrase between an addressee and 'that'", "[quotes]") {
  auto q = quotes_of("Press secretary Ann Boyd told reporters aboard Air Force One that the bill would pass.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the bill would pass");
}

TEST_CASE("after an object, 'but' and a copula open a second predicate", "[quotes]") {
  auto q = quotes_of("Environmental groups welcomed the signals but remained skeptical.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the signals");
}

TEST_CASE("a direct quote before its source keeps whom it was told to", "[quotes]") {
  Document doc = analysed("\"We are not thinking about rate cuts,\" Chair Ana Costa told reporters after the meeting.");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].addressee)].name == "reporters");
}

TEST_CASE("'was quoted as saying' and 'quoted X as saying'", "[quotes]") {
  auto q = quotes_of("Tom Reyes was quoted by Reuters as saying that the plant would close in March.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Tom Reyes");
  CHECK(q[0].content == "the plant would close in March");
  q = quotes_of("Interfax quoted Dmitry Peskov as saying the talks had stalled.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Dmitry Peskov");
  CHECK(q[0].cue == "as saying");
}

TEST_CASE("a quoted title after a possessive is no quote. 'that' still opens the content", "[quotes]") {
  auto q = quotes_of("Ana Costa told CNN's \"State of the Union\" on Sunday that the plant would close in March.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the plant would close in March");
  CHECK(q[0].speaker == "Ana Costa");
}

TEST_CASE("the source before an adjunct: 'The company, in a statement, said'", "[quotes]") {
  auto q = quotes_of("The company, in a statement, said the plant would close in March.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the company");
}

TEST_CASE("'People familiar with the plan said': the people speak, not the plan", "[quotes]") {
  auto q = quotes_of("People familiar with the plan said the plant would close in March.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "people");
  CHECK(q[0].content == "the plant would close in March");
}

TEST_CASE("an adverb between the source and its cue is no source", "[quotes]") {
  auto q = quotes_of("The agency eventually concluded that the files were lost.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the agency");
  q = quotes_of("Reuters first reported that the plant would close.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Reuters");
}

TEST_CASE("in a Q-and-A interview an answer is the words of the person interviewed", "[quotes]") {
  Document doc = analysed(
      "An interview with Ana Costa, the mayor of Springfield.\n\nQ: Why did the plant close?\n\nA: The owners "
      "left. We tried everything to keep them.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].rule == "direct.interview-answer");
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "Ana Costa");
  doc = analysed("Ana Costa wrote a list.\n\nA: The owners left and we tried everything to keep them.");
  for (const auto& q : doc.quotes) CHECK(q.rule != "direct.interview-answer");  // no "Q:", no interview
}

TEST_CASE("a source and cue inside a relative clause: 'a move analysts said would slow growth'", "[quotes]") {
  Document doc = analysed("The bank raised rates, a move analysts said would slow growth.");
  REQUIRE(doc.quotes.size() == 1);
  const Quote& q = doc.quotes[0];
  CHECK(q.rule == "indirect.relative-source");
  REQUIRE(q.segments.size() == 2);
  CHECK(doc.slice(q.segments[0]) == "a move");
  CHECK(doc.slice(q.segments[1]) == "would slow growth");
  REQUIRE(q.speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(q.speaker)].name == "analysts");
}

TEST_CASE("a place after a preposition in the source phrase does not speak", "[quotes]") {
  Document doc =
      analysed("According to the exit polls in Iowa, most voters wanted a candidate who would speak plainly.");
  REQUIRE_FALSE(doc.quotes.empty());
  CHECK(doc.quotes[0].rule == "indirect.according-to-first");
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "the exit polls");
}

TEST_CASE("a base form after a plain word is a verb when 'that' and a subject or a pronoun follow", "[quotes]") {
  auto q = quotes_of("People familiar with the situation say that the governor has left.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the governor has left");
  q = quotes_of("Those surveyed say they want the economy to grow.");
  REQUIRE_FALSE(q.empty());
  CHECK(q[0].content == "they want the economy to grow");
  CHECK(quotes_of("He made a conference call that lasted an hour.").empty());
}

TEST_CASE("'according to' after a dash, and a closing 'according to' cut from another content", "[quotes]") {
  auto q = quotes_of("Ferguson had 115 violent crimes — including robbery — according to the FBI.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].rule == "indirect.according-to-last");
  CHECK(q[0].speaker == "FBI");
  q = quotes_of("Clinton did well among voters who believe that Wall Street is a boon, according to exit polls.");
  bool believe = false;
  for (const Found& f : q) {
    CHECK(f.content.find("according") == std::string::npos);
    believe = believe || (f.cue == "believe" && f.content == "Wall Street is a boon");
  }
  CHECK(believe);
}

TEST_CASE("a headline's source and colon, in a paragraph without a reporting verb", "[quotes]") {
  auto q = quotes_of("Mark Cuban: A businessman can run this country.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].rule == "indirect.speaker-colon");
  CHECK(q[0].speaker == "Mark Cuban");
  CHECK(quotes_of("Iowa: Tim Albrecht, Brad Anderson, Rob Barron.").empty());  // a place labels a list
}

TEST_CASE("'When asked ...' opens no source, and a cue tied to the next quotation is not the last one's", "[quotes]") {
  auto q = quotes_of("When asked whom she supported, Ms. Sherry smiled and said, \"I'm waiting for Bloomberg.\"");
  REQUIRE_FALSE(q.empty());
  for (const Found& f : q) CHECK(f.speaker != "When");
  q = quotes_of("Roland Z wrote to her: \"Your boss is bringing them in hordes.\" Eva Schultheis posted: \"No way.\"");
  for (const Found& f : q)
    if (f.content.find("hordes") != std::string::npos) CHECK(f.speaker != "Eva Schultheis");
  q = quotes_of("\"We won,\" she said, \"and we will win again.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].rule == "direct.quote-speaker-cue-quote");
}

TEST_CASE("'According to' that opens a sentence does not claim the quotation that closed the last one", "[quotes]") {
  auto q =
      quotes_of("Mr. Trump said that he did not \"use it that much.\" According to F.A.A. records, the plane is old.");
  bool trump = false;
  for (const Found& f : q) {
    CHECK(f.rule != "direct.quote-according-to");
    trump = trump || (f.speaker == "Trump" && f.content.find("use it that much") != std::string::npos);
  }
  CHECK(trump);
}

TEST_CASE("a source after its cue may be any noun phrase at the sentence's end. a possessive may open it", "[quotes]") {
  auto q = quotes_of("\u201CIt\u2019s more of the same, but worse,\u201D says a narrator.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "a narrator");
  q = quotes_of("\"The bullying is bad,\" Fox's Chris Wallace said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Chris Wallace");
  q = quotes_of("But Mr. Kim's ''execution has been challenged,'' Mr. Solomon said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Solomon");
}

TEST_CASE("an adverb of manner between the source and its cue is no source: 'Democrats largely echoed'", "[quotes]") {
  auto q = quotes_of("Democrats largely argued that the casinos hurt small businesses.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "democrats");  // a group, named in lower case
}

TEST_CASE("a source phrase with a relative clause: its head speaks, or the person it stands in apposition to",
          "[quotes]") {
  auto q = quotes_of(
      "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the family deserved "
      "better.");
  bool kasich = false;
  for (const Found& f : q) kasich = kasich || (f.content == "the family deserved better" && f.speaker == "John Kasich");
  CHECK(kasich);
}

TEST_CASE("quoted words that end a sentence a clause led into are not the next sentence's", "[quotes]") {
  auto q = quotes_of(
      "Catherine Frazier said Thursday that the claim is \"simply not true.\" Cruz agreed with the decision.");
  for (const Found& f : q) CHECK(f.speaker != "Cruz");
  bool frazier = false;
  for (const Found& f : q) frazier = frazier || f.speaker == "Catherine Frazier";
  CHECK(frazier);
}

TEST_CASE("'told the BBC the numbers ...': a determiner and a named addressee before a clause", "[quotes]") {
  Document doc = analysed("Their spokesman, Mel Stride, told the BBC the numbers simply don't add up.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.slice(doc.quotes[0].content) == "the numbers simply don't add up");
  REQUIRE(doc.quotes[0].addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].addressee)].name == "BBC");
  CHECK(quotes_of("Carter told the Shangri-La Dialogue, a regional security forum in Singapore.").empty());
  CHECK(quotes_of("Trump told The Post earlier this year.").empty());
}

TEST_CASE("a comma that closes a quotation, then a participle: 'as \"dead on arrival,\" telling reporters'",
          "[quotes]") {
  auto q = quotes_of(
      "House Speaker Mike Johnson, a Republican, dismissed the proposal as \"dead on arrival,\" telling reporters that "
      "it did "
      "nothing to stop illegal crossings.");
  bool dismissed = false, telling = false;
  for (const Found& f : q) {
    bool before_participle = f.content.starts_with("the proposal as") && f.content.find("telling") == std::string::npos;
    dismissed = dismissed || (f.cue == "dismissed" && before_participle);
    telling = telling || (f.cue == "telling" && f.content == "it did nothing to stop illegal crossings");
  }
  CHECK(dismissed);
  CHECK(telling);
}

TEST_CASE("a place after a preposition is where, not who", "[quotes]") {
  auto q = quotes_of(
      "Speaking earlier Tuesday in Florida, Trump insisted that he has \"expanded the party,\" claiming that he "
      "is responsible for higher turnout.");
  REQUIRE_FALSE(q.empty());
  for (const Found& f : q) CHECK(f.speaker == "Trump");
}

TEST_CASE("a sentence's subject as source leaves its auxiliaries out: 'Holding rates near zero has'", "[quotes]") {
  Document doc = analysed("Holding rates near zero has encouraged borrowing and risk-taking.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].rule == "indirect.sentence-subject");
  REQUIRE(doc.quotes[0].speaker_mention);
  CHECK(doc.slice(*doc.quotes[0].speaker_mention) == "Holding rates near zero");
}

TEST_CASE("'a spokesman for presidential candidate X' is the spokesman, and the title is X's own", "[quotes]") {
  for (const char* text :
       {"A spokesman for presidential candidate Hillary Clinton said the report was false.",
        "A spokesman for Democratic presidential candidate Hillary Clinton called the report false."}) {
    Document doc = analysed(text);
    REQUIRE(doc.quotes.size() == 1);
    REQUIRE(doc.quotes[0].speaker >= 0);
    const Entity& speaker = doc.entities[static_cast<size_t>(doc.quotes[0].speaker)];
    CHECK(speaker.name != "Hillary Clinton");
    for (const Entity& e : doc.entities)
      for (const std::string& title : e.titles) CHECK(title.find("spokesman") == std::string::npos);
  }
}

TEST_CASE("'said this week that ...': the when is no part of what was said", "[quotes]") {
  struct Case {
    const char* text;
    const char* content;
  };
  for (Case c : {Case{"Bill Clinton said this morning that the plan failed.", "the plan failed"},
                 Case{"Senator Ann Bell told reporters this week that she would run.", "she would run"},
                 Case{"Mitch McConnell met the nominee and said this week that Trump looks competitive in November.",
                      "Trump looks competitive in November"},
                 Case{"Jeb Bush left the stage, telling reporters this week that it was a record night.",
                      "it was a record night"},
                 // a possessor, and a time that belongs to what was said
                 Case{"Mayor Ruth Olsen said this year's budget was too large.", "this year's budget was too large"},
                 Case{"Mayor Ruth Olsen said next year the tax would rise.", "next year the tax would rise"}}) {
    INFO(c.text);
    auto q = quotes_of(c.text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].content == c.content);
  }
}

TEST_CASE("an adverb inside a progressive cue: 'is also asking', 'are now saying'", "[quotes]") {
  auto q = quotes_of("Senator Jason Chaffetz is also asking the bureau to turn over its full file on the issue.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jason Chaffetz");
  CHECK(q[0].content == "the bureau to turn over its full file on the issue");
  q = quotes_of("Democratic leaders are now saying the bill will pass in the spring.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the bill will pass in the spring");
}

TEST_CASE("an aside opened by a participle does not speak: 'An official, speaking on condition of ...,'", "[quotes]") {
  for (const char* text :
       {"An Israeli official, speaking on condition of anonymity to discuss Prime Minister Benjamin Netanyahu's "
        "schedule, said Wednesday that he would meet any candidate.",
        "The Journal, citing internal documents from Senator Ben Carson, reported that the campaign is spending more "
        "than it takes in."}) {
    INFO(text);
    Document doc = analysed(text);
    auto main_quote = std::find_if(doc.quotes.begin(), doc.quotes.end(), [&](const Quote& q) {
      return q.cue && (doc.slice(*q.cue) == "said" || doc.slice(*q.cue) == "reported");
    });
    REQUIRE(main_quote != doc.quotes.end());
    REQUIRE(main_quote->speaker_mention);
    std::string speaker(doc.slice(*main_quote->speaker_mention));
    CHECK((speaker == "An Israeli official" || speaker.ends_with("Journal")));
  }
}

TEST_CASE("'X will run, Mr. Manafort said, adding that ...': the participle is the inverted source's", "[quotes]") {
  auto q = quotes_of(
      "Mr. Trump intends to deliver a foreign policy address in Washington this month, Paul Manafort said, adding "
      "that he would also hold similar events.");
  auto adding = with_cue(q, "adding");
  REQUIRE(adding);
  CHECK(adding->speaker == "Paul Manafort");
  CHECK(adding->content == "he would also hold similar events");
}

TEST_CASE("complaints and asides report speech: 'groused', 'fumed', 'opined'", "[quotes]") {
  for (const char* text : {"On Monday, Trump groused to a crowd in Georgia that the network does not treat him fairly.",
                           "The senator fumed that the vote had been rigged from the start.",
                           "Mayor Ruth Olsen opined that the budget was far too large."}) {
    INFO(text);
    auto q = quotes_of(text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].rule == "indirect.say-that");
  }
}

TEST_CASE("a quoted sentence closed by its period is not what the next sentence's cue reports about something else",
          "[quotes]") {
  Document doc = analysed("The crowd cheered. \"It's time.\" Clinton also gushes about being a grandmother.");
  for (const Quote& q : doc.quotes) {
    INFO(doc.slice(q.content));
    CHECK_FALSE((q.cue && doc.slice(*q.cue) == "gushes" && doc.slice(q.content) == "It's time"));
  }
  auto q = quotes_of("\"We won the game.\" Ruiz said after the game.");  // the cue says nothing more
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ruiz");
}

TEST_CASE("an addressee never ends inside a name: 'told The Huffington Post before ...'", "[quotes]") {
  Document doc =
      analysed("Ben Jealous told The Huffington Post before he spoke to the committee that Clinton had to reach out.");
  auto told = std::find_if(doc.quotes.begin(), doc.quotes.end(),
                           [&](const Quote& q) { return q.cue && doc.slice(*q.cue) == "told"; });
  REQUIRE(told != doc.quotes.end());
  CHECK_FALSE(doc.slice(told->content).starts_with("Post"));
  REQUIRE(told->addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(told->addressee)].name == "HuffPost");
}

TEST_CASE("before its attribution, what was said runs up to it: 'A, but B, said Gil'", "[quotes]") {
  auto q = quotes_of("The program is hardly formal, but it has attracted a loyal following, said Ms. Arianna Gil.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "The program is hardly formal, but it has attracted a loyal following");
}

TEST_CASE("an inverted source with a prepositional tail: 'said a former spokesman for Ukraine's Foreign Ministry'",
          "[quotes]") {
  auto q = quotes_of(
      "He also had a voice in decisions about investments in Ukraine, said a former spokesman for Ukraine's "
      "Foreign Ministry, Oleg Voloshyn.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "He also had a voice in decisions about investments in Ukraine");
}

TEST_CASE("a sentence's subject after an opening phrase of time or place: 'During the past year, the Khans say'",
          "[quotes]") {
  auto q = quotes_of("During the past year, the Khans say they have heard rising fears from their friends.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "they have heard rising fears from their friends");
}

TEST_CASE("a participle before a quotation is its own clause's subject's, not across a comma", "[quotes]") {
  auto q = quotes_of(
      "The first incident came during a speech at Purchase College, when Sanders protesters "
      "interrupted her speech, shouting \"she wins, we lose!\"");
  auto shouting = with_cue(q, "shouting");
  REQUIRE(shouting);
  CHECK(shouting->speaker.find("protesters") != std::string::npos);
}

TEST_CASE("judgements and estimates: 'anticipated that', 'calculated that', 'commented that'", "[quotes]") {
  for (const char* text : {"John Bolton anticipated that the biggest challenge would be the budget.",
                           "Analysts at the bank calculated that the plan would cost two billion dollars.",
                           "Senator Ann Bell commented that the hearing had gone on far too long."}) {
    INFO(text);
    auto q = quotes_of(text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].rule == "indirect.say-that");
  }
  auto q = quotes_of("Several negative comments made by the candidate drew attention this week.");
  for (const Found& f : q) CHECK(f.cue != "comments");  // a plural noun, no cue
}

TEST_CASE("the object of an opening prepositional phrase does not speak: 'In a message to Clinton, Tanden, ...'",
          "[quotes]") {
  auto q = quotes_of(
      "In a May 2012 message to Hillary Clinton, Neera Tanden, head of the Center for American Progress, "
      "recounted a conversation she had with George Soros.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Neera Tanden");
}

TEST_CASE("'As POLITICO revealed, ...': an object cue opens the clause as well", "[quotes]") {
  auto q = quotes_of("As POLITICO revealed, the committee agreed to share its voter file with the campaign.");
  auto revealed = with_cue(q, "revealed");
  REQUIRE(revealed);
  CHECK(revealed->speaker == "Politico");
  CHECK(revealed->content == "the committee agreed to share its voter file with the campaign");
}

TEST_CASE("a source that opens its sentence is no object of the sentence before", "[quotes]") {
  auto q = quotes_of("In May the senator spoke. Ann Lee, in a statement, said the plan had failed.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ann Lee");
}

TEST_CASE("a sentence opened by a demonstrative That keeps it around a parenthetical attribution", "[quotes]") {
  auto q = quotes_of("The council has no money left. That, the mayor explained, is by design.");
  auto explained = with_cue(q, "explained");
  REQUIRE(explained);
  CHECK(explained->content == "That, the mayor explained, is by design");
  CHECK(explained->rule == "indirect.parenthetical");
  CHECK(quotes_of("The mayor said that.").empty());  // the reporting "that" with nothing after it
}

TEST_CASE("an organisation that opens the source phrase heads it: 'the Roper Center ... at Cornell University'",
          "[quotes]") {
  auto q = quotes_of(
      "Voters dislike both candidates, according to the Roper Center for Public Opinion Research at Cornell "
      "University.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Roper Center for Public Opinion Research");
}

TEST_CASE("a clause after a comma is no part of the cue before 'that'", "[quotes]") {
  auto q = quotes_of(
      "Inflation fell to 4% in December, official figures showed Wednesday, boosting expectations that the bank "
      "could cut rates.");
  for (const Found& f : q) CHECK(f.content != "the bank could cut rates");
  for (const char* text : {"The minister said on Tuesday, in a statement, that the plan had failed.",
                           "Ann Lee told a town hall in Salem, New Hampshire on Monday that the plan had failed."}) {
    INFO(text);
    auto found = quotes_of(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].content == "the plan had failed");
  }
}

TEST_CASE("an organisation or a country that recalls something says nothing: 'Tesla recalls 2 million cars'",
          "[quotes]") {
  for (const char* text : {"Tesla recalls 2 million vehicles over Autopilot concerns.",
                           "France recalled its ambassador to Australia on Friday."}) {
    INFO(text);
    CHECK(quotes_of(text).empty());
  }
  auto q = quotes_of("Tesla is recalling more than 2 million vehicles, the safety agency said on Wednesday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "said");
  CHECK(quotes_of("Hillary Clinton recalled her days in the Senate.").size() == 1);
  CHECK(quotes_of("The ministry recalled that the treaty had expired.").size() == 1);
}

TEST_CASE("a second predicate in what was said before its attribution is no second thing said", "[quotes]") {
  auto q = quotes_of(
      "Tesla disagreed with the analysis but agreed to the recall, according to documents posted by the "
      "regulator.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "Tesla disagreed with the analysis but agreed to the recall");
  auto after = quotes_of("The minister said the plan had failed and added that he would resign.");
  CHECK(after.size() == 2);
}

TEST_CASE("a cue word in -s before a verb that agrees with it is the source: 'Safety advocates said'", "[quotes]") {
  auto q = quotes_of("Safety advocates said the recall did not go far enough.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "said");
  CHECK(q[0].speaker == "Safety advocates");
  CHECK(q[0].content == "the recall did not go far enough");
  auto declined = quotes_of("The spokeswoman declined comment on the filings.");
  REQUIRE(declined.size() == 1);
  CHECK(declined[0].cue == "declined");
}

TEST_CASE("a date in the possessive names an event, not when the quote was said", "[quotes]") {
  Document doc = analysed("Lee told a news conference ahead of Sunday's match that the team was ready.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].date < 0);
  Document said_then = analysed("Lee told a news conference on Sunday that the team was ready.");
  REQUIRE(said_then.quotes.size() == 1);
  CHECK(said_then.quotes[0].date >= 0);
}

TEST_CASE("a lawyer or an owner in apposition speaks: 'Her lawyer, John Smith, said that ...'", "[quotes]") {
  for (const char* text : {"Her lawyer, John Smith, said that the case was weak.",
                           "The plant's owner, Midwest Motors, announced in March that it would close the plant."}) {
    INFO(text);
    CHECK(quotes_of(text).size() == 1);
  }
}

TEST_CASE("a union local is an organisation, and 'Local officials' are no one's name", "[quotes]") {
  auto q = quotes_of(
      "David Green, president of UAW Local 1112, said the plant would close. Local officials say the closure "
      "will cost the town millions.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "David Green");
  CHECK(q[1].speaker != "UAW Local");
}

TEST_CASE("a participle's short prepositional phrase is where, not what: 'Writing on social media, he said'",
          "[quotes]") {
  auto q = quotes_of("Ann Lee spoke. Writing on social media, she said the team lacked any identity.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "said");
  auto topic = quotes_of("Speaking about the racial divide in America, Ann Lee said nothing would change.");
  CHECK(with_cue(topic, "Speaking about"));  // a topic stays what was said
}

TEST_CASE("an office speaks, and a continent is no person: 'the regional office for Europe said'", "[quotes]") {
  Document doc =
      analysed("More than 42,000 people were infected in 2023, the regional office for Europe said in a statement.");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].speaker_mention);
  CHECK(doc.slice(*doc.quotes[0].speaker_mention).find("office") != std::string_view::npos);
  for (const Entity& e : doc.entities) CHECK(e.type != EntityType::Person);
}

TEST_CASE("a date in what one quote says dates no other quote of its sentence", "[quotes]") {
  Document doc =
      analysed("The agency warned on Tuesday that cases had risen last year, urging countries to step up vaccination.");
  REQUIRE(doc.quotes.size() == 2);
  for (const Quote& q : doc.quotes) {
    if (q.date < 0) continue;
    CHECK(doc.slice(doc.dates[static_cast<size_t>(q.date)].span) == "Tuesday");
  }
}

TEST_CASE("a clause before 'while <source> reported' is not that source's", "[quotes]") {
  auto q = quotes_of(
      "The air force said Saturday that it had shot down 30 drones, while officials in the Kharkiv region "
      "reported two civilians killed in shelling.");
  for (const Found& f : q)
    if (f.cue == "reported") CHECK(f.content.find("air force") == std::string::npos);
}

TEST_CASE("'to' before a verb is no addressee: 'expects to cut borrowing costs three times'", "[quotes]") {
  auto q = quotes_of(
      "The bank expects to cut borrowing costs three times this year, despite a run of hot inflation readings.");
  for (const Found& f : q) CHECK(f.content.find("three times this year") != 0);
  auto told = quotes_of("Ann Lee explained to the committee that the plan had failed.");
  REQUIRE(told.size() == 1);
  CHECK(told[0].content == "the plan had failed");
}

TEST_CASE("a second cue's where goes before its 'that': 'arguing in a statement that ...'", "[quotes]") {
  auto q = quotes_of("Sen. Jo Park criticized the central bank, arguing in a statement that it had been too slow.");
  auto arguing = with_cue(q, "arguing");
  REQUIRE(arguing);
  CHECK(arguing->content == "it had been too slow");
}

TEST_CASE("whom a cue of telling names is no source of a later cue: 'told investors on a conference call that'",
          "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee told investors on a conference call that the bridge would reopen.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jin Lee");
  auto nested = quotes_of("Stacy Baker says she really thinks Cruz can pull off a win.");
  REQUIRE(nested.size() == 1);  // "she thinks" is part of what she says, not a second quote
  CHECK(nested[0].speaker == "Stacy Baker");
}

TEST_CASE("a second verb after 'According to X,' is the content's own", "[quotes]") {
  auto q = quotes_of("According to court documents, the payments began in 2017 and continued until 2021.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the payments began in 2017 and continued until 2021");
}

TEST_CASE("a date in a relative clause before the cue is no quote's date", "[quotes]") {
  Document doc =
      analysed("Daniel Pruitt, who pleaded guilty in June, apologized in court, saying he was deeply ashamed.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].date < 0);
  Document dated = analysed("Daniel Pruitt apologized in court in June, saying he was deeply ashamed.");
  REQUIRE(dated.quotes.size() == 1);
  CHECK(dated.quotes[0].date >= 0);
}

TEST_CASE("'The study, led by X,' is the study's, and 'a team of researchers' is a source", "[quotes]") {
  auto q = quotes_of(
      "The study, led by Andrew Shepherd of the University of Leeds, found that the ice sheet was shrinking. Ice "
      "loss has tripled in the past decade, an international team of researchers reported Wednesday.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "the study");
  CHECK(q[1].content == "Ice loss has tripled in the past decade");
}

TEST_CASE("a cue after 'be' or 'been' is passive, no one's saying: 'a compromise could be found'", "[quotes]") {
  auto q = quotes_of("Mayor Jin Lee said she hoped a compromise could be found before the end of the year.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "she hoped a compromise could be found before the end of the year");
  CHECK_FALSE(with_cue(q, "found"));
}

TEST_CASE("'that' before a lone noun is a determiner: 'echoed that view, saying'", "[quotes]") {
  auto q = quotes_of("Prime Minister Jo Park echoed that view, saying the pact was unacceptable.");
  for (const auto& f : q) CHECK_FALSE((f.rule == "indirect.say-that" && f.content == "view"));
  auto saying = with_cue(q, "saying");
  REQUIRE(saying);
  CHECK(saying->content == "the pact was unacceptable");
}

TEST_CASE("'told journalists as he left' names whom and when, not what", "[quotes]") {
  CHECK(quotes_of("President Ann Lee told journalists as she left the summit early on Friday.").empty());
  auto q = quotes_of("President Ann Lee told journalists the summit had failed.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the summit had failed");
}

TEST_CASE("a cue followed only by when says nothing, and a cue that ends the sentence takes the clause before",
          "[quotes]") {
  auto q = quotes_of(
      "Jo Park, a former finance minister, will replace Ann Lee, the government announced late on "
      "Saturday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the government");
  CHECK(q[0].content == "Jo Park, a former finance minister, will replace Ann Lee");
  CHECK(q[0].rule == "indirect.clause-speaker-final-cue");
}

TEST_CASE("how an unnamed source asked to stay unnamed is no quote", "[quotes]") {
  auto q = quotes_of("One lawmaker, who asked not to be named, said the pressure had been enormous.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the pressure had been enormous");
}

TEST_CASE("a verb of appearance in a relative clause does not make the whole sentence a quote", "[quotes]") {
  CHECK(quotes_of("The minister resigned after a newspaper published messages in which he appeared to mock the "
                  "rules.")
            .empty());
  CHECK(quotes_of("The talks seemed to stall on Friday.").size() == 1);
}

TEST_CASE("a quotation a thought quotes inside reported speech is the reporting source's", "[quotes]") {
  auto q = quotes_of(
      "Fed Chair Ann Lee declined to comment, telling reporters that the committee would decide "
      "\"meeting by meeting.\"");
  auto telling = with_cue(q, "telling");
  REQUIRE(telling);
  CHECK(telling->speaker == "Ann Lee");
  CHECK(telling->type == "mixed");
  for (const auto& f : q) CHECK(f.type != "direct");
}

TEST_CASE("a joint source is the first name, with the others as co-speakers", "[quotes]") {
  Document doc = analysed(
      "Italian Prime Minister Ann Lee and Dutch Prime Minister Jo Park said the compromise was fair. Senator Tom "
      "Ames criticized Ruth Bell and Jin Ray said the plan was bad.");
  REQUIRE(doc.quotes.size() >= 2);
  const Quote& joint = doc.quotes[0];
  REQUIRE(joint.speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(joint.speaker)].name == "Ann Lee");
  REQUIRE(joint.co_speakers.size() == 1);
  CHECK(doc.entities[static_cast<size_t>(joint.co_speakers[0])].name == "Jo Park");
  CHECK(doc.slice(*joint.speaker_mention) == "Italian Prime Minister Ann Lee and Dutch Prime Minister Jo Park");
  int later_said = 0;
  for (const auto& q : doc.quotes)
    if (q.cue && doc.slice(*q.cue) == "said" && q.content.begin > joint.content.end) {
      ++later_said;
      CHECK(q.co_speakers.empty());  // "criticized Ruth Bell and Jin Ray said": Ruth Bell is the object
      REQUIRE(q.speaker >= 0);
      CHECK(doc.entities[static_cast<size_t>(q.speaker)].name == "Jin Ray");
    }
  CHECK(later_said == 1);
}

TEST_CASE("a two-word cue opened by a noun is no cue: 'in a phone call on Thursday'", "[quotes]") {
  auto q = quotes_of("President Ann Lee discussed the situation in a phone call on Thursday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the situation in a phone call on Thursday");
}

TEST_CASE("a source's title may hold 'to': 'Russia's envoy to the talks, Jo Park, wrote'", "[quotes]") {
  auto q = quotes_of(
      "Russia's envoy to the talks, Jo Park, wrote on Twitter that the negotiators had made progress. "
      "The adviser to the president, who spoke on condition of anonymity, said the talks had failed.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Jo Park");
  CHECK(q[0].content == "the negotiators had made progress");
  CHECK(q[1].speaker == "the adviser");
}

TEST_CASE("a joint source of countries: 'The United States and the United Kingdom said'", "[quotes]") {
  Document doc = analysed(
      "The United States and the United Kingdom said in a joint statement that they condemned "
      "the attacks.");
  REQUIRE_FALSE(doc.quotes.empty());
  const Quote& q = doc.quotes[0];
  REQUIRE(q.speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(q.speaker)].name == "US");
  REQUIRE(q.co_speakers.size() == 1);
  CHECK(doc.entities[static_cast<size_t>(q.co_speakers[0])].name == "UK");
}

TEST_CASE("a person or a country shows no finding without 'that', but a poll does", "[quotes]") {
  auto q =
      quotes_of("The official said Washington would walk away if Tehran did not show flexibility in the coming weeks.");
  CHECK_FALSE(with_cue(q, "show"));
  CHECK(with_cue(quotes_of("The poll showed the mayor ahead by eight points."), "showed"));
  CHECK(with_cue(quotes_of("Mayor Ann Lee showed that the budget was balanced."), "showed"));
}

TEST_CASE("whom and when after a quotation are no second quote: 'told France Inter radio on Saturday'", "[quotes]") {
  auto q = quotes_of("\"We will not give in,\" Foreign Minister Jean Blanc told France Inter radio on Saturday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "direct");
}

TEST_CASE("a name after 'below' is no source: 'below Wall Street estimates'", "[quotes]") {
  auto q = quotes_of(
      "The company said in a filing that it had delivered 435,059 vehicles in the third quarter, below "
      "Wall Street estimates.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the company");
}

TEST_CASE("'they' opening what a joint source said is that joint source", "[quotes]") {
  Document doc = analysed(
      "Prime Minister Ann Lee and President Jo Park said they hoped a compromise could be found "
      "before the end of the year.");
  REQUIRE(doc.quotes.size() == 1);  // "they hoped" is part of what they said
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "Ann Lee");
  CHECK(doc.quotes[0].co_speakers.size() == 1);
  std::vector<std::string> hopeful;  // and each of them holds the hope
  for (const Stance& s : doc.stances) hopeful.push_back(s.holder_name);
  std::sort(hopeful.begin(), hopeful.end());
  CHECK(hopeful == std::vector<std::string>{"Ann Lee", "Jo Park"});
}

TEST_CASE("a quote inside what the same source is quoted as saying is no second quote", "[quotes]") {
  auto q = quotes_of("LaVine told reporters he felt \"close to 100 percent.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "told");
  // Another's words inside stay a quote of their own.
  q = quotes_of("Mayor Jin Lee said the governor had warned that the bridge would close.");
  CHECK(q.size() == 2);
}

TEST_CASE("'made it clear that' is a cue, as 'made clear that' is", "[quotes]") {
  auto q = quotes_of("The White House made it clear that it will continue to raise human rights concerns.");
  auto made = with_cue(q, "made it clear");
  REQUIRE(made);
  CHECK(made->speaker == "White House");
  CHECK(made->content == "it will continue to raise human rights concerns");
}

TEST_CASE("a source named after 'with' before its participle: 'with Jake Sullivan saying ...'", "[quotes]") {
  auto q = quotes_of("The talks ended, with Senator Ann Lee saying the administration would not trade its values.");
  auto saying = with_cue(q, "saying");
  REQUIRE(saying);
  CHECK(saying->speaker == "Ann Lee");
  CHECK(saying->content == "the administration would not trade its values");
}

TEST_CASE("a clause before 'X was quoted as saying by Interfax' is what X said", "[quotes]") {
  auto q = quotes_of(
      "Russia will respond to the latest sanctions, Deputy Foreign Minister Jo Park was quoted as "
      "saying by the Interfax news agency on Thursday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jo Park");
  CHECK(q[0].content == "Russia will respond to the latest sanctions");
}

TEST_CASE("reported speech inside an interview's answer is the answer's own wording", "[quotes]") {
  Document doc = analysed(
      "Commissioner Jo Park spoke to our correspondent.\n\nQ: What about steel?\n\nA: This remains a "
      "key issue. We expect the United States to remove the tariffs completely.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].rule == "direct.interview-answer");
}

TEST_CASE("whom a cue told may be a described name: 'told his Russian counterpart Jo Park on Tuesday that'",
          "[quotes]") {
  Document doc = analysed(
      "Secretary of State Ann Lee told his Russian counterpart Jo Park on Tuesday that Washington "
      "remained open to diplomacy.");
  REQUIRE(doc.quotes.size() == 1);
  const Quote& q = doc.quotes[0];
  CHECK(doc.slice(q.content) == "Washington remained open to diplomacy");
  REQUIRE(q.addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(q.addressee)].name == "Jo Park");
}

TEST_CASE("a paragraph of page furniture ('Read more:') attributes nothing", "[quotes]") {
  CHECK(quotes_of("Read more: Senator Ann Lee says the plan will fail").empty());
  CHECK(quotes_of("Related: Mayor Jo Park says the bridge will reopen").empty());
  CHECK(quotes_of("Senator Ann Lee says the plan will fail.").size() == 1);
}

TEST_CASE("'was cited as saying that' and 'voiced concern that' attribute", "[quotes]") {
  auto cited = quotes_of("President Jo Park was cited as saying that Ukraine would not give up territory.");
  REQUIRE(cited.size() == 1);
  CHECK(cited[0].speaker == "Jo Park");
  CHECK(cited[0].content == "Ukraine would not give up territory");
  auto voiced = quotes_of("Chancellor Ann Lee voiced concern that the conflict could spread.");
  auto concern = with_cue(voiced, "voiced concern");
  REQUIRE(concern);
  CHECK(concern->content == "the conflict could spread");
}

TEST_CASE("an owner named in an apposition is not the source: 'Nordwave Telecom, Bluepeak Mobile's rival, said'",
          "[quotes]") {
  auto q = quotes_of("Nordwave Telecom, Bluepeak Mobile's main rival, said it would cut prices.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Nordwave Telecom");
  auto owned = quotes_of("Bluepeak Mobile's chief said the prices would stay.");
  REQUIRE(owned.size() == 1);
  CHECK(owned[0].speaker == "Bluepeak Mobile's chief");
}

TEST_CASE("a parenthetical attribution may say when and where: 'officials said Saturday, as rivers rose'", "[quotes]") {
  auto q = quotes_of("Heavy rain has forced 2,000 people from their homes, officials said Saturday, as rivers rose.");
  auto said = with_cue(q, "said");
  REQUIRE(said);
  CHECK(said->speaker == "officials");
  CHECK(said->rule == "indirect.parenthetical");
  CHECK(said->content.starts_with("Heavy rain has forced 2,000 people from their homes"));
  auto recalled = with_cue(
      quotes_of("Ann Lee became a judge in 1980. Firms refused to hire her, she recalled in an interview, so she "
                "worked for the public defender."),
      "recalled");
  REQUIRE(recalled);
  CHECK(recalled->speaker == "Ann Lee");
  // A quotation after the comma is what was said, word for word.
  auto direct = with_cue(quotes_of("At the rally, Mayor Jo Park said on Friday, \"We will rebuild.\""), "said");
  REQUIRE(direct);
  CHECK(direct->content == "We will rebuild");
}

TEST_CASE("a source keeps its 'close to' phrase: 'Sources close to the player told ESPN that'", "[quotes]") {
  auto q = quotes_of("Sources close to the player told ESPN that personal terms would not be a problem.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "sources");
  auto familiar = quotes_of("Another source familiar with Ann Lee's thinking said, \"She will run again.\"");
  REQUIRE(familiar.size() == 1);
  CHECK(familiar[0].speaker == "another source");
}

TEST_CASE("'analysts polled by LSEG' are the source, not LSEG", "[quotes]") {
  auto q = quotes_of("Analysts polled by LSEG had expected the measure to pass comfortably.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "analysts");
}

TEST_CASE("a source named in an apposition to a plain noun: 'The developer, Veltra Homes, said'", "[quotes]") {
  auto q = quotes_of("The developer, Veltra Homes, said construction would begin next spring.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Veltra Homes");
  CHECK(q[0].content == "construction would begin next spring");
}

TEST_CASE("whom a participle told may be placed: 'telling supporters in Sydney that'", "[quotes]") {
  auto q = quotes_of(
      "Prime Minister Ann Lee claimed victory, telling cheering supporters in Sydney that voters had chosen hope.");
  auto telling = with_cue(q, "telling");
  REQUIRE(telling);
  CHECK(telling->speaker == "Ann Lee");
  CHECK(telling->content == "voters had chosen hope");
}

TEST_CASE("'Critics in Congress, including Senator Ann Lee, have called for' has the critics as its source",
          "[quotes]") {
  auto q = quotes_of("Critics in Congress, including Senator Ann Lee, have called for conditions on aid.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "critics");
}

TEST_CASE("'told Reuters the group was studying it': the name is whom, the rest is what", "[quotes]") {
  Document doc = analysed("A Hamas official, Jo Park, told Reuters the group was studying it.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.slice(doc.quotes[0].content) == "the group was studying it");
  REQUIRE(doc.quotes[0].addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].addressee)].name == "Reuters");
}

TEST_CASE("a relative clause after 'according to X,' is no content, an embedded question is", "[quotes]") {
  auto q = quotes_of(
      "Ann Lee called Jo Park on Monday, according to a senior administration official, who spoke on condition of "
      "anonymity to discuss the private call.");
  REQUIRE_FALSE(q.empty());
  for (const auto& quote : q) CHECK_FALSE(quote.content.starts_with("who"));
  auto asked = quotes_of("Voters did not say which candidate they prefer.");
  REQUIRE(asked.size() == 1);
  CHECK(asked[0].content == "which candidate they prefer");
}

TEST_CASE("'Officers were called to the scene' is no expectation, 'is expected to report' is", "[quotes]") {
  CHECK(quotes_of("Officers were called to the store on Main Road at about 7pm.").empty());
  auto expected = quotes_of("The company is expected to report a loss on Friday.");
  REQUIRE(expected.size() == 1);
  CHECK(expected[0].rule == "indirect.passive-expectation");
}

TEST_CASE("'According to a witness, the attacker had argued' has no clause before a cue", "[quotes]") {
  auto q = quotes_of("According to a witness, the attacker had argued with staff before pulling out a knife.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "a witness");
}

TEST_CASE("a person's name before the noun that heads the source is no source", "[quotes]") {
  const std::string intro = "Governor Ann Lee spoke in Dayton.\n\n";
  auto q = quotes_of(intro + "The Lee administration announced that it would send more aid.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Lee administration");
  q = quotes_of(intro + "Lee administration officials said the talks would resume.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Lee administration officials");
  q = quotes_of(intro + "Lee supporters argued that the count was unfair.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Lee supporters");
  q = quotes_of(intro + "Lee and her advisers said the count was unfair.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ann Lee");
  q = quotes_of(intro + "Senator Jo Park and Lee both said the count was unfair.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jo Park");
}

TEST_CASE("a cue word inside an organisation's name is no cue: 'the House Rules Committee'", "[quotes]") {
  CHECK(quotes_of("The House Rules Committee voted on Monday to advance the bill.").empty());
  auto q = quotes_of("Rep. Jo Park, the chairman of the House Rules Committee, said the bill would pass.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jo Park");
  CHECK(q[0].cue == "said");
}

TEST_CASE("'told reporters the minister was tired': the mention after the addressee opens the content", "[quotes]") {
  for (const char* text : {"His spokesman told reporters the minister was tired.",
                           "Jo Park told reporters the secretary-general was deeply disappointed."}) {
    auto q = quotes_of(text);
    REQUIRE(q.size() == 1);
    CHECK(
        (q[0].content == "the minister was tired" || q[0].content == "the secretary-general was deeply disappointed"));
  }
  Document doc = analysed("Jo Park told The Huffington Post the plan was dead.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.slice(doc.quotes[0].content) == "the plan was dead");
  REQUIRE(doc.quotes[0].addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].addressee)].name == "HuffPost");
}

TEST_CASE("'who asked not to be identified because ...' is how a source stays unnamed, not a quote", "[quotes]") {
  auto q = quotes_of(
      "A person familiar with the matter, who asked not to be identified because the discussions were private, "
      "said the issue affected about 50 planes.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the issue affected about 50 planes");
}

TEST_CASE("what was said ends before a dash that a conjoined cue follows", "[quotes]") {
  auto q = quotes_of(
      "The union's director general, Rain Lee, welcomed the speech warmly — but added that firms needed certainty.");
  REQUIRE_FALSE(q.empty());
  for (const auto& quote : q) {
    CHECK_FALSE(quote.content.ends_with("\xE2\x80\x94"));
    CHECK_FALSE(quote.content.ends_with(" "));
  }
}

TEST_CASE("'..., Jo Park told the BBC': a determiner may open the addressee after what was said", "[quotes]") {
  Document doc = analysed("The plan is dead, Jo Park told the BBC in an interview.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.slice(doc.quotes[0].content) == "The plan is dead");
  doc = analysed("\"It is dead,\" Jo Park told the BBC.");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].addressee)].name == "BBC");
}

TEST_CASE("an amount keeps its signs: 'growth was 3%' and 'said $5 billion was lost'", "[quotes]") {
  auto q = quotes_of("Analysts said growth was 3%. Jo Park said $5 billion was lost.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].content == "growth was 3%");
  CHECK(q[1].content == "$5 billion was lost");
  CHECK(q[1].speaker == "Jo Park");
  q = quotes_of("Ann Lee said growth would be slow (about 2%).");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "growth would be slow (about 2%)");
}

TEST_CASE("a cue in the clause that opens a sentence says no more than that clause", "[quotes]") {
  auto q = quotes_of("As Ann Lee told reporters the plan was dead, the crowd cheered loudly.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the plan was dead");
  q = quotes_of("When Jo Park said the bridge would close, the traders left the square.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the bridge would close");
  q = quotes_of("As Ann Lee said, the plan is dead and buried.");  // what was said follows the clause
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the plan is dead and buried");
}

TEST_CASE("'asked him' and 'asked whether she' say nothing. 'endorsed him' does", "[quotes]") {
  auto q = quotes_of("Another man complained that nobody had asked him.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "nobody had asked him");
  q = quotes_of("Union leaders endorsed him.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "him");
}

TEST_CASE("an adverb between the cue and 'that' is no part of what was said: 'admitted afterwards that'", "[quotes]") {
  auto q = quotes_of("The coach admitted afterwards that the team had been close to losing its nerve.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the team had been close to losing its nerve");
}

TEST_CASE("'The Prime Minister said' is the person introduced with that title", "[quotes]") {
  auto q = quotes_of("Prime Minister Jo Park spoke in Perth. The Prime Minister said voters would see through it.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jo Park");
  CHECK(q[0].content == "voters would see through it");
  q = quotes_of("President Ann Lee spoke. Later, the President said the talks would go on.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ann Lee");
}

TEST_CASE("'according to reports in Portugal' is the reports' word, and 'her preferred candidate' no cue", "[quotes]") {
  Document doc = analysed("United are close to a deal for the striker, according to reports in Portugal.");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "reports");  // not Portugal
  CHECK(quotes_of("Her preferred candidate lost the race badly.").empty());
}

TEST_CASE("victims and suspects and patients and passengers are sources: 'The alleged victim told police'",
          "[quotes]") {
  auto q = quotes_of("The alleged victim told police she was attacked near the station.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the alleged victim");
  q = quotes_of("A passenger said the train stopped without warning.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "a passenger");
}

TEST_CASE("a quoted sentence after one whose subject is a person is that person's", "[quotes]") {
  auto q = quotes_of("Mr. Jo Park is unapologetic about his aim. \"I am not hiding the fact that I want him to win.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jo Park");
  CHECK(q[0].rule == "direct.after-subject");
  q = quotes_of("Senator Ann Lee voted no. The senator was furious. \"This bill is a disgrace to the country.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ann Lee");  // a determiner before the subject
  q = quotes_of("The bill passed. \"This is a disgrace to the country and its people.\"");  // no person: no source
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

TEST_CASE("'urged them to reject his plan' runs through the verb after 'to'", "[quotes]") {
  auto q = quotes_of("Mr. Jo Park urged them to reject his brand of politics.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "them to reject his brand of politics");
}

TEST_CASE("a cue in the prepositional phrase that opens a sentence stops at the main clause", "[quotes]") {
  auto q = quotes_of(
      "In an appeal to voters inclined to support Mr. Ames, Mr. Jo Park pleaded with them to reject "
      "his brand of politics.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].content == "Mr. Ames");
  CHECK(q[1].speaker == "Jo Park");
  CHECK(q[1].content == "them to reject his brand of politics");
  q = quotes_of("In 2015 Ann Lee said the plan, which was costly, would fail.");  // no clause after the comma
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the plan, which was costly, would fail");
}

TEST_CASE("quoted words after 'citing' are no inverted quote of the words after the cue", "[quotes]") {
  auto q = quotes_of("Mr. Jo Park, citing \"the unique magic of the candidate,\" said the race could be close.");
  for (const auto& f : q) CHECK(f.speaker != "the race");
  REQUIRE(!q.empty());
  CHECK(q[0].speaker == "Jo Park");
}

TEST_CASE("a source after 'who chairs' or 'that brought' is the verb's object: the phrase before speaks", "[quotes]") {
  auto q = quotes_of("The senator who chairs the committee said the bill would pass.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the senator");
  q = quotes_of("Voting rights groups that brought the lawsuit welcomed the ruling on Friday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Voting rights groups");
  q = quotes_of("It is a gap that border experts say smugglers use.");  // "that" with a subject: no verb
  for (const auto& f : q) CHECK(f.speaker != "a gap");
}

TEST_CASE("a live report's time stamp opens its paragraph as a dateline does", "[quotes]") {
  auto q = quotes_of(
      "Live updates\n\n10:45 a.m. - Governor Tom Keller said the state had asked for help.\n\n"
      "14:05 - The minister said talks would resume on Friday.");
  REQUIRE(q.size() >= 2);
  CHECK(q[0].content == "the state had asked for help");
  CHECK(q.back().content == "talks would resume on Friday");
}

TEST_CASE("a participle's source is the sentence's subject, not the object of its verb", "[quotes]") {
  auto q = quotes_of(
      "A federal judge on Tuesday sentenced the former mayor of Fairview to four years, calling his conduct "
      "\"a betrayal of every resident who trusted him.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "a federal judge");
  q = quotes_of(
      "Veltra Group lowered its full-year profit forecast on Thursday, blaming cautious shoppers and a warm autumn.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Veltra Group");
  q = quotes_of(
      "Ann Lee also wrote the agents knew to brace for the eruptions, saying, \"They did not happen every day.\"");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Ann Lee");
  q = quotes_of(  // a name after title words is the subject, not an object
      "Yahoo News and former TV network anchor Dana Ruiz has promoted a modest approach in her speeches, "
      "advising graduates to work hard.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Dana Ruiz");
}

TEST_CASE("'said while campaigning in Iowa' says when, not what", "[quotes]") {
  CHECK(quotes_of("Ann Lee said while campaigning in Iowa on Tuesday.").empty());
  CHECK(quotes_of("Jo Park told reporters before her appearance on Monday night.").empty());
  auto q = quotes_of("Ann Lee said while the rules allowed it, the plan was unwise.");  // a main clause follows
  REQUIRE(q.size() == 1);
  q = quotes_of("Ann Lee said while ''logic would suggest that rates fall'' they may rise.");
  REQUIRE(q.size() == 1);
}

TEST_CASE("'declared a state of emergency' is an act, not a report", "[quotes]") {
  CHECK(quotes_of("Gov. Jo Park declared an emergency and sent more crews to the fire.").empty());
  CHECK(quotes_of("The mayor declared a state of emergency on Monday.").empty());
  CHECK(quotes_of("Russia declared war on its neighbour in 1992.").empty());
  CHECK(quotes_of("Health officials declared a national epidemic in December.").empty());
  auto q = quotes_of("The governor declared the war was over.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the war was over");
  q = quotes_of("The governor declared that the war was over.");
  REQUIRE(q.size() == 1);
}

TEST_CASE("'the airline's chief operating officer, Rachel Moss, wrote' attributes the quotation", "[quotes]") {
  auto q = quotes_of(
      "\"We fell short, and we are deeply sorry,\" the airline's chief operating officer, Rachel Moss, wrote in an "
      "email to customers.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Rachel Moss");
  q = quotes_of("\"We are sorry,\" the chief financial officer said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the chief financial officer");
}

TEST_CASE("', beating Wall Street forecasts,' is no parenthetical attribution", "[quotes]") {
  auto q = quotes_of(
      "Veltra reported a 94% jump in revenue on Wednesday, beating Wall Street forecasts, but its shares fell.");
  for (const auto& f : q) CHECK(f.speaker != "Wall Street");
  q = quotes_of("The plan, Mayor Jin Lee said, would cost too much.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jin Lee");
}

TEST_CASE("'after agreeing personal terms' says when, and leaves the sentence to its source", "[quotes]") {
  auto q = quotes_of(
      "The midfielder is expected to undergo a medical this week after agreeing personal terms, The Athletic "
      "reported.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "reported");
  q = quotes_of("After saying he would resign, Jo Park said he had changed his mind.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].content == "he would resign");
}

TEST_CASE("'according to people familiar with the talks' names its source", "[quotes]") {
  auto q = quotes_of("The deal is done, according to people familiar with the talks.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "people");
}

TEST_CASE("'Scientists not involved in the report said': the scientists speak, not the report", "[quotes]") {
  auto q = quotes_of("Scientists not involved in the report said its findings were consistent with other studies.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "scientists");
  q = quotes_of("Experts who were not involved in the study said the results were striking.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "experts");
  q = quotes_of("He was involved in the talks, officials said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "officials");
}

TEST_CASE("'added nine assists' adds an amount, not words", "[quotes]") {
  CHECK(quotes_of("Ann Lee scored 30 points and added nine assists as her team won.").empty());
  CHECK(quotes_of("The company added $5 billion in value.").empty());
  auto q = quotes_of("Ann Lee added that the plan was dead.");
  REQUIRE(q.size() == 1);
}

TEST_CASE("'according to FactSet', 'according to the filing': the source is named", "[quotes]") {
  auto q = quotes_of("Shares of Veltra fell 1.5% in morning trading, according to FactSet.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "FactSet");
  q = quotes_of("The stolen files included names and birth dates, according to the filing.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the filing");
  q = quotes_of("Chelsea are in advanced talks to sign a striker, according to multiple reports.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "reports");
  q = quotes_of("The talks had stalled, according to American officials.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "American");
}

TEST_CASE("'told BBC Radio 4 that', 'told Fox News' Sean Hannity he': the addressee is whole", "[quotes]") {
  auto q = quotes_of("Ann Lee told BBC Radio 4 that taxes would fall.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "taxes would fall");
  Document doc = analysed("Tom Bell told Fox News' Sean Hannity he would resign.");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.slice(doc.quotes[0].content) == "he would resign");
  REQUIRE(doc.quotes[0].addressee >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].addressee)].name == "Sean Hannity");
}

TEST_CASE("a relative clause between the source and its cue: 'Critics who oppose the bill say ...'", "[quotes]") {
  auto q = quotes_of("Critics who oppose the bill say it goes too far.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].content == "the bill");
  CHECK(q[1].content == "it goes too far");
  CHECK(q[1].speaker == "critics");
  q = quotes_of("Republican lawmakers who wrote the law have argued that it was needed to prevent fraud.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "it was needed to prevent fraud");
  CHECK(q[0].speaker.find("lawmakers") != std::string::npos);
}

TEST_CASE("'called off' reports nothing, and no cue reports what 'was' opens", "[quotes]") {
  CHECK(quotes_of("The union called off the strike on Tuesday.").empty());
  CHECK(quotes_of("A rail strike planned for Thursday was cancelled.").empty());
  CHECK(quotes_of("Trump called Clinton a liar.").size() == 1);
}

TEST_CASE("a gerund that is the subject of 'is' is no participle cue: 'Careful planning is key, Lee said'",
          "[quotes]") {
  auto q = quotes_of("Careful planning is key, Ann Lee said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "Careful planning is key");
}

TEST_CASE("a short prepositional phrase before the source says where, not what: 'In his address, he said ...'",
          "[quotes]") {
  auto q = quotes_of("In his nightly video address, Dana Ruiz said Ukraine needed at least seven more batteries.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "Ukraine needed at least seven more batteries");
  q = quotes_of("In particular, Dana Ruiz said, the foundation had free use of the course.");
  REQUIRE(!q.empty());
  CHECK(q[0].content.find("the foundation had free use") != std::string::npos);
}

TEST_CASE("a participle after 'is' is a progressive, not an opening participle", "[quotes]") {
  auto q =
      quotes_of("Lumora Motors is recalling about 300,000 vehicles in the United States, regulators said Tuesday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "Lumora Motors is recalling about 300,000 vehicles in the United States");
  CHECK(q[0].speaker == "regulators");
}

TEST_CASE("'it added' after 'the company said in a statement' is the company's", "[quotes]") {
  auto q = quotes_of(
      "Lumora Motors is recalling cars. \"Safety is our top priority,\" the company said in a statement. "
      "Dealers will replace the sensor free of charge, it added.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].content == "Dealers will replace the sensor free of charge");
  CHECK(q[1].speaker == "Lumora Motors");
}

TEST_CASE("'Cruz continued:' at a paragraph's end gives the next paragraph's quotation to Cruz", "[quotes]") {
  auto q = quotes_of(
      "Ann Lee spoke first.\n\nIn a speech in 1963, she declared:\n\n\"It is very appropriate that today "
      "we sound the drum for freedom.\"\n\nThe agency issued the following:\n\n\"We regret the error "
      "and will fix it soon.\"");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Ann Lee");
  CHECK(q[0].rule == "direct.after-colon");
  CHECK(q[1].rule == "direct.unattributed");
}

TEST_CASE(
    "a long apposition between a source and its cue: 'James Zogby, a superdelegate ... and the president of ..., "
    "said:'",
    "[quotes]") {
  auto q = quotes_of(
      "James Zogby, a Sanders superdelegate from the District and the president of the D.C.-based "
      "Arab American Institute, said: \"I just do not think it is possible to win now.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "James Zogby");
  q = quotes_of(
      "\"In every election there are stories like this,\" said Steve Rosenthal, a former political director "
      "of the A.F.L.-C.I.O. and progressive political organizer.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Steve Rosenthal");
  q = quotes_of(
      "\"In every election there are stories like this,\" Steve Rosenthal, a former political director of "
      "the A.F.L.-C.I.O. and a progressive political organizer, said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Steve Rosenthal");
}

TEST_CASE("a verb after the apposition of what was said's subject is that subject's, not a second cue", "[quotes]") {
  auto q = quotes_of("A former employee testified that the defendant, developer Victor Crane, threatened to fire her.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the defendant, developer Victor Crane, threatened to fire her");
}

TEST_CASE("an interview without labels: a paragraph after a question to 'you' is the interviewee's answer",
          "[quotes]") {
  std::string text =
      "Dr. Maya Okonkwo runs a laboratory in Leeds. We asked her about her work.\n\nWhat got you interested in "
      "ageing?\n\nMy grandmother lived to 103. I wanted to know why.\n\nDo you think we will ever stop ageing?\n\n"
      "No. But I believe we can make the last decades of life much healthier.";
  auto q = quotes_of(text);
  size_t answers = 0;
  for (const auto& f : q)
    if (f.rule == "direct.interview-answer") {
      ++answers;
      CHECK(f.speaker == "Maya Okonkwo");
    }
  CHECK(answers == 2);
  for (const auto& f : q) CHECK(f.content.find("we will ever stop ageing") == std::string::npos);
  q = quotes_of(
      "Ann Lee spoke on Monday.\n\nWho had vetted the speech?\n\nNobody knows, it seems.\n\nWhat went "
      "wrong?\n\nThe plan was weak from the start.");
  for (const auto& f : q) CHECK(f.rule != "direct.interview-answer");
}

TEST_CASE("an apposition of any length between commas, or one between dashes, before the cue", "[quotes]") {
  auto q = quotes_of(
      "Debbie Walsh, director of the Center for American Women and Politics at the Eagleton Institute of "
      "Politics at Rutgers University, said Clinton is poised to benefit from the gap.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Debbie Walsh");
  CHECK(q[0].content == "Clinton is poised to benefit from the gap");
  q = quotes_of("Jason Sims \xE2\x80\x94 a teacher from Mount Pleasant \xE2\x80\x94 says he made a late decision.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jason Sims");
  CHECK(q[0].rule == "indirect.dash-apposition-say");
  CHECK(q[0].content == "he made a late decision");
  q = quotes_of(
      "Insiders who think Rubio can beat Trump in Iowa \xE2\x80\x94 about 40 percent \xE2\x80\x94 stressed the "
      "late-breaking nature of the race.");
  for (const auto& f : q) CHECK(f.speaker != "Trump");
}

TEST_CASE("'said Thursday's speeches', 'said about 40 percent': what was said, not when or about what", "[quotes]") {
  auto q = quotes_of("Rachel Berg said Thursday's speeches have led her to count Trump out.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "Thursday's speeches have led her to count Trump out");
  q = quotes_of("Rachel Berg said last week's speeches have led her to count Trump out.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "last week's speeches have led her to count Trump out");
  q = quotes_of("Officials said about 40 percent of the deficit reflected revenue losses.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "about 40 percent of the deficit reflected revenue losses");
  CHECK(quotes_of("The economy added nearly 292,000 jobs in December.").empty());
  CHECK(quotes_of("The economy added around 292,000 jobs in December.").empty());
}

TEST_CASE("'those polled say': the people a poll asked are a source", "[quotes]") {
  auto q = quotes_of("By big margins, those surveyed say the economy should be the first priority.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "those surveyed");
  CHECK(q[0].content == "the economy should be the first priority");
}

TEST_CASE("'a bill, which critics said was unfair': a relative clause's verb phrase is what the source said",
          "[quotes]") {
  auto q = quotes_of("The governor vetoed a bill, which critics said was discriminatory against renters.");
  auto critics = with_cue(q, "said");
  REQUIRE(critics);
  CHECK(critics->speaker == "critics");
  CHECK(critics->content == "was discriminatory against renters");
  CHECK(critics->rule == "indirect.relative-gap");
  q = quotes_of("The policy changes, which officials said will go into effect next month, will not apply to all.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "will go into effect next month");
  for (const auto& f : quotes_of("Reporters asked who they thought was the strongest candidate."))
    CHECK(f.rule != "indirect.relative-gap");
}

TEST_CASE("'Another delegate on the Cruz slate, Jim Poolman, said': a noun phrase with a name in it, then the source",
          "[quotes]") {
  auto q = quotes_of(
      "Sen. Ted Cruz won the state. Another delegate on the Cruz slate, Jim Poolman, said he was only leaning toward "
      "Cruz.");
  auto poolman = with_cue(q, "said");
  REQUIRE(poolman);
  CHECK(poolman->speaker == "Jim Poolman");
  CHECK(poolman->content == "he was only leaning toward Cruz");
}

TEST_CASE("'went on to say' reports as 'said' does", "[quotes]") {
  auto q = quotes_of("Donald Trump went on to say that the wall would be built.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Donald Trump");
  CHECK(q[0].content == "the wall would be built");
  CHECK(q[0].rule == "indirect.say-that");
  q = quotes_of("Trump went on to say that the wall would be built.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Trump");
}

TEST_CASE("'maintained a lead', 'found itself', 'found a way', 'GOP rules require': no report", "[quotes]") {
  CHECK(quotes_of("Senator Ann Lee maintained a wide lead over her rivals among older voters.").empty());
  CHECK(quotes_of("The Government Development Bank has found itself at the center of the debt crisis.").empty());
  CHECK(quotes_of("Senator Ann Lee found ways to press her agenda through small amendments.").empty());
  CHECK(quotes_of("GOP rules require delegates to vote for the candidate who won them.").empty());
  auto q = quotes_of("Senator Ann Lee maintained that she had done nothing wrong.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "she had done nothing wrong");
  q = quotes_of("A new poll found Senator Ann Lee leading her rival by seven points.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "Senator Ann Lee leading her rival by seven points");
}

TEST_CASE("'a politically charged visit': a cue after a determiner and an adverb is an adjective", "[quotes]") {
  CHECK(quotes_of("Francis made a politically charged visit to the border on Wednesday.").empty());
  CHECK(quotes_of("For Clinton, Britain's emotionally charged uprising is the sort of victory she fears.").empty());
  auto q = quotes_of("His closest ally said the plan would fail.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "his closest ally");
}

TEST_CASE("'told Jane Smith, a reporter for the Herald, that ...': the addressee's apposition is not what was said",
          "[quotes]") {
  auto q = quotes_of("The mayor told Jane Smith, a reporter for the Herald, that he was tired.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "he was tired");
  q = quotes_of("\"You are very rude,\" Senator Ann Lee told Katherine O'Brien, a New Hampshire state representative.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "direct");
  q = quotes_of("And, Governor John Kasich tells the crowd, he has been known to be tough in his home state.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "he has been known to be tough in his home state");
}

TEST_CASE(
    "'Clinton's campaign chairman, John Podesta, said in a statement: \"...\"': the name in the apposition speaks",
    "[quotes]") {
  auto q = quotes_of(
      "Clinton's campaign chairman, John Podesta, said in a statement: \"Tonight, Donald Trump painted a dark "
      "picture of an America in decline.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "John Podesta");
  CHECK(q[0].type == "direct");
  q = quotes_of("Clinton's campaign chairman, John Podesta, said: \"Tonight, Donald Trump painted a dark picture.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "John Podesta");
}

TEST_CASE("'Cruz himself said', 'the senators themselves say': a reflexive after the source", "[quotes]") {
  auto q = quotes_of("Senator Ted Cruz himself said Tuesday that the only way to win the state is to ask.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ted Cruz");
  CHECK(q[0].content == "the only way to win the state is to ask");
  q = quotes_of("The senators themselves say the bill is dead.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the senators");
}

TEST_CASE("words of manner report quoted words only: 'Hannity pressed', not 'pressed the button'", "[quotes]") {
  auto q = quotes_of("\"Would it be negotiable about the 11 million?\" Sean Hannity pressed.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Sean Hannity");
  CHECK(q[0].rule == "direct.quote-speaker-cue");
  CHECK(quotes_of("Sean Hannity pressed the button and laughed at the idea.").empty());
  CHECK(quotes_of("As the day went on, Eric Trump was pressed to explain the contrast.").empty());
}

TEST_CASE("a progressive cue takes its addressee first, and the 'that' after it may be far", "[quotes]") {
  auto q = quotes_of(
      "Hillary Clinton is telling customers at a popular Manchester, New Hampshire, breakfast spot that "
      "\"I need you tomorrow.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Hillary Clinton");
  CHECK(q[0].content == "\"I need you tomorrow.\"");
  q = quotes_of(
      "Governor Chris Christie told reporters in Manchester on Monday: \"I've said to you all along that I could "
      "feel things happening here.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "direct");
  CHECK(q[0].content.starts_with("I've said to you all along"));
}

TEST_CASE("'\"...,\" Nate Silver, the polling guru who founded the site tweeted': no comma before the cue",
          "[quotes]") {
  auto q = quotes_of(
      "\"Clinton needs a strategy for these voters,\" Nate Silver, the polling guru who founded the site tweeted "
      "on Wednesday.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Nate Silver");
  CHECK(q[0].rule == "direct.quote-speaker-apposition-cue");
  q = quotes_of("Donald Trump attacked the \"Obama-Clinton\" policies, which he said had harmed the economy.");
  for (const auto& f : q) CHECK(f.content != "\"Obama-Clinton\"");
}

TEST_CASE("a headline's source and colon, with where it spoke or to whom", "[quotes]") {
  auto q = quotes_of(
      "Hillary Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nHillary Clinton told a gathering "
      "she will protect rights.");
  auto headline = with_cue(q, ":");
  REQUIRE(headline);
  CHECK(headline->speaker == "Hillary Clinton");
  CHECK(headline->content == "Trump will reverse Roe v. Wade");
  q = quotes_of("Senator Ann Lee at the convention: the party must unite.\n\nLee spoke for an hour.");
  headline = with_cue(q, ":");
  REQUIRE(headline);
  CHECK(headline->speaker == "Ann Lee");
}

TEST_CASE("'Unions, however, say', 'Proponents of the bill, however, say': plain nouns as sources", "[quotes]") {
  auto q = quotes_of("The bank will cut jobs. Unions, however, say the bank has ignored their proposals.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "unions");
  CHECK(q[0].content == "the bank has ignored their proposals");
  q = quotes_of("Proponents of the new bill, however, say it would keep enough federal safeguards in place.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "it would keep enough federal safeguards in place");
}

TEST_CASE("'according to a study published in the European Heart Journal': the study, not the journal", "[quotes]") {
  auto q = quotes_of(
      "Short sleepers are at higher risk of heart disease, according to a study published on Wednesday in the "
      "European Heart Journal.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "a study");
  q = quotes_of("The economy shrank last year, according to a report released on Monday by the finance ministry.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker != "a report");
}

TEST_CASE("'said little about the cause', 'said nothing': no quote, but 'said nothing had changed' is one",
          "[quotes]") {
  CHECK(quotes_of("Officials have said little about the cause of the fire.").empty());
  CHECK(quotes_of("The mayor said nothing about the budget.").empty());
  auto q = quotes_of("The mayor said nothing had changed since the vote.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "nothing had changed since the vote");
  q = quotes_of("Sheldon Adelson said much of his talk with Trump was about Israel.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "much of his talk with Trump was about Israel");
}

TEST_CASE("'he laughed and said, \"We'll see.\"': a word of manner before the cue and its quotation", "[quotes]") {
  auto q = quotes_of("Robby Mook was asked about a press conference. He laughed and said, \"We'll see.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Robby Mook");
  CHECK(q[0].type == "direct");
}

TEST_CASE("'a company called Cambridge Analytica': a name given, no quote, but a person still calls", "[quotes]") {
  CHECK(quotes_of("The campaign paid a company called Cambridge Analytica, which specializes in data.").empty());
  CHECK(quotes_of("Barden now helps lead a program called Sandy Hook Promise.").empty());
  CHECK(quotes_of("An anti-Trump super PAC called Our Principles is ramping up its operations.").empty());
  auto q = quotes_of("Cruz opposes the procedure sometimes called partial-birth abortion.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the procedure sometimes called partial-birth abortion");
  q = quotes_of("A spokesman for the company called the report false.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the report false");
  q = quotes_of("Ryan has previously called out Trump for his remarks.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ryan");
}

TEST_CASE("a quoted sentence after a colon, with its own attribution, ends the reported speech before it", "[quotes]") {
  auto q = quotes_of(
      "Donald Trump arrived in the city on Monday. Trump seemed to suggest he had silenced his former wife: \"She "
      "signed a confidentiality agreement,\" he told the New York Times.");
  bool direct = false;
  for (const auto& quote : q) {
    if (quote.type == "direct") direct = quote.content == "She signed a confidentiality agreement";
    if (quote.type != "direct") CHECK(quote.content.find("She signed") == std::string::npos);
  }
  CHECK(direct);
  q = quotes_of(
      "Manafort acknowledged that the work could be termed \"influence peddling,\" The Washington Post reported.");
  bool whole = false;
  for (const auto& quote : q) whole = whole || quote.content.find("influence peddling") != std::string::npos;
  CHECK(whole);
}

TEST_CASE("', telling the parliament on Wednesday that ...': whom the source told is no part of what it said",
          "[quotes]") {
  auto q = quotes_of(
      "Economy Minister Micky Adriaansens urged both sides to settle, telling the parliament in The Hague on Wednesday "
      "that a strike \"would hurt the whole country.\"");
  bool found = false;
  for (const auto& quote : q) {
    CHECK(quote.content.find("parliament") == std::string::npos);
    found = found || quote.content.starts_with("a strike");
  }
  CHECK(found);
}

TEST_CASE("'Election officials in several counties have said': the officials, words before them and all", "[quotes]") {
  auto q = quotes_of("Election officials in several counties have said they cannot hire enough poll workers.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "officials");
  q = quotes_of(
      "\"The first line of defense is within the community,\" said former secretary of state Hillary Clinton, who "
      "praised Bush.");
  REQUIRE(!q.empty());
  CHECK(q[0].speaker == "Hillary Clinton");
}

TEST_CASE("'Nortek's larger rival, Vexa Systems, ... said': the rival named in the apposition speaks", "[quotes]") {
  auto q = quotes_of(
      "Nortek Semiconductor cut its forecast. Nortek's larger rival, Vexa Systems, reported strong results last week "
      "and said demand for its chips remained robust.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Vexa Systems");
}

TEST_CASE("'as China demand slowed': a base form after one place or person as subject is a noun", "[quotes]") {
  CHECK(quotes_of("Sales rose as China demand slowed sharply in the spring.").empty());
  auto q = quotes_of("Executives who have worked with Lachlan Murdoch say he shares some of his views.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "he shares some of his views");
}

TEST_CASE("', the people said, speaking on condition of anonymity': the formula is no part of what they said",
          "[quotes]") {
  auto q = quotes_of(
      "The conservatives want to keep the debt brake in place, the people said, speaking on condition of anonymity "
      "because the talks are confidential.");
  bool found = false;
  for (const auto& quote : q) {
    CHECK(quote.content.find("anonymity") == std::string::npos);
    found = found || quote.speaker == "the people";
  }
  CHECK(found);
}

TEST_CASE("'would review the text and announce his decision': a base form a modal governs is no cue", "[quotes]") {
  auto q = quotes_of(
      "A spokesperson, Ally Peters, said Frey would review the text over the weekend and announce his decision next "
      "week.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "Frey would review the text over the weekend and announce his decision next week");
  q = quotes_of("Giles met the campaign in October and said he had prepared papers.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "he had prepared papers");
}

TEST_CASE("', according to X,' after a whole clause: what follows is no second quote", "[quotes]") {
  auto q = quotes_of(
      "The firm earned about $600 million last year, according to public filings, a huge sum for a firm with 35 "
      "partners.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].rule == "indirect.according-to-last");
  // After a short opening phrase, the clause after the attribution is what was said.
  q = quotes_of("Over the long term, according to the budget office, the deficit will grow with the aging population.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "the deficit will grow with the aging population");
}

TEST_CASE("'told The Daily Beast in an email': where something was said is not what was said", "[quotes]") {
  auto q = quotes_of("\"We will not run his columns,\" editor Josh Greenman told The Daily Beast in an email.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "direct");
  q = quotes_of("Michigan was only doing what 40 states already do, he told the court in his filing.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "Michigan was only doing what 40 states already do");
  // What something was about still is.
  q = quotes_of("Asked about his paid speeches in the 2016 race, Clinton shrugged.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "about his paid speeches in the 2016 race");
}

TEST_CASE("'In a Des Moines Register poll last month, ...': the poll is the source of the clause after it",
          "[quotes]") {
  auto q = quotes_of("In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].rule == "indirect.in-survey");
  CHECK(q[0].content == "Mr. Cruz had a 10 percentage-point lead");
  CHECK(q[0].cue == "In");
  // Not a phrase that names no poll.
  CHECK(quotes_of("In a speech last month, Mr. Cruz made his case to the voters of Iowa.").empty());
}

TEST_CASE("quoted words after the object of a cue inside another's reported speech are that speech's", "[quotes]") {
  auto q = quotes_of(
      "Trade Commissioner Ann Lee told a news conference that the bloc welcomed competition \"but it must be "
      "fair.\"");
  auto told = with_cue(q, "told");
  REQUIRE(told);
  CHECK(told->speaker == "Ann Lee");
  CHECK(told->type == "mixed");
  CHECK(told->content == "the bloc welcomed competition \"but it must be fair.\"");
  for (const auto& quote : q) CHECK(quote.type != "direct");
  // Alone, the sentence quotes the bloc.
  q = quotes_of("The bloc welcomed competition \"but it must be fair.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].type == "direct");
}

TEST_CASE("one name after the cue that follows a quotation is its source: 'said Olena, 67,'", "[quotes]") {
  auto q = quotes_of(
      "\"You get used to the sirens, but never to the explosions,\" said Olena, 67, who gave only her first name.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Olena");
  q = quotes_of("\"We waited all night,\" said Marek.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Marek");
}

TEST_CASE("a participle cue after a gerund is a noun: 'described hearing shouting'", "[quotes]") {
  auto q = quotes_of("Neighbours described hearing shouting in the early hours.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].content == "hearing shouting in the early hours");
}

TEST_CASE("the pronoun of an attribution after its words names none of them", "[quotes]") {
  auto q = quotes_of(
      "A spokeswoman for the agency said inspectors had visited. The department could carry out repairs and "
      "bill the owner, she said.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "a spokeswoman");
  // The name that opens what was said may be the one who said it.
  q = quotes_of("Former Rep. Chris Shays was for John Kasich while the governor was running, he said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Chris Shays");
}

TEST_CASE("'the 20-year-old American' and 'the 57-year-old scientist' are the person of that age", "[quotes]") {
  auto q = quotes_of(
      "Coco Gauff won in straight sets. Speaking after the match, the 20-year-old American told reporters: "
      "\"I have been here before.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Coco Gauff");
  q = quotes_of("Lori Bernstein, 57, voted early. The 57-year-old scientist says she was never in doubt.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Lori Bernstein");
}

TEST_CASE("a pronoun stands for the person a possessor's apposition names, not the possessor", "[quotes]") {
  auto q = quotes_of(
      "Prosecutors said Alex Mashinsky had lied. Mashinsky's lawyer, Marc Mukasey, argued that his client had "
      "believed in the business. He said after the verdict that they would appeal.");
  REQUIRE(q.size() == 3);
  CHECK(q[2].speaker == "Marc Mukasey");
  q = quotes_of(
      "Trump's attorney, Alan Garten, said the claims were false. He said Mr. Nunberg was looking for publicity.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Alan Garten");
}

TEST_CASE("quoted words inside another's reported speech are that speech's, whoever their clause names", "[quotes]") {
  auto q = quotes_of("Ann Lee says he is \"a unifier\" who wants to put the squabbles behind him.");
  auto says = with_cue(q, "says");
  REQUIRE(says);
  CHECK(says->speaker == "Ann Lee");
  CHECK(says->content == "he is \"a unifier\" who wants to put the squabbles behind him");
  for (const auto& quote : q) CHECK(quote.type != "direct");
}

TEST_CASE("a short quoted sentence after a direct quote in its paragraph continues it", "[quotes]") {
  Document doc = analysed("\"They are trying to scare us,\" said Jon Holden, a union president. \"It won't work.\"");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].segments.size() == 2);
  CHECK(doc.slice(doc.quotes[0].segments.back()) == "It won't work.");
  // A short quoted phrase inside the writer's sentence does not.
  doc = analysed("\"We won,\" she said, calling the plan \"smart.\"");
  for (const auto& q : doc.quotes) CHECK(q.segments.size() == 1);
}

TEST_CASE("'the senator' stands for the person titled Sen. before it, 'a senator' for someone new", "[quotes]") {
  auto q = quotes_of("Sen. Ted Cruz spoke first. \"I was devastated,\" the senator said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Ted Cruz");
  q = quotes_of("Sen. Ted Cruz spoke first. \"It was a farce,\" a senator said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "a senator");
}

TEST_CASE("after 'according to' a possessive is no head: 'according to CME Group's FedWatch tool'", "[quotes]") {
  auto q = quotes_of("Traders see a 95% chance of a cut, according to CME Group's FedWatch tool.");
  auto according = with_cue(q, "according to");
  REQUIRE(according);
  CHECK(according->speaker == "CME Group's FedWatch tool");
}

TEST_CASE("a short quotation that opens the text and is never closed is read safely", "[quotes]") {
  for (const char* text : {"\"Hi there", "\"Hi there.", "\"", "\"\""}) {
    INFO(text);
    Document doc = analysed(text);
    CHECK(doc.quotes.empty());
  }
}
