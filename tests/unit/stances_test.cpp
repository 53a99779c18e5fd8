#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;

namespace {

struct Found {
  std::string holder, label, polarity, cue, target;
  bool negated, conditional;
  int32_t quote;
};

std::vector<Found> stances_of(const std::string& text) {
  Document doc = analysed(text);
  std::vector<Found> out;
  for (const auto& s : doc.stances)
    out.push_back({s.holder_name, s.label, to_string(s.polarity), std::string(doc.slice(s.cue)),
                   s.target ? std::string(doc.slice(*s.target)) : "", s.negated, s.conditional, s.quote});
  return out;
}

Found only(const std::string& text) {
  auto found = stances_of(text);
  INFO(text);
  REQUIRE(found.size() == 1);
  return found[0];
}

}  // namespace

TEST_CASE("one stance per label", "[stances]") {
  struct Case {
    const char* text;
    const char* label;
    const char* polarity;
  };
  const Case cases[] = {
      {"Mayor Jin Lee is willing to meet the unions.", "willing", "positive"},
      {"Mayor Jin Lee is reluctant to raise taxes.", "unwilling", "negative"},
      {"Mayor Jin Lee backed the new budget.", "supportive", "positive"},
      {"Mayor Jin Lee rejected the offer.", "opposed", "negative"},
      {"Mayor Jin Lee criticized the police chief.", "critical", "negative"},
      {"Mayor Jin Lee was conciliatory toward the protesters.", "conciliatory", "positive"},
      {"Mayor Jin Lee remained firm on the deadline.", "unyielding", "negative"},
      {"Mayor Jin Lee warned of higher fares.", "warning", "negative"},
      {"Mayor Jin Lee is hopeful about the talks.", "hopeful", "positive"},
      {"Mayor Jin Lee is skeptical of the plan.", "doubtful", "negative"},
      {"Mayor Jin Lee denied the report.", "denial", "negative"},
  };
  for (const auto& c : cases) {
    Found f = only(c.text);
    CHECK(f.holder == "Jin Lee");
    CHECK(f.label == c.label);
    CHECK(f.polarity == c.polarity);
  }
}

TEST_CASE("news wording of stances: two-word cues and verbs that need their 'to'", "[stances]") {
  struct Case {
    const char* text;
    const char* label;
    const char* target;
  };
  const Case cases[] = {
      {"Mayor Jin Lee expressed support for the new budget.", "supportive", "the new budget"},
      {"Mayor Jin Lee voiced opposition to the tax.", "opposed", "the tax"},
      {"Mayor Jin Lee has ruled out new taxes.", "unwilling", "new taxes"},
      {"Mayor Jin Lee agreed to meet the unions.", "willing", "meet the unions"},
      {"Mayor Jin Lee vowed to rebuild the bridge.", "willing", "rebuild the bridge"},
      {"Mayor Jin Lee lambasted the police chief.", "critical", "the police chief"},
      {"Mayor Jin Lee threatened to veto the budget.", "warning", "veto the budget"},
  };
  for (const auto& c : cases) {
    Found f = only(c.text);
    CHECK(f.holder == "Jin Lee");
    CHECK(f.label == c.label);
    CHECK(f.target == c.target);
  }
  CHECK(stances_of("Mayor Jin Lee agreed that the budget was late.").empty());  // no "to": no willingness
}

TEST_CASE("a cue in the target of the stance before it, or in the passive, states no stance", "[stances]") {
  Found f = only("The union remains committed to supporting the strike.");
  CHECK(f.label == "willing");
  CHECK(f.target == "supporting the strike");
  CHECK(stances_of("The plan was lambasted by the union.").empty());
  CHECK(only("The union is backing the strike.").label == "supportive");
}

TEST_CASE("targets follow the cue", "[stances]") {
  Found f = only("The union is open to new talks with the city, its leader said.");
  CHECK(f.target == "new talks with the city");
  CHECK(f.cue == "is open");
}

TEST_CASE("negation flips the polarity", "[stances]") {
  Found f = only("Mayor Jin Lee is not willing to meet the unions.");
  CHECK(f.negated);
  CHECK(f.polarity == "negative");
  Found longer = only("Mayor Jin Lee is no longer open to a deal.");
  CHECK(longer.negated);
}

