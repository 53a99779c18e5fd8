#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;

namespace {
const Entity* find(const Document& doc, const std::string& name) {
  for (const auto& e : doc.entities)
    if (e.name == name) return &e;
  return nullptr;
}
std::vector<std::string> mention_texts(const Document& doc, const Entity& e) {
  std::vector<std::string> out;
  for (uint32_t m : e.mentions) out.emplace_back(doc.slice(doc.mentions[m].span));
  return out;
}
}  // namespace

TEST_CASE("a title before a name gives title and affiliation", "[entities]") {
  Document doc = analysed("The talks ended, German Foreign Minister Anna Weber said on Friday.");
  const Entity* e = find(doc, "Anna Weber");
  REQUIRE(e);
  CHECK(e->type == EntityType::Person);
  CHECK(e->titles == std::vector<std::string>{"German Foreign Minister"});
  CHECK(e->affiliation == "Germany");
}

TEST_CASE("an organisation in a title is its affiliation and an entity", "[entities]") {
  Document doc = analysed("US Department of State Spokeswoman Mary Holt spoke. Later the State Department agreed.");
  const Entity* e = find(doc, "Mary Holt");
  REQUIRE(e);
  CHECK(e->affiliation == "US Department of State");
  const Entity* org = find(doc, "State Department");
  REQUIRE(org);
  CHECK(org->type == EntityType::Org);
  CHECK(org->mentions.size() == 2);
}

TEST_CASE("surnames and pronouns point back to the person", "[entities]") {
  Document doc = analysed("Senator Tom Okafor arrived late.\n\nOkafor noted the delay. He said it would not happen again.");
  const Entity* e = find(doc, "Tom Okafor");
  REQUIRE(e);
  REQUIRE(mention_texts(doc, *e) == std::vector<std::string>{"Tom Okafor", "Okafor", "He"});
  CHECK(doc.mentions[e->mentions[2]].kind == MentionKind::Pronoun);
}

TEST_CASE("pronouns respect gender from honorifics", "[entities]") {
  Document doc = analysed("Ms. Lena Park met Mr. Omar Haddad. She said the meeting went well.");
  const Entity* lena = find(doc, "Lena Park");
  REQUIRE(lena);
  CHECK(mention_texts(doc, *lena).back() == "She");
}

TEST_CASE("headline words and sentence openers are not people", "[entities]") {
  Document doc = analysed("The City Opens Talks Between Lee and Moreno\n\nAlthough talks stalled, Mayor Jin Lee said Monday "
                          "that Moreno was welcome. Meanwhile nothing changed.");
  CHECK(find(doc, "City Opens Talks Between Lee") == nullptr);
  CHECK(find(doc, "Although") == nullptr);
  CHECK(find(doc, "Meanwhile") == nullptr);
  const Entity* lee = find(doc, "Jin Lee");
  REQUIRE(lee);
  CHECK(mention_texts(doc, *lee).front() == "Lee");  // the headline mention links to the known person
}

TEST_CASE("a word before a reporting verb is a name, and a known surname stays one person", "[entities]") {
  Document doc = analysed("Okafor said the vote was fair. Later Senator Tom Okafor left, and Okafor said nothing more.");
  REQUIRE(find(doc, "Okafor"));
  Document known = analysed("Senator Tom Okafor arrived. Okafor said the vote was fair.");
  CHECK(find(known, "Okafor") == nullptr);
  CHECK(mention_texts(known, *find(known, "Tom Okafor")).size() == 2);
}

TEST_CASE("places act as speakers by metonymy", "[entities]") {
  Document doc = analysed("Washington rejected the offer, and Moscow agreed.");
  const Entity* us = find(doc, "US");
  REQUIRE(us);
  CHECK(us->type == EntityType::Gpe);
  CHECK(find(doc, "Russia"));
}