TEST_CASE("hedged stances are conditional", "[stances]") {
  Found f = only("Mayor Jin Lee would be willing to meet if the strike ends.");
  CHECK(f.conditional);
  CHECK_FALSE(only("Mayor Jin Lee is willing to meet the unions.").conditional);
}

TEST_CASE("through reported speech the holder is the clause's subject", "[stances]") {
  Document doc = analysed("Minister Ana Costa said that Mayor Jin Lee is ready for talks.");
  REQUIRE(doc.stances.size() == 1);
  CHECK(doc.stances[0].holder_name == "Jin Lee");
  REQUIRE(doc.stances[0].quote >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[static_cast<size_t>(doc.stances[0].quote)].speaker)].name ==
        "Ana Costa");
}

TEST_CASE("a reporting participle's stance belongs to the speaker", "[stances]") {
  Found f = only("While accusing the council of delays, Mayor Jin Lee said the work would go on.");
  CHECK(f.holder == "Jin Lee");
  CHECK(f.label == "critical");
  CHECK(f.target == "the council");
}

TEST_CASE("groups hold stances in the author's voice", "[stances]") {
  Found f = only("After the talks, both sides remain unyielding in their demands.");
  CHECK(f.holder == "both sides");
  CHECK(f.label == "unyielding");
}

TEST_CASE("words that only look like stances are not", "[stances]") {
  CHECK(stances_of("He left the door open. The prepared remarks ran long.").empty());
  CHECK(stances_of("Be the first to comment\n\nLeave a Reply").empty());
}

TEST_CASE("a target ends where 'and' opens a second predicate", "[stances]") {
  auto found = stances_of("Prime Minister Ana Diaz welcomed the decision and urged others to follow.");
  REQUIRE_FALSE(found.empty());
  CHECK(found[0].label == "supportive");
  CHECK(found[0].target == "the decision");
}

TEST_CASE("'opposed' is a verb or a predicate. nouns and passives are no stances", "[stances]") {
  auto found = stances_of("Prime Minister Ana Diaz, who has long opposed the deal, spoke.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].label == "opposed");
  CHECK(found[0].holder == "Ana Diaz");
  CHECK(found[0].target == "the deal");
  CHECK(only("Prime Minister Ana Diaz is opposed to the deal.").target == "the deal");
  CHECK(stances_of("The opposed parties met. Mayor Jin Lee pinned his hopes on the vote.").empty());
  CHECK(stances_of("The plan, backed by Mayor Jin Lee, failed. People opposed to the plan marched.").empty());
  auto many = stances_of("Many doubted the plan.");
  REQUIRE(many.size() == 1);
  CHECK(many[0].label == "doubtful");
}

TEST_CASE("'ready' and 'prepared' are stances only toward something", "[stances]") {
  CHECK(stances_of("The new bridge was ready on time.").empty());
  auto found = stances_of("Moscow is ready for talks.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].label == "willing");
}

TEST_CASE("an abbreviation's period does not end a target", "[stances]") {
  auto found = stances_of("Both leaders said they hoped to reach a deal before the Feb. 16 deadline.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].target == "reach a deal before the Feb. 16 deadline");
}

TEST_CASE("adverbs and an apposition stand between a holder and the cue", "[stances]") {
  auto found = stances_of("Senator Ann Lee strongly opposed the plan.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].holder == "Ann Lee");
  found = stances_of("Ann Lee, the governor, has repeatedly criticized the plan.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].holder == "Ann Lee");
  found = stances_of("The family welcomed the decision.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].holder == "the family");
}

TEST_CASE("the head of a subject with a prepositional phrase holds the stance", "[stances]") {
  Found f = only("Analysts in Moscow were sceptical of the plan.");
  CHECK(f.holder == "analysts");
  f = only("Secretary of State Ann Lee was ready to speak with Lavrov \"if there is something to discuss.\"");
  CHECK(f.holder == "Ann Lee");
  CHECK(f.target == "speak with Lavrov");
}

TEST_CASE("a second predicate after 'but' is the sentence subject's", "[stances]") {
  auto found = stances_of("Environmental groups welcomed the signals but remained skeptical.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].holder == "groups");
  CHECK(found[1].polarity == "negative");
}

TEST_CASE("two holders joined by 'and' each hold the stance", "[stances]") {
  auto found = stances_of("Poland and Hungary refused to back the deal.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].holder == "Poland");
  CHECK(found[1].holder == "Hungary");
  CHECK(found[0].target == found[1].target);
}

TEST_CASE("a second predicate's holder is the titled name, not the organisation in its title", "[stances]") {
  auto found = stances_of("Treasury chief Jeremy Hunt welcomed the figures but warned that the fight was not won.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].holder == "Jeremy Hunt");
  CHECK(found[1].holder == "Jeremy Hunt");
  CHECK(found[1].label == "warning");
}

TEST_CASE("a stance after an apposition is the person's it describes", "[stances]") {
  auto found = stances_of(
      "Twila Moon, a glaciologist at the National Snow and Ice Data Center, cautioned that the record was short.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].holder == "Twila Moon");
}

TEST_CASE("'they' after a joint source holds the stance for each of its members", "[stances]") {
  auto found = stances_of(
      "The United States and the United Kingdom said in a joint statement that they strongly "
      "condemned the attacks.");
  std::vector<std::string> holders;
  for (const auto& f : found) holders.push_back(f.holder);
  std::sort(holders.begin(), holders.end());
  CHECK(holders == std::vector<std::string>{"UK", "US"});
}

TEST_CASE("wire-copy stances: 'dismissed the reports', 'called for', 'will not accept'", "[stances]") {
  CHECK(only("Spokesman Jin Ray dismissed the reports as hysteria.").label == "denial");
  Found ceasefire = only("Secretary-General Ann Lee called for an immediate ceasefire.");
  CHECK(ceasefire.label == "supportive");
  CHECK(ceasefire.target == "an immediate ceasefire");
  Found ultimatums = only("Foreign Minister Jo Park said Russia will not accept any ultimatums.");
  CHECK(ultimatums.label == "willing");
  CHECK(ultimatums.negated);
  CHECK(ultimatums.polarity == "negative");
}

TEST_CASE("a stance's unnamed holder is a noun for someone: 'The company is willing', not 'the door'", "[stances]") {
  CHECK(only("The company is willing to sell the plant.").holder == "the company");
  CHECK(stances_of("The government made an offer, and the door remained open to talks.").empty());
}

TEST_CASE("a passive without its auxiliary states no stance: 'Treasurer accused of fraud'", "[stances]") {
  CHECK(stances_of("Former county treasurer accused of diverting public money.").empty());
  CHECK(stances_of("The man accused of buying the guns was denied bail.").empty());
  Found f = only("Ann Lee, whom Jo Park accused of lying, did not reply.");  // a relative clause: active
  CHECK(f.holder == "Jo Park");
  CHECK(only("The mayor criticized the plan for its cost.").target == "the plan");
}

TEST_CASE("'accepted bribes' states no stance but 'will not accept' does", "[stances]") {
  CHECK(stances_of("Prosecutors said Ray Dale accepted more than $180,000 in cash.").empty());
  CHECK(stances_of("The charity accepts donations from companies.").empty());
  CHECK(only("Jo Park said she would not accept the offer.").label == "willing");
}

TEST_CASE("the sentence's reporting verb ends the target of a stance in a relative clause", "[stances]") {
  CHECK(only("Critics who oppose the bill say it goes too far.").target == "the bill");
  CHECK(only("Voters who supported Dana Ruiz said they were happy.").target == "Dana Ruiz");
}

TEST_CASE("a stance's target that 'that' opens is a clause: prepositions do not end it", "[stances]") {
  CHECK(only("Shop owners have warned that the loss of parking spaces will hurt their businesses.").target ==
        "the loss of parking spaces will hurt their businesses");
}

TEST_CASE("a phrase that opens the sentence with a preposition holds no holder: 'In a statement, the airline'",
          "[stances]") {
  auto found = stances_of("In a statement, the airline said it was working hard and apologized to customers.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].holder == "the airline");
  CHECK(found[0].label == "conciliatory");
}

TEST_CASE("a sentence's subject after a possessor is the holder: 'China's commerce ministry'", "[stances]") {
  auto found = stances_of(
      "China's commerce ministry responded within hours, accusing Brussels of protectionism and warning that it "
      "would take all necessary measures.");
  REQUIRE(found.size() == 2);
  for (const auto& f : found) CHECK(f.holder == "China's commerce ministry");
}

TEST_CASE("an aside between commas after the cue does not hide the target: 'warned, however, that'", "[stances]") {
  auto f = only("Ann Lee warned, however, that the plan would fail.");
  CHECK(f.label == "warning");
  CHECK(f.target == "the plan would fail");
}
