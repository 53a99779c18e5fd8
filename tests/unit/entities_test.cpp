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
const Mention* mention_with_text(const Document& doc, std::string_view text) {
  for (const auto& m : doc.mentions)
    if (doc.slice(m.span) == text) return &m;
  return nullptr;
}
// The name of the entity that the mention with these words (the last such) stands for, or "".
std::string entity_named_by(const Document& doc, std::string_view text) {
  const Mention* found = nullptr;
  for (const auto& m : doc.mentions)
    if (doc.slice(m.span) == text) found = &m;
  return found && found->entity >= 0 ? doc.entities[static_cast<size_t>(found->entity)].name : std::string();
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

TEST_CASE("a title with an of-complement stops before the name", "[entities]") {
  for (const char* text : {"RNC Chief of Staff Katie Walsh said the plan worked.",
                           "Director of National Intelligence Katie Walsh said the plan worked."}) {
    Document doc = analysed(text);
    INFO(text);
    const Entity* e = find(doc, "Katie Walsh");
    REQUIRE(e);
    CHECK(e->type == EntityType::Person);
    REQUIRE(e->titles.size() == 1);
    CHECK(e->titles[0].find(" of ") != std::string::npos);
  }
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
  Document doc =
      analysed("Senator Tom Okafor arrived late.\n\nOkafor noted the delay. He said it would not happen again.");
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

TEST_CASE("pronouns respect gender from common first names", "[entities]") {
  Document doc = analysed("Laura Park met Omar Haddad. She said the meeting went well.");
  const Entity* laura = find(doc, "Laura Park");
  REQUIRE(laura);
  CHECK(mention_texts(doc, *laura).back() == "She");
  doc = analysed("Laura Park met Omar Haddad. He said the meeting went well.");
  const Entity* omar = find(doc, "Omar Haddad");
  REQUIRE(omar);
  CHECK(mention_texts(doc, *omar).back() == "He");
}

TEST_CASE("headline words and sentence openers are not people", "[entities]") {
  Document doc = analysed(
      "The City Opens Talks Between Lee and Moreno\n\nAlthough talks stalled, Mayor Jin Lee said Monday "
      "that Moreno was welcome. Meanwhile nothing changed.");
  CHECK(find(doc, "City Opens Talks Between Lee") == nullptr);
  CHECK(find(doc, "Although") == nullptr);
  CHECK(find(doc, "Meanwhile") == nullptr);
  const Entity* lee = find(doc, "Jin Lee");
  REQUIRE(lee);
  CHECK(mention_texts(doc, *lee).front() == "Lee");  // the headline mention links to the known person
}

TEST_CASE("a word before a reporting verb is a name, and a known surname stays one person", "[entities]") {
  Document doc =
      analysed("Okafor said the vote was fair. Later Senator Tom Okafor left, and Okafor said nothing more.");
  const Entity* okafor = find(doc, "Tom Okafor");  // the surname first, then the full name: one person
  REQUIRE(okafor);
  CHECK(mention_texts(doc, *okafor) == std::vector<std::string>{"Okafor", "Tom Okafor", "Okafor"});
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

TEST_CASE("names with particles, suffixes, initials, hyphens and non-ASCII letters", "[entities]") {
  Document doc = analysed(
      "Commission President Ursula von der Leyen met Jean-Claude Juncker and Recep Tayyip Erdo\xC4\x9F"
      "an. "
      "A speech by Martin Luther King Jr. was replayed, and King was praised. Senator J.D. Vance agreed.");
  for (const char* name : {"Ursula von der Leyen", "Jean-Claude Juncker",
                           "Recep Tayyip Erdo\xC4\x9F"
                           "an",
                           "Martin Luther King Jr.", "J.D. Vance"})
    CHECK(find(doc, name));
  REQUIRE(find(doc, "Martin Luther King Jr."));
  CHECK(mention_texts(doc, *find(doc, "Martin Luther King Jr.")).back() == "King");
}

TEST_CASE("joined names, ALL-CAPS text and sentence openers are not people", "[entities]") {
  Document doc = analysed("THE MEETING ENDED EARLY. The Biden-Putin call was short. Later Vance left, NATO said.");
  CHECK(find(doc, "MEETING ENDED EARLY") == nullptr);
  CHECK(find(doc, "Biden-Putin") == nullptr);
  CHECK(find(doc, "Later Vance") == nullptr);
  REQUIRE(find(doc, "NATO"));
  CHECK(find(doc, "NATO")->type == EntityType::Org);
}

TEST_CASE("nominal sources are mentions of their own", "[entities]") {
  Document doc =
      analysed("A senior official said the talks were over. Officials say more talks are planned. Some say no.");
  const Entity* official = find(doc, "a senior official");
  REQUIRE(official);
  CHECK(doc.mentions[official->mentions[0]].kind == MentionKind::Nominal);
  REQUIRE(find(doc, "officials"));
  CHECK(find(doc, "officials")->type == EntityType::Group);
  CHECK(find(doc, "some"));
}

TEST_CASE("a title used alone points to the person who holds it", "[entities]") {
  Document doc = analysed("Russian President Ivan Sokolov arrived. Later the Russian president spoke to reporters.");
  const Entity* e = find(doc, "Ivan Sokolov");
  REQUIRE(e);
  CHECK(mention_texts(doc, *e).back() == "the Russian president");
}

TEST_CASE("groups, relative pronouns and the author's voice", "[entities]") {
  Document doc = analysed("Both sides remain apart. Mayor Jin Lee, who spoke first, left. I think the talks failed.");
  REQUIRE(find(doc, "both sides"));
  CHECK(find(doc, "both sides")->type == EntityType::Group);
  REQUIRE(find(doc, "Jin Lee"));
  CHECK(mention_texts(doc, *find(doc, "Jin Lee")).back() == "who");
  REQUIRE(find(doc, "the author"));
  CHECK(mention_texts(doc, *find(doc, "the author")) == std::vector<std::string>{"I"});
  Document reader = analysed("You may ask why. \"You will see,\" Mayor Jin Lee said.");
  REQUIRE(find(reader, "the reader"));
  CHECK(mention_texts(reader, *find(reader, "the reader")) == std::vector<std::string>{"You"});
}

TEST_CASE("'that' is a relative pronoun only before a reporting verb", "[entities]") {
  Document doc = analysed("A study that found gains was cited. Mayor Jin Lee told reporters that it was fine.");
  REQUIRE(find(doc, "a study"));
  auto study = mention_texts(doc, *find(doc, "a study"));
  REQUIRE(study.size() >= 2);
  CHECK(study[1] == "that");
  REQUIRE(find(doc, "reporters"));
  CHECK(mention_texts(doc, *find(doc, "reporters")).size() == 1);
}

TEST_CASE("X and Y titles, A and B respectively", "[entities]") {
  Document doc = analysed("Talks between French and German ministers, Anne Roux and Karl Weber respectively, ended.");
  REQUIRE(find(doc, "Karl Weber"));
  CHECK(find(doc, "Karl Weber")->titles == std::vector<std::string>{"German minister"});
  CHECK(find(doc, "Karl Weber")->affiliation == "Germany");
  CHECK(find(doc, "Anne Roux")->affiliation == "France");
}

TEST_CASE("pronoun confidence drops when two people are equally likely", "[entities]") {
  Document doc = analysed("Anna Park met Lena Cole at noon. She left early.");
  const Mention* she = mention_with_text(doc, "She");
  REQUIRE(she);
  CHECK(she->confidence < 0.7f);
}

TEST_CASE("the noun phrase before a reporting verb is a source", "[entities]") {
  Document doc = analysed(
      "The letter said the plant would close. Investors say the shares will fall. The poll "
      "shows a tie.");
  REQUIRE(find(doc, "the letter"));
  CHECK(find(doc, "the letter")->type == EntityType::Other);
  REQUIRE(find(doc, "the poll"));
  CHECK(find(doc, "the poll")->type == EntityType::Other);
  REQUIRE(find(doc, "investors"));
  CHECK(find(doc, "investors")->type == EntityType::Group);
  CHECK_FALSE(find(doc, "the plant"));
}

TEST_CASE("relative pronouns after a noun phrase or an apposition", "[entities]") {
  Document doc = analysed(
      "Funds came from a local farmer who backed the plan. Senator Ruth Bell, a nurse, who "
      "voted no, left.");
  REQUIRE(find(doc, "a local farmer"));
  CHECK(mention_texts(doc, *find(doc, "a local farmer")).back() == "who");
  REQUIRE(find(doc, "Ruth Bell"));
  CHECK(mention_texts(doc, *find(doc, "Ruth Bell")).back() == "who");
}

TEST_CASE("'they' with no group in reach points to the last group, with a low confidence", "[entities]") {
  Document doc = analysed(
      "Union officials met on Monday. The weather was cold. Snow fell all day. Roads closed. "
      "They said the strike would go on.");
  const Mention* they = mention_with_text(doc, "They");
  REQUIRE(they);
  CHECK(doc.entities[static_cast<size_t>(they->entity)].name == "officials");
  CHECK(they->confidence < 0.5f);
}

TEST_CASE("a title-case reporting verb ends the name before it", "[entities]") {
  Document doc = analysed("Mayor Jin Lee Says The Bridge Will Reopen\n\nMayor Jin Lee spoke on Monday.");
  REQUIRE(find(doc, "Jin Lee"));
  CHECK(mention_texts(doc, *find(doc, "Jin Lee")).size() == 2);
}

TEST_CASE("an abbreviated title stays with its name", "[entities]") {
  Document doc = analysed("\"We should debate,\" said Sen. Tom Hale.");
  REQUIRE(find(doc, "Tom Hale"));
  CHECK(find(doc, "Tom Hale")->titles == std::vector<std::string>{"Sen."});
}

TEST_CASE("an unnamed source keeps the case of its proper adjectives", "[entities]") {
  Document doc = analysed("\"We are ready,\" a senior Ukrainian official said.");
  CHECK(find(doc, "a senior Ukrainian official"));
}

TEST_CASE("a verb before a cue is no source", "[entities]") {
  Document doc = analysed("The talks were described as frank. The plan has said little.");
  CHECK_FALSE(find(doc, "the talks were"));
  CHECK_FALSE(find(doc, "the plan has"));
}

TEST_CASE("a surname after a particle keeps the particle", "[entities]") {
  Document doc = analysed("Ursula von der Leyen spoke first. The mayor told von der Leyen that it was late.");
  REQUIRE(find(doc, "Ursula von der Leyen"));
  CHECK(mention_texts(doc, *find(doc, "Ursula von der Leyen")).back() == "von der Leyen");
  doc = analysed("Ursula von der Leyen spoke first. Later von der Leyen left.");
  CHECK(doc.entities.size() == 1);
}

TEST_CASE("a street is a place, not a person", "[entities]") {
  Document doc = analysed("She runs a bakery on Main Street in Leeds.");
  REQUIRE(find(doc, "Main Street"));
  CHECK(find(doc, "Main Street")->type == EntityType::Gpe);
}

TEST_CASE("'his American counterpart' is the holder of the same office for that country", "[entities]") {
  Document doc = analysed(
      "Talks between French and German ministers, Anne Roux and Karl Weber respectively, ended. Later the "
      "French minister called her German counterpart.");
  REQUIRE(find(doc, "Karl Weber"));
  CHECK(mention_texts(doc, *find(doc, "Karl Weber")).back() == "German counterpart");
  CHECK(mention_texts(doc, *find(doc, "Anne Roux")).back() == "her");
}

TEST_CASE("a title in lower case before a name, with the organisation that qualifies it", "[entities]") {
  Document doc = analysed(
      "White House press secretary Dana Ortiz said the trip was on. Kremlin spokesman Ivan Sokolov disagreed. "
      "The country's former president Tom Reyes stayed away.");
  const Entity* ortiz = find(doc, "Dana Ortiz");
  REQUIRE(ortiz);
  CHECK(ortiz->titles == std::vector<std::string>{"White House press secretary"});
  CHECK(ortiz->affiliation == "White House");
  const Entity* sokolov = find(doc, "Ivan Sokolov");
  REQUIRE(sokolov);
  CHECK(sokolov->titles == std::vector<std::string>{"Kremlin spokesman"});
  const Entity* reyes = find(doc, "Tom Reyes");
  REQUIRE(reyes);
  CHECK(reyes->titles == std::vector<std::string>{"former president"});
  // A lower-case word that is no title, or a title in another sentence, is none.
  doc = analysed("He met the president.\n\nTom Reyes left. Fans cheered Tom Reyes.");
  reyes = find(doc, "Tom Reyes");
  REQUIRE(reyes);
  CHECK(reyes->titles.empty());
}

TEST_CASE("a lower-case title keeps the organisation before it and a word inside it", "[entities]") {
  Document doc = analysed("EU foreign policy chief Ana Ruiz said the bloc was united.");
  const Entity* ruiz = find(doc, "Ana Ruiz");
  REQUIRE(ruiz);
  CHECK(ruiz->titles == std::vector<std::string>{"EU foreign policy chief"});
  CHECK(ruiz->affiliation == "European Union");
  doc = analysed("Russia sent envoy Ana Ruiz to the talks.");
  ruiz = find(doc, "Ana Ruiz");
  REQUIRE(ruiz);
  CHECK(ruiz->titles == std::vector<std::string>{"envoy"});  // not "Russia sent envoy"
}

TEST_CASE("a title with a named complement before a comma and a name is that person's", "[entities]") {
  Document doc = analysed("Ukraine's ambassador to the United Nations, Ana Ruiz, said the vote was close.");
  const Entity* ruiz = find(doc, "Ana Ruiz");
  REQUIRE(ruiz);
  CHECK(ruiz->titles == std::vector<std::string>{"Ukraine's ambassador to the United Nations"});
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == static_cast<int32_t>(ruiz - doc.entities.data()));
  CHECK_FALSE(find(doc, "Ukraine's ambassador"));  // no second person
}

TEST_CASE("a month that opens a name before its verb is a first name", "[entities]") {
  for (const char* text : {"April Ryan said the briefing was tense.", "Economist April Ryan said so.",
                           "April Ryan, a reporter, said so."}) {
    Document doc = analysed(text);
    INFO(text);
    const Entity* ryan = find(doc, "April Ryan");
    REQUIRE(ryan);
    CHECK(ryan->type == EntityType::Person);
  }
  Document doc = analysed("In April Trump said he would run.");
  CHECK(find(doc, "Trump"));
  CHECK_FALSE(find(doc, "April Trump"));
}

TEST_CASE("a word in -ing before a reporting verb is a name. 'Having' is none", "[entities]") {
  Document doc = analysed("Fleming said the plan would fail.");
  const Entity* fleming = find(doc, "Fleming");
  REQUIRE(fleming);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == static_cast<int32_t>(fleming - doc.entities.data()));
  doc = analysed("Having said that, the mayor left.");
  CHECK_FALSE(find(doc, "Having"));
}

TEST_CASE("a company the organisations map knows is an organisation, not a person", "[entities]") {
  Document doc = analysed("Boeing said deliveries rose sharply.");
  const Entity* boeing = find(doc, "Boeing");
  REQUIRE(boeing);
  CHECK(boeing->type == EntityType::Org);
  CHECK(boeing->affiliation == "US");
}

TEST_CASE("a title's complement before a known first name is no part of the name", "[entities]") {
  Document doc = analysed("Minister of Culture Anna Smith said the museum would reopen.");
  const Entity* smith = find(doc, "Anna Smith");
  REQUIRE(smith);
  CHECK(smith->titles == std::vector<std::string>{"Minister of Culture"});
  doc = analysed("The Presidential Envoy for Climate John Kerry met the press.");
  const Entity* kerry = find(doc, "John Kerry");
  REQUIRE(kerry);
  CHECK(kerry->titles == std::vector<std::string>{"Presidential Envoy for Climate"});
}

TEST_CASE("New York City is a place and City Hall an organisation, neither a person", "[entities]") {
  Document doc = analysed("Outside City Hall in New York City on Friday, families urged the mayor to act.");
  const Entity* city = find(doc, "New York City");
  REQUIRE(city);
  CHECK(city->type == EntityType::Gpe);
  const Entity* hall = find(doc, "City Hall");
  REQUIRE(hall);
  CHECK(hall->type == EntityType::Org);
  CHECK_FALSE(find(doc, "York City"));
}

TEST_CASE("an abbreviated honorific is no title", "[entities]") {
  Document doc = analysed("Geoff Moran spoke first. Later, Mr. Moran said so.");
  const Entity* e = find(doc, "Geoff Moran");
  REQUIRE(e);
  CHECK(e->titles.empty());
  CHECK(mention_texts(doc, *e) == std::vector<std::string>{"Geoff Moran", "Moran"});
}

TEST_CASE("a name after 'analysts at' is where they work", "[entities]") {
  Document doc = analysed("Analysts at Halvorsen Lund warned that rates would rise. He looked at Tom Reyes.");
  const Entity* bank = find(doc, "Halvorsen Lund");
  REQUIRE(bank);
  CHECK(bank->type == EntityType::Org);
  const Entity* reyes = find(doc, "Tom Reyes");
  REQUIRE(reyes);
  CHECK(reyes->type == EntityType::Person);
}

TEST_CASE("an apposition with a title after a name is a title of that person", "[entities]") {
  Document doc = analysed(
      "Mika Lund, an adviser to President Tom Reyes, wrote that peace was far. Maria Vela, a spokeswoman for the "
      "Russian Foreign Ministry, said so. Ana Diaz, a professor of economics at Cornell University, agreed. Sam "
      "Ortega, a Republican, disagreed.");
  const Entity* lund = find(doc, "Mika Lund");
  REQUIRE(lund);
  CHECK(lund->titles == std::vector<std::string>{"adviser to President Tom Reyes"});
  CHECK(lund->affiliation.empty());
  CHECK(mention_texts(doc, *lund) == std::vector<std::string>{"Mika Lund", "an adviser"});
  const Entity* reyes = find(doc, "Tom Reyes");
  REQUIRE(reyes);
  CHECK(reyes->titles == std::vector<std::string>{"President"});
  const Entity* vela = find(doc, "Maria Vela");
  REQUIRE(vela);
  CHECK(vela->affiliation == "Russian Foreign Ministry");
  const Entity* diaz = find(doc, "Ana Diaz");
  REQUIRE(diaz);
  CHECK(diaz->affiliation == "Cornell University");
  const Entity* ortega = find(doc, "Sam Ortega");
  REQUIRE(ortega);
  CHECK(ortega->titles == std::vector<std::string>{"Republican"});  // a party as a description
}

TEST_CASE("an apposition without a determiner opens with its title. a list of names is none", "[entities]") {
  Document doc = analysed(
      "\"It works,\" said Ana Diaz, chief economist at Halvorsen Lund. Nina Haller, Sen. Tim Scott and Rep. Trey "
      "Gowdy spoke. Mike Dorr, former coach Bobby Knight and others came. Sara Weil, and Dr. Ron Paul, left. "
      "Nora Vance, Tehran and Baku were next.");
  const Entity* diaz = find(doc, "Ana Diaz");
  REQUIRE(diaz);
  CHECK(diaz->titles == std::vector<std::string>{"chief economist at Halvorsen Lund"});
  CHECK(diaz->affiliation == "Halvorsen Lund");
  for (const char* name : {"Nina Haller", "Mike Dorr", "Sara Weil", "Nora Vance"}) {
    const Entity* e = find(doc, name);
    REQUIRE(e);
    CHECK(e->titles.empty());
  }
}

TEST_CASE("a surname seen first becomes the full name that follows", "[entities]") {
  Document doc = analysed(
      "Okafor says the port will reopen\n\nMayor Tom Okafor said on Monday that the port would reopen. "
      "NATO Secretary-General Anna Berg agreed.");
  const Entity* e = find(doc, "Tom Okafor");
  REQUIRE(e);
  CHECK(mention_texts(doc, *e).front() == "Okafor");
  CHECK(find(doc, "Okafor") == nullptr);
  const Entity* berg = find(doc, "Anna Berg");
  REQUIRE(berg);
  CHECK(berg->titles == std::vector<std::string>{"NATO Secretary-General"});
  CHECK(berg->affiliation == "NATO");
}

TEST_CASE("a family name written first, or a first name alone, is the same person", "[entities]") {
  Document doc = analysed(
      "Spokesperson Wang Wenbin said talks would go on. Wang stressed that China had kept its word under the Paris "
      "Agreement.");
  const Entity* wang = find(doc, "Wang Wenbin");
  REQUIRE(wang);
  CHECK(mention_texts(doc, *wang) == std::vector<std::string>{"Wang Wenbin", "Wang"});
  CHECK(find(doc, "Wang") == nullptr);
  CHECK(find(doc, "Agreement") == nullptr);  // "the Paris Agreement" names no person
}

TEST_CASE("a title-case cue opens no name in a headline", "[entities]") {
  Document doc = analysed("China Ready to Talk, Says Foreign Ministry\n\nBeijing is ready to talk, it said on Monday.");
  const Entity* ministry = find(doc, "Foreign Ministry");
  REQUIRE(ministry);
  CHECK(ministry->type == EntityType::Org);
}

TEST_CASE("'it' later in a sentence is the sentence's subject before a nearer organisation", "[entities]") {
  Document doc = analysed("Beijing is ready to work with the European Union, but it opposes new tariffs.");
  const Mention* it = mention_with_text(doc, "it");
  REQUIRE(it);
  CHECK(doc.entities[static_cast<size_t>(it->entity)].name == "China");
  CHECK(it->rule == "coref.pronoun-subject");
}

TEST_CASE("a pronoun outside a quotation does not stand for a person named inside it", "[entities]") {
  Document doc = analysed(
      "Mayor Tom Reyes spoke first.\n\nThe council's chairwoman, Linda Park, disagreed. \"The mayor has had two "
      "years,\" she said.");
  const Entity* park = find(doc, "Linda Park");
  REQUIRE(park);
  CHECK(mention_texts(doc, *park) == std::vector<std::string>{"The council's chairwoman", "Linda Park", "she"});
  CHECK(park->titles == std::vector<std::string>{"council's chairwoman"});
}

TEST_CASE("a family name that is also a common word ends a name after a first name", "[entities]") {
  Document doc = analysed(
      "Prime Minister Jane May said the vote would go ahead. Later, May said it would be close. Analyst Owen "
      "Read told reporters the result was uncertain.");
  const Entity* may = find(doc, "Jane May");
  REQUIRE(may);
  CHECK(mention_texts(doc, *may) == std::vector<std::string>{"Jane May", "May"});
  CHECK(may->titles == std::vector<std::string>{"Prime Minister"});
  CHECK(find(doc, "Owen Read"));
}

TEST_CASE("a common word after a name stays out of it in title case, before a verb and as a date", "[entities]") {
  Document doc = analysed(
      "Trump May Be Aligning With Donors on Israel\n\nThe talks began in May. Senator Ann Lee Tuesday said they "
      "had stalled. Lee met donors in May and left.");
  CHECK(find(doc, "Trump May") == nullptr);
  const Entity* lee = find(doc, "Ann Lee");
  REQUIRE(lee);
  CHECK(mention_texts(doc, *lee) == std::vector<std::string>{"Ann Lee", "Lee"});
  CHECK(find(doc, "Ann Lee Tuesday") == nullptr);
}

TEST_CASE("campaign roles are titles, and a role before another noun only qualifies it", "[entities]") {
  Document doc = analysed(
      "Campaign manager Ana Ruiz said the race was close. The chief, Omar Haddad, suggested that it was not. His "
      "chief aide said nothing.");
  const Entity* ruiz = find(doc, "Ana Ruiz");
  REQUIRE(ruiz);
  CHECK(ruiz->titles == std::vector<std::string>{"Campaign manager"});
  const Entity* haddad = find(doc, "Omar Haddad");
  REQUIRE(haddad);
  CHECK(haddad->titles == std::vector<std::string>{"chief"});
  CHECK(find(doc, "his chief") == nullptr);
  CHECK(find(doc, "his chief aide"));
}

TEST_CASE("capitals of smaller countries are places, their adjectives give affiliations", "[entities]") {
  Document doc = analysed("Irish Prime Minister Sean Doyle backed the talks. Dublin hoped for calm, he said.");
  const Entity* doyle = find(doc, "Sean Doyle");
  REQUIRE(doyle);
  CHECK(doyle->affiliation == "Ireland");
  const Entity* dublin = find(doc, "Ireland");
  REQUIRE(dublin);
  CHECK(dublin->type == EntityType::Gpe);
  CHECK(find(doc, "Dublin") == nullptr);
}

TEST_CASE("company names, cities placed by their state, and a chief executive's title", "[entities]") {
  Document doc = analysed(
      "Norvex, based in Fairview, Oregon, supplies Apex Computers. The company's chief executive, Laura Chen, "
      "spoke. Later the company's chief executive said little.");
  const Entity* apex = find(doc, "Apex Computers");
  REQUIRE(apex);
  CHECK(apex->type == EntityType::Org);
  const Entity* fairview = find(doc, "Fairview");
  REQUIRE(fairview);
  CHECK(fairview->type == EntityType::Gpe);
  const Entity* chen = find(doc, "Laura Chen");
  REQUIRE(chen);
  CHECK(chen->titles == std::vector<std::string>{"company's chief executive"});
  CHECK(mention_texts(doc, *chen).size() == 3);
}

TEST_CASE("a short first line without a period is a headline in sentence case too", "[entities]") {
  Document doc = analysed("Chipmaker warns of slower sales\n\nShares of Norvex fell on Thursday, the company said.");
  CHECK(find(doc, "Chipmaker") == nullptr);
}

TEST_CASE("a named law or treaty is neither a person nor an organisation", "[entities]") {
  Document doc = analysed("The court said the map violated the Fair Voting Act and the Harbour Treaty.");
  const Entity* act = find(doc, "Fair Voting Act");
  REQUIRE(act);
  CHECK(act->type == EntityType::Other);
  const Entity* treaty = find(doc, "Harbour Treaty");
  REQUIRE(treaty);
  CHECK(treaty->type == EntityType::Other);
}

TEST_CASE("a possessor in an apposition's title, before or after the name", "[entities]") {
  Document doc = analysed(
      "Pat Ryan, the union's general secretary, spoke first. Labour's health spokesman, Wes Hart, blamed the "
      "government.");
  const Entity* ryan = find(doc, "Pat Ryan");
  REQUIRE(ryan);
  CHECK(ryan->titles == std::vector<std::string>{"union's general secretary"});
  const Entity* hart = find(doc, "Wes Hart");
  REQUIRE(hart);
  CHECK(hart->titles == std::vector<std::string>{"Labour's health spokesman"});
  CHECK(hart->affiliation == "Labour Party");
}

TEST_CASE("irregular plurals are groups. a company's first word alone is the company", "[entities]") {
  Document doc = analysed(
      "Veltra Motors is selling its battery unit, three people familiar with the matter said. Veltra declined to "
      "comment.");
  const Entity* people = find(doc, "three people");
  REQUIRE(people);
  CHECK(people->type == EntityType::Group);
  const Entity* veltra = find(doc, "Veltra Motors");
  REQUIRE(veltra);
  CHECK(veltra->type == EntityType::Org);
  CHECK(mention_texts(doc, *veltra) == std::vector<std::string>{"Veltra Motors", "its", "Veltra"});
  CHECK(find(doc, "Veltra") == nullptr);
}

TEST_CASE("a sports club is an organisation, and 'she' skips it", "[entities]") {
  Document doc = analysed(
      "Blackwater Rovers manager Ana Silva was pleased. Asked whether Rovers could go up, she said: \"Ask me in "
      "May.\"");
  const Entity* rovers = find(doc, "Blackwater Rovers");
  REQUIRE(rovers);
  CHECK(rovers->type == EntityType::Org);
  const Mention* she = mention_with_text(doc, "she");
  REQUIRE(she);
  CHECK(doc.entities[static_cast<size_t>(she->entity)].name == "Ana Silva");
}

TEST_CASE("lower-case modifiers and a party join a title", "[entities]") {
  Document doc =
      analysed("Former President Ann Boyd spoke. Later former Governor Tom Reyes and Republican leader Sam Ochoa met.");
  const Entity* reyes = find(doc, "Tom Reyes");
  REQUIRE(reyes);
  CHECK(reyes->titles == std::vector<std::string>{"former Governor"});
  const Entity* ochoa = find(doc, "Sam Ochoa");
  REQUIRE(ochoa);
  CHECK(ochoa->titles == std::vector<std::string>{"Republican leader"});
}

TEST_CASE("a pronoun chain: 'According to her' is the source, and 'She added' is her", "[entities]") {
  Document doc = analysed(
      "Spokesperson Mei Lin spoke on Thursday. According to her, Foreign Minister Bo Tan and his counterpart Aiko "
      "Sato met on Monday. She added that they would meet again.");
  const Mention* she = mention_with_text(doc, "She");
  REQUIRE(she);
  CHECK(doc.entities[static_cast<size_t>(she->entity)].name == "Mei Lin");
}

TEST_CASE("seas, straits and valleys are places", "[entities]") {
  Document doc = analysed("Ships avoided the Red Sea and the Hormuz Strait, officials in Silicon Valley said.");
  for (const char* name : {"Red Sea", "Hormuz Strait", "Silicon Valley"}) {
    const Entity* place = find(doc, name);
    REQUIRE(place);
    CHECK(place->type == EntityType::Gpe);
  }
}

TEST_CASE("a role noun stands for a person with a title it covers, of the same country", "[entities]") {
  Document doc = analysed(
      "Russian President Ivan Petrov spoke on Monday. The Russian leader said talks could resume. Foreign "
      "Minister Olga Sova agreed. The diplomat said so too. The French leader was silent.");
  const Mention* leader = mention_with_text(doc, "The Russian leader");
  REQUIRE(leader);
  CHECK(doc.entities[static_cast<size_t>(leader->entity)].name == "Ivan Petrov");
  const Mention* diplomat = mention_with_text(doc, "The diplomat");
  REQUIRE(diplomat);
  CHECK(doc.entities[static_cast<size_t>(diplomat->entity)].name == "Olga Sova");
  const Mention* french = mention_with_text(doc, "The French leader");
  if (french) CHECK(doc.entities[static_cast<size_t>(french->entity)].name != "Ivan Petrov");
}

TEST_CASE("a name, a comma and a determiner at the very end of a text", "[entities]") {
  Document doc = analysed("The plan was read out by Tom Reyes, a");  // ASan: no read past the tokens
  CHECK(find(doc, "Tom Reyes"));
}

TEST_CASE("a demonym after a first name is a family name where no noun follows it", "[entities]") {
  Document doc = analysed("\"The rule goes too far,\" said Dawn French of the retail federation.");
  const Entity* french = find(doc, "Dawn French");
  REQUIRE(french);
  CHECK(french->type == EntityType::Person);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == static_cast<int32_t>(french - doc.entities.data()));
  doc = analysed("Talks with Ana Costa French officials began.");
  CHECK_FALSE(find(doc, "Ana Costa French"));
}

TEST_CASE("a number word opening a sentence is no name", "[entities]") {
  Document doc = analysed("One says the plan will fail. Three of them agreed.");
  CHECK_FALSE(find(doc, "Three"));
  const Mention* one = mention_with_text(doc, "One");
  REQUIRE(one);
  CHECK(one->kind != MentionKind::Name);
}

TEST_CASE("'the company', 'the council' stand for the organisation named before", "[entities]") {
  Document doc = analysed(
      "The Springfield City Council met on Monday. The council said the vote would wait.\n\nNovagen "
      "Pharmaceuticals paused a trial. The company said a board had advised it. The bank said it had no part in it.");
  const Mention* council = mention_with_text(doc, "The council");
  REQUIRE(council);
  CHECK(doc.entities[static_cast<size_t>(council->entity)].name == "Springfield City Council");
  const Mention* company = mention_with_text(doc, "The company");
  REQUIRE(company);
  CHECK(doc.entities[static_cast<size_t>(company->entity)].name == "Novagen Pharmaceuticals");
  const Mention* bank = mention_with_text(doc, "The bank");
  REQUIRE(bank);
  CHECK(doc.entities[static_cast<size_t>(bank->entity)].name == "the bank");
}

TEST_CASE("'It' opening a sentence is the subject of the sentence before", "[entities]") {
  Document doc = analysed(
      "The agency said a review board had advised the pause. It did not say whether the board would meet again.");
  const Mention* it = mention_with_text(doc, "It");
  REQUIRE(it);
  CHECK(doc.entities[static_cast<size_t>(it->entity)].name == "the agency");
}

TEST_CASE("a nominal's modifiers stop at an auxiliary", "[entities]") {
  Document doc = analysed("Linda Park said the delay would give staff time to answer questions.");
  CHECK_FALSE(find(doc, "the delay would give staff"));
}

TEST_CASE("a named event is neither a person nor an organisation", "[entities]") {
  Document doc = analysed("Marco Rossi won the Italian Grand Prix on Sunday, a week before the World Cup began.");
  for (const char* name : {"Italian Grand Prix", "World Cup"}) {
    const Entity* event = find(doc, name);
    REQUIRE(event);
    CHECK(event->type == EntityType::Other);
  }
}

TEST_CASE("one word after an organisation word names a part of it, not a person", "[entities]") {
  Document doc = analysed(
      "The study appeared in JAMA Network Open on Wednesday. House Republicans met the National Institutes of "
      "Health.");
  const Entity* journal = find(doc, "JAMA Network Open");
  REQUIRE(journal);
  CHECK(journal->type == EntityType::Org);
  CHECK_FALSE(find(doc, "Open"));
  CHECK_FALSE(find(doc, "House Republicans"));
  const Entity* nih = find(doc, "National Institutes of Health");
  REQUIRE(nih);
  CHECK(nih->type == EntityType::Org);
}

TEST_CASE("'the company' is the company named before, not an agency named since", "[entities]") {
  Document doc = analysed("Veltra Inc. cut jobs. The FBI opened an inquiry. The company said it needed to change.");
  const Mention* company = mention_with_text(doc, "The company");
  REQUIRE(company);
  CHECK(doc.entities[static_cast<size_t>(company->entity)].name == "Veltra Inc");
}

TEST_CASE("a country's possessive before a name is the person's affiliation", "[entities]") {
  Document doc = analysed("Hungary's Viktor Orban went further than the others.");
  const Entity* orban = find(doc, "Viktor Orban");
  REQUIRE(orban);
  CHECK(orban->affiliation == "Hungary");
}

TEST_CASE("an affiliation that is an organisation word alone is the organisation named before", "[entities]") {
  Document doc = analysed(
      "The Springfield City Council met on Monday. Council President Linda Park spoke first. Press secretary Ann "
      "Boyd took questions.");
  const Entity* park = find(doc, "Linda Park");
  REQUIRE(park);
  CHECK(park->affiliation == "Springfield City Council");
  const Entity* boyd = find(doc, "Ann Boyd");
  REQUIRE(boyd);
  CHECK(boyd->affiliation.empty());
}

TEST_CASE("an envoy's title, and the envoy alone for him", "[entities]") {
  Document doc = analysed("Climate envoy John Kerry spoke first. The envoy added that talks would resume.");
  const Entity* kerry = find(doc, "John Kerry");
  REQUIRE(kerry);
  CHECK(kerry->titles == std::vector<std::string>{"envoy"});
  const Mention* envoy = mention_with_text(doc, "The envoy");
  REQUIRE(envoy);
  CHECK(doc.entities[static_cast<size_t>(envoy->entity)].name == "John Kerry");
}

TEST_CASE("local government titles", "[entities]") {
  Document doc = analysed("Sheriff Tom Reyes said the road was closed. The sheriff added that no one was hurt.");
  const Entity* reyes = find(doc, "Tom Reyes");
  REQUIRE(reyes);
  CHECK(reyes->titles == std::vector<std::string>{"Sheriff"});
  const Mention* sheriff = mention_with_text(doc, "The sheriff");
  REQUIRE(sheriff);
  CHECK(doc.entities[static_cast<size_t>(sheriff->entity)].name == "Tom Reyes");
}

TEST_CASE("'and' inside an organisation's name after 'the'", "[entities]") {
  Document doc = analysed("The Food and Drug Administration declined to comment. The House and Senate voted.");
  const Entity* fda = find(doc, "Food and Drug Administration");
  REQUIRE(fda);
  CHECK(fda->type == EntityType::Org);
  CHECK_FALSE(find(doc, "House and Senate"));
}

TEST_CASE("'a ministry spokesman' is one nominal, of the country its demonym names", "[entities]") {
  Document doc = analysed(
      "Talks on the climate will resume, a Chinese foreign ministry spokesman said on Monday, days after a meeting.");
  const Mention* spokesman = mention_with_text(doc, "a Chinese foreign ministry spokesman");
  REQUIRE(spokesman);
  CHECK(doc.entities[static_cast<size_t>(spokesman->entity)].affiliation == "China");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == spokesman->entity);
}

TEST_CASE("a known organisation that opens a title is the affiliation", "[entities]") {
  Document doc = analysed("Federal Reserve Chair Jerome Powell spoke on Wednesday.");
  const Entity* powell = find(doc, "Jerome Powell");
  REQUIRE(powell);
  CHECK(powell->affiliation == "Federal Reserve");
}

TEST_CASE("an organisation noun in apposition to a named organisation is that organisation", "[entities]") {
  Document doc = analysed("Goldman Sachs, the investment firm, declined to comment. She owns a construction firm.");
  const Mention* firm = mention_with_text(doc, "the investment firm");
  REQUIRE(firm);
  CHECK(doc.entities[static_cast<size_t>(firm->entity)].name == "Goldman Sachs");
  const Mention* own = mention_with_text(doc, "a construction firm");
  REQUIRE(own);
  CHECK(doc.entities[static_cast<size_t>(own->entity)].type == EntityType::Org);
}

TEST_CASE("a titled person 'of' a place is affiliated with it", "[entities]") {
  Document doc = analysed("Sen. Lisa Murkowski of Alaska said she was inclined to support the bill.");
  const Entity* murkowski = find(doc, "Lisa Murkowski");
  REQUIRE(murkowski);
  CHECK(murkowski->affiliation == "Alaska");
}

TEST_CASE("a word after a person's name and 'of' is no person", "[entities]") {
  Document doc = analysed("Tom Reyes of Boston agreed with the plan.");
  REQUIRE(find(doc, "Tom Reyes"));
  const Entity* boston = find(doc, "Boston");
  if (boston) CHECK(boston->type != EntityType::Person);
}

TEST_CASE("a single word before an apposition and a reporting verb is a name", "[entities]") {
  Document doc = analysed("Okafor, a Republican, said the grants should be based on population.");
  const Entity* okafor = find(doc, "Okafor");
  REQUIRE(okafor);
  CHECK(okafor->type == EntityType::Person);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == static_cast<int32_t>(okafor - doc.entities.data()));
  doc = analysed("The Forward, a weekly newspaper, said the grants were late.");
  CHECK_FALSE(find(doc, "Forward"));  // after "the": no person's name
}

TEST_CASE("a single word before an age and a reporting verb is a name", "[entities]") {
  Document doc = analysed("Okafor, 54, said the grants should be based on population.");
  const Entity* okafor = find(doc, "Okafor");
  REQUIRE(okafor);
  CHECK(okafor->type == EntityType::Person);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == static_cast<int32_t>(okafor - doc.entities.data()));
  doc = analysed("Okafor, 1968, said the grants were late.");
  CHECK_FALSE(find(doc, "Okafor"));  // a year is no age
}

TEST_CASE("a single word before a two-word cue or 'was quoted as saying' is a name", "[entities]") {
  for (const char* text : {"Okafor made clear that the grants would be late.",
                           "Okafor was quoted as saying that the grants would be late."}) {
    Document doc = analysed(text);
    const Entity* okafor = find(doc, "Okafor");
    REQUIRE(okafor);
    CHECK(okafor->type == EntityType::Person);
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.quotes[0].speaker == static_cast<int32_t>(okafor - doc.entities.data()));
  }
  Document doc = analysed("Okafor was described as a quiet town.");
  CHECK_FALSE(find(doc, "Okafor"));
}

TEST_CASE("a hyphenated surname alone before its verb is a name. 'African-Americans' is not", "[entities]") {
  Document doc = analysed("Lopez-Cantera said the block grants should be based on population.");
  const Entity* lopez = find(doc, "Lopez-Cantera");
  REQUIRE(lopez);
  CHECK(lopez->type == EntityType::Person);
  doc = analysed("African-Americans said the economy was better.");
  const Entity* group = find(doc, "African-Americans");
  if (group) CHECK(group->type != EntityType::Person);
}

TEST_CASE("a known place or organisation keeps its opening word that is no name alone", "[entities]") {
  Document doc = analysed("The New York Times said the plant would close.");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "The New York Times");
  doc = analysed("Lee Zeldin of New York, a Trump supporter, said it will help.");
  CHECK_FALSE(find(doc, "York"));
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "Lee Zeldin");
}

TEST_CASE("a place among a nominal's modifiers stays in the nominal", "[entities]") {
  for (std::string place : {"Florida", "New Jersey"}) {
    Document doc = analysed("The " + place + " governor said the bridge would open.");
    REQUIRE(doc.quotes.size() == 1);
    REQUIRE(doc.quotes[0].speaker >= 0);
    CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "the " + place + " governor");
  }
}

TEST_CASE("abbreviated titles before a name: 'Gov.', 'Col.', 'the Rev.'", "[entities]") {
  Document doc = analysed("\"The plan works,\" Gov. Kasich said. Col. Steve Warren and the Rev. Al Sharpton agreed.");
  const Entity* kasich = find(doc, "Kasich");
  REQUIRE(kasich);
  CHECK(kasich->titles == std::vector<std::string>{"Gov."});
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == static_cast<int32_t>(kasich - doc.entities.data()));
  const Entity* warren = find(doc, "Steve Warren");
  REQUIRE(warren);
  CHECK(warren->titles == std::vector<std::string>{"Col."});
  const Entity* sharpton = find(doc, "Al Sharpton");
  REQUIRE(sharpton);
  CHECK(sharpton->titles == std::vector<std::string>{"Rev."});
}

TEST_CASE("a middle initial 'A.' is part of a name", "[entities]") {
  Document doc = analysed("\"We were not happy at all,\" said Jock A. Finlayson.");
  const Entity* finlayson = find(doc, "Jock A. Finlayson");
  REQUIRE(finlayson);
  CHECK(finlayson->type == EntityType::Person);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == static_cast<int32_t>(finlayson - doc.entities.data()));
}

TEST_CASE("a title word right after a preposition is no one: 'in general', 'as president'", "[entities]") {
  Document doc = analysed("Lobbyists in general prefer not to register, officials said.");
  CHECK_FALSE(mention_with_text(doc, "general"));
  for (const Quote& q : doc.quotes)
    if (q.speaker >= 0) CHECK(doc.entities[static_cast<size_t>(q.speaker)].name != "general");
}

TEST_CASE("a quantifier that opens a capitalised run is no part of a name: 'Several GOP leaders'", "[entities]") {
  Document doc = analysed("Several GOP leaders told POLITICO that Trump has shown interest.");
  CHECK_FALSE(find(doc, "Several GOP"));
}

TEST_CASE("a word before an auxiliary and a reporting verb is a name: 'Okafor has said'", "[entities]") {
  Document doc = analysed("Okafor has repeatedly said the plan would fail.");
  const Entity* okafor = find(doc, "Okafor");
  REQUIRE(okafor);
  CHECK(okafor->type == EntityType::Person);
}

TEST_CASE("capitalised words a quotation holds alone are a title, no name", "[entities]") {
  Document doc =
      analysed("Hemsley, the co-author of \"Going Viral,\" about the spread of news, said the days are gone.");
  CHECK_FALSE(find(doc, "Going Viral"));
  const Entity* hemsley = find(doc, "Hemsley");  // an apposition with commas of its own
  REQUIRE(hemsley);
  CHECK(hemsley->type == EntityType::Person);
}

TEST_CASE("a title's organisation word that names a known organisation is that one", "[entities]") {
  Document doc = analysed("Biden spoke at the White House. House Speaker Mike Johnson said the bill was dead.");
  const Entity* johnson = find(doc, "Mike Johnson");
  REQUIRE(johnson);
  CHECK(johnson->affiliation == "House of Representatives");
}

TEST_CASE("a caucus, a coalition, a league are organisations", "[entities]") {
  Document doc = analysed("Jayapal, who leads the Progressive Caucus, spoke. The Anti-Defamation League disagreed.");
  for (const char* name : {"Progressive Caucus", "Anti-Defamation League"}) {
    const Entity* e = find(doc, name);
    if (e) CHECK(e->type != EntityType::Person);
  }
}

TEST_CASE("a known organisation's name may hold 'for', 'on' or 'and'", "[entities]") {
  Document doc = analysed(
      "A study by the Institute for Fiscal Studies found that incomes fell. The Council on Foreign Relations "
      "disagreed, and the Centers for Disease Control and Prevention said nothing.");
  for (const char* name :
       {"Institute for Fiscal Studies", "Council on Foreign Relations", "Centers for Disease Control and Prevention"}) {
    INFO(name);
    const Entity* e = find(doc, name);
    REQUIRE(e);
    CHECK(e->type == EntityType::Org);
  }
  CHECK_FALSE(find(doc, "Fiscal Studies"));
}

TEST_CASE("news organisations are known by their usual names", "[entities]") {
  Document doc = analysed("But as The Hill pointed out, the bill stalled. POLITICO reported that it would pass.");
  for (const char* name : {"The Hill", "Politico"}) {
    INFO(name);
    const Entity* e = find(doc, name);
    REQUIRE(e);
    CHECK(e->type == EntityType::Org);
  }
}

TEST_CASE("'who' after a person's prepositional phrase is that person: 'Sen. Ted Cruz of Texas, who'", "[entities]") {
  Document doc = analysed(
      "Sen. Ted Cruz of Texas, who wants to shut down the government, spoke. A longtime adviser to Donald Trump, "
      "who declined to be named, disagreed.");
  std::vector<std::string> who;
  for (const Mention& m : doc.mentions)
    if (doc.slice(m.span) == "who") who.push_back(doc.entities[static_cast<size_t>(m.entity)].name);
  REQUIRE(who.size() == 2);
  CHECK(who[0] == "Ted Cruz");
  CHECK(who[1] != "Donald Trump");
}

TEST_CASE("after 'the', an organisation word goes on through 'for' or 'on' to the words after it", "[entities]") {
  Document doc = analysed(
      "Claudia Kemfert of the German Institute for Economic Research said prices would rise. Neera Tanden, "
      "president of the Center for American Progress, disagreed, and the Center for Strategic and International "
      "Studies said nothing. The Senate on Tuesday passed the bill.");
  for (const char* name : {"German Institute for Economic Research", "Center for American Progress",
                           "Center for Strategic and International Studies"}) {
    INFO(name);
    const Entity* e = find(doc, name);
    REQUIRE(e);
    CHECK(e->type == EntityType::Org);
  }
  CHECK_FALSE(find(doc, "Economic Research"));
  CHECK_FALSE(find(doc, "Progress"));
  CHECK_FALSE(find(doc, "Senate on Tuesday"));
  const Entity* tanden = find(doc, "Neera Tanden");
  REQUIRE(tanden);
  CHECK(tanden->affiliation == "Center for American Progress");
}

TEST_CASE("'and' after such a joint takes no one's name into the organisation", "[entities]") {
  Document doc = analysed("The Center for American Progress and Hillary Clinton disagreed.");
  CHECK(find(doc, "Center for American Progress"));
  CHECK(find(doc, "Hillary Clinton"));
}

TEST_CASE("a person's affiliation from 'of the <organisation>' after the name", "[entities]") {
  Document doc = analysed(
      "Claudia Kemfert of the German Institute for Economic Research said prices would rise. Jan Hatzius of "
      "Goldman Sachs agreed.");
  const Entity* kemfert = find(doc, "Claudia Kemfert");
  REQUIRE(kemfert);
  CHECK(kemfert->affiliation == "German Institute for Economic Research");
  const Entity* hatzius = find(doc, "Jan Hatzius");
  REQUIRE(hatzius);
  CHECK(hatzius->affiliation == "Goldman Sachs");
}

TEST_CASE("'It' opening a sentence is the last sentence's subject after a possessor: 'Macron's office'", "[entities]") {
  Document doc = analysed(
      "French President Emmanuel Macron spoke on Thursday. Macron's office said that France was ready to help "
      "Germany. It added that the two countries would act together.");
  CHECK(entity_named_by(doc, "It") == "Macron's office");
}

TEST_CASE("a capitalised word before a plural noun and its verb is no name: 'Safety advocates said'", "[entities]") {
  Document doc = analysed("Safety advocates said the recall did not go far enough.");
  CHECK_FALSE(find(doc, "Safety"));
  Document named = analysed("Fleming said the recall did not go far enough.");
  CHECK(find(named, "Fleming"));
}

TEST_CASE("a lower-case particle inside a name: 'Erik ten Hag'", "[entities]") {
  Document doc = analysed("Manager Erik ten Hag said the team was ready. Ten people came.");
  CHECK(find(doc, "Erik ten Hag"));
  CHECK_FALSE(find(doc, "Hag"));
}

TEST_CASE("two capitalised words before a lower-case title and a name employ that person", "[entities]") {
  Document doc = analysed(
      "Manchester United manager Erik ten Hag said the team was ready. Hillary Clinton spokesman Brian Fallon "
      "disagreed, and Presumptive Democratic nominee Jo Park said nothing.");
  const Entity* club = find(doc, "Manchester United");
  REQUIRE(club);
  CHECK(club->type == EntityType::Org);
  const Entity* manager = find(doc, "Erik ten Hag");
  REQUIRE(manager);
  CHECK(manager->affiliation == "Manchester United");
  CHECK(manager->titles == std::vector<std::string>{"Manchester United manager"});
  const Entity* clinton = find(doc, "Hillary Clinton");
  REQUIRE(clinton);
  CHECK(clinton->type == EntityType::Person);
  CHECK_FALSE(find(doc, "Presumptive Democratic"));
}

TEST_CASE("a word of an organisation already named is no person: 'former United captain Gary Neville'", "[entities]") {
  Document doc =
      analysed("Manchester United manager Erik ten Hag spoke on Friday. Former United captain Gary Neville disagreed.");
  const Entity* united = find(doc, "United");
  if (united) CHECK(united->type != EntityType::Person);
  CHECK(find(doc, "Gary Neville"));
}

TEST_CASE("an apposition may open with an organisation: 'Josh Earnest, White House press secretary,'", "[entities]") {
  Document doc = analysed(
      "Josh Earnest, White House press secretary, said no. Jo Park, a Tesla spokeswoman, agreed. \"It works,\" said "
      "Dr. Hans Kluge, WHO regional director for Europe.");
  const Entity* earnest = find(doc, "Josh Earnest");
  REQUIRE(earnest);
  CHECK(earnest->titles == std::vector<std::string>{"White House press secretary"});
  CHECK(earnest->affiliation == "White House");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  CHECK(park->affiliation == "Tesla");
  const Entity* kluge = find(doc, "Hans Kluge");
  REQUIRE(kluge);
  CHECK(kluge->titles == std::vector<std::string>{"WHO regional director for Europe"});
  CHECK(kluge->affiliation == "World Health Organization");
}

TEST_CASE("'WHO' in capitals is the organisation, not the pronoun", "[entities]") {
  Document doc = analysed("The WHO said the outbreak was over.");
  const Entity* who = find(doc, "World Health Organization");
  REQUIRE(who);
  CHECK(who->type == EntityType::Org);
}

TEST_CASE("a wire dateline is no sentence subject: 'WASHINGTON (Reuters) - The Federal Reserve ... it'", "[entities]") {
  Document doc = analysed(
      "WASHINGTON (Reuters) - The Federal Reserve held rates steady on Wednesday and signaled it still expects "
      "to cut them.");
  CHECK(entity_named_by(doc, "it") == "Federal Reserve");
}

TEST_CASE("a plural source noun opening a sentence is no name: 'Investors welcomed the outlook'", "[entities]") {
  Document doc = analysed("Investors welcomed the outlook. Parents said the school was unsafe.");
  CHECK_FALSE(find(doc, "Investors"));
  CHECK_FALSE(find(doc, "Parents"));
}

TEST_CASE("what an opening prepositional phrase names is not whom the pronoun after it stands for", "[entities]") {
  Document doc = analysed(
      "The union rejected the offer. In a statement, it accused management of stalling. Ann Lee wrote often. In "
      "her letters to Jo Park, she praised the mayor.");
  CHECK(entity_named_by(doc, "it") == "the union");
  CHECK(entity_named_by(doc, "she") == "Ann Lee");
}

TEST_CASE("the subject of an opening subordinate clause may be whom the pronoun stands for", "[entities]") {
  Document doc = analysed("While Ann Lee is a supporter of the plan, she has never said so.");
  CHECK(entity_named_by(doc, "she") == "Ann Lee");
}

TEST_CASE("'It' opening a later paragraph is the last sentence's subject", "[entities]") {
  Document doc = analysed(
      "Prices rose.\n\nWages fell.\n\nRents rose.\n\nThe company said it had sold the plant to Acme Corp.\n\nIt added "
      "that more sales would follow.");
  CHECK(entity_named_by(doc, "It") == "the company");
}

TEST_CASE("a title ending an opening prepositional phrase is not the name after its comma", "[entities]") {
  Document doc = analysed("In a letter to the prime minister, Jo Park wrote that he was sorry.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  CHECK(park->titles.empty());
  Document apposition = analysed("Her lawyer, Jo Park, said that he was sorry.");
  const Entity* lawyer = find(apposition, "Jo Park");
  REQUIRE(lawyer);
  CHECK_FALSE(lawyer->titles.empty());
}

TEST_CASE("'one diplomat' is someone new, not the minister named before", "[entities]") {
  Document doc = analysed(
      "Foreign Minister Jo Park left early. One diplomat described the talks as tense. The diplomat said no deal was "
      "near.");
  CHECK(entity_named_by(doc, "One diplomat") != "Jo Park");
  CHECK(entity_named_by(doc, "The diplomat") == "Jo Park");
}

TEST_CASE("a title may run through 'to the' before a first name: 'US Ambassador to the UN Linda Lee'", "[entities]") {
  Document doc = analysed("US Ambassador to the UN Linda Lee accused Moscow of violating international law.");
  const Entity* lee = find(doc, "Linda Lee");
  REQUIRE(lee);
  REQUIRE_FALSE(lee->titles.empty());
  CHECK(lee->titles[0] == "US Ambassador to the UN");
  CHECK(lee->affiliation == "US");  // where an ambassador is sent is not whom she works for
  Document envoy = analysed("Russia's envoy to the talks, Jo Park, said the talks went well.");
  const Entity* park = find(envoy, "Jo Park");
  REQUIRE(park);
  REQUIRE_FALSE(park->titles.empty());
  CHECK(park->titles[0] == "Russia's envoy to the talks");
}

TEST_CASE("'The Dutchman said' is the person named last before it", "[entities]") {
  Document doc = analysed(
      "Liverpool captain Jo van Dijk said his side must respond. The Dutchman told reporters that the performance "
      "was poor. Manager Jin Klopp agreed. The German said his team lacked intensity.");
  CHECK(entity_named_by(doc, "The Dutchman") == "Jo van Dijk");
  CHECK(entity_named_by(doc, "The German") == "Jin Klopp");
  Document government = analysed("Chancellor Ann Lee spoke. The German government said no.");
  CHECK_FALSE(mention_with_text(government, "The German"));
}

TEST_CASE("a surname with its particle opening a sentence is the person named before: 'Van Dijk'", "[entities]") {
  Document doc = analysed("Jo van Dijk spoke on Monday. Van Dijk said the team was tired.");
  CHECK(entity_named_by(doc, "Van Dijk") == "Jo van Dijk");
}

TEST_CASE("a title may hold a name after 'former': 'Former Liverpool defender', 'former Trump adviser'", "[entities]") {
  Document doc = analysed("Former Liverpool defender Jo Park said the result was bad.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  REQUIRE_FALSE(park->titles.empty());
  CHECK(park->titles[0] == "Former Liverpool defender");
  Document captain = analysed("Former United captain Jo Park said the club was in crisis.");
  const Entity* skipper = find(captain, "Jo Park");
  REQUIRE(skipper);
  REQUIRE_FALSE(skipper->titles.empty());
  CHECK(skipper->titles[0] == "Former United captain");
  Document known = analysed("Donald Trump spoke on Monday. Former Trump adviser Jin Ray said no deal was near.");
  const Entity* trump = find(known, "Donald Trump");
  REQUIRE(trump);
  CHECK(trump->titles.empty());
  const Entity* ray = find(known, "Jin Ray");
  REQUIRE(ray);
  REQUIRE_FALSE(ray->titles.empty());
  CHECK(ray->titles[0] == "Former Trump adviser");
}

TEST_CASE("'the agency' and 'the central bank' stand for the organisation named before", "[entities]") {
  Document doc = analysed(
      "The Food and Drug Administration approved the drug. The agency said it was safe. The Federal Reserve left "
      "rates unchanged. The central bank said inflation was easing.");
  CHECK(entity_named_by(doc, "The agency") == "Food and Drug Administration");
  CHECK(entity_named_by(doc, "The central bank") == "Federal Reserve");
}

TEST_CASE("a plural opening a sentence before a cue is no person: 'Firms refused', but 'Caltrans said' is",
          "[entities]") {
  Document doc =
      analysed("Ann Lee became a judge. Firms refused to hire her. Conservatives said the court would change.");
  CHECK_FALSE(find(doc, "Firms"));
  CHECK_FALSE(find(doc, "Conservatives"));
  Document agency = analysed("The sign was changed by Caltrans on Friday. Caltrans said someone had reprogrammed it.");
  CHECK(find(agency, "Caltrans"));
}

TEST_CASE("an acronym before a cue is an organisation, and so is an acronym before a country: 'NHS England'",
          "[entities]") {
  Document doc = analysed("The BMA said doctors would strike. Later the BMA met ministers.");
  const Entity* bma = find(doc, "BMA");
  REQUIRE(bma);
  CHECK(bma->type == EntityType::Org);
  CHECK(bma->mentions.size() == 2);
  Document place = analysed("NHS England said it expected delays. Police Scotland said roads were closed.");
  const Entity* nhs = find(place, "NHS England");
  REQUIRE(nhs);
  CHECK(nhs->type == EntityType::Org);
  const Entity* police = find(place, "Police Scotland");
  REQUIRE(police);
  CHECK(police->type == EntityType::Org);
}

TEST_CASE("professions are titles: 'Jo Park, a nutrition scientist at the Pine Institute who ...', 'author Ann Lee'",
          "[entities]") {
  Document doc = analysed(
      "Jo Park, a nutrition scientist at the Pine Institute who was not involved in the study, said it was weak.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  REQUIRE_FALSE(park->titles.empty());
  CHECK(park->titles[0] == "nutrition scientist at the Pine Institute");
  Document second =
      analysed("\"It holds,\" said Ann Lee, a professor of medicine at Yale and the study's senior author.");
  const Entity* lee = find(second, "Ann Lee");
  REQUIRE(lee);
  REQUIRE_FALSE(lee->titles.empty());
  CHECK(lee->titles[0] == "professor of medicine at Yale");
  Document before = analysed("Excerpts from bestselling author Jin Ray's new book were read.");
  const Entity* ray = find(before, "Jin Ray");
  REQUIRE(ray);
  REQUIRE_FALSE(ray->titles.empty());
  CHECK(ray->titles[0] == "author");
}

TEST_CASE("a byline's title holds 'Writer': 'AP Technology Writer Jo Park contributed'", "[entities]") {
  Document doc = analysed("AP Technology Writer Jo Park contributed to this report.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  REQUIRE_FALSE(park->titles.empty());
  CHECK(park->titles[0] == "AP Technology Writer");
}

TEST_CASE("a word inside a long name stands for the person: 'Lula' for 'Luiz Inácio Lula da Silva'", "[entities]") {
  Document doc = analysed("President Luiz Inácio Lula da Silva flew over the region. Lula said troops would help.");
  CHECK(entity_named_by(doc, "Lula") == "Luiz Inácio Lula da Silva");
  Document show = analysed("She spoke on The Ann Lee Show on Monday. Park said the plan was good.");
  const Entity* programme = find(show, "Ann Lee Show");
  REQUIRE(programme);
  CHECK(programme->type != EntityType::Person);
}

TEST_CASE("an apposition opened by a named possessor is a title: 'Jo Park, Veltra's chief executive, said'",
          "[entities]") {
  Document doc = analysed("Jo Park, Veltra's chief executive, told staff that sales were strong.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  REQUIRE_FALSE(park->titles.empty());
  CHECK(park->titles[0] == "Veltra's chief executive");
  CHECK(park->affiliation == "Veltra");
  Document person = analysed("Ann Lee spoke first. Jo Park, Lee's campaign manager, said no.");
  const Entity* manager = find(person, "Jo Park");
  REQUIRE(manager);
  REQUIRE_FALSE(manager->titles.empty());
  CHECK(manager->titles[0] == "Lee's campaign manager");
  CHECK(manager->affiliation.empty());
}

TEST_CASE("'Administrator' is a title: 'NASA Administrator Jo Park told reporters'", "[entities]") {
  Document doc = analysed("NASA Administrator Jo Park told reporters the launch was delayed.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  REQUIRE_FALSE(park->titles.empty());
  CHECK(park->titles[0] == "NASA Administrator");
}

TEST_CASE("a portfolio between a demonym and a title is no organisation: 'Saudi Energy Minister'", "[entities]") {
  Document doc = analysed("Saudi Energy Minister Jo Park said the group would act.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  CHECK(park->affiliation == "Saudi Arabia");
  Document known = analysed("European Commission President Ann Lee said the plan was fair.");
  const Entity* lee = find(known, "Ann Lee");
  REQUIRE(lee);
  CHECK(lee->affiliation == "European Commission");
}

TEST_CASE("a workplace after 'head of commodity strategy at' is an organisation", "[entities]") {
  Document doc = analysed("Ann Lee, head of commodity strategy at Pine Capital Markets, said prices would rise.");
  const Entity* firm = find(doc, "Pine Capital Markets");
  REQUIRE(firm);
  CHECK(firm->type == EntityType::Org);
  Document funeral = analysed("The president spoke at Jo Park's funeral.");
  const Entity* park = find(funeral, "Jo Park");
  REQUIRE(park);
  CHECK(park->type == EntityType::Person);
}

TEST_CASE("family members are sources, and 'His' in 'His spokesman' is someone else", "[entities]") {
  Document doc = analysed("Jo Park spoke first. His wife said the family was tired.");
  REQUIRE(doc.quotes.size() == 1);
  const Entity& wife = doc.entities[static_cast<size_t>(doc.quotes[0].speaker)];
  CHECK(wife.name == "his wife");
  CHECK(wife.type == EntityType::Person);
  Document spokesman = analysed("Jo Park spoke first. His spokesman said he was tired.");
  CHECK(entity_named_by(spokesman, "His") == "Jo Park");
}

TEST_CASE("a noun for a man is no antecedent of 'she': 'Her father said she'", "[entities]") {
  Document doc = analysed("Ann Lee won the race. Her father said she had trained for years.");
  CHECK(entity_named_by(doc, "she") == "Ann Lee");
}

TEST_CASE("cities in the news are places, not people: 'met envoys in Tel Aviv'", "[entities]") {
  Document doc = analysed("The minister met envoys in Tel Aviv and flew to Geneva on Monday.");
  const Entity* tel_aviv = find(doc, "Tel Aviv");
  REQUIRE(tel_aviv);
  CHECK(tel_aviv->type == EntityType::Gpe);
  const Entity* geneva = find(doc, "Geneva");
  REQUIRE(geneva);
  CHECK(geneva->type == EntityType::Gpe);
}

TEST_CASE("one name between commas after a noun for a person is that person: 'Her son, Pablo, wants'", "[entities]") {
  Document doc = analysed("Her son, Pablo, wants to take over the bakery. \"I grew up here,\" he says.");
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "Pablo");
  Document later = analysed("His wife, Jane, spoke first. Jane Lee said the campaign would go on.");
  CHECK_FALSE(find(later, "Jane"));
  CHECK(find(later, "Jane Lee"));
}

TEST_CASE("'campaigner' and 'activist' are titles: 'said Jo Park, the campaigner'", "[entities]") {
  Document doc = analysed("'It is a scandal,' said Jo Park, the campaigner.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  REQUIRE_FALSE(park->titles.empty());
  CHECK(park->titles[0] == "campaigner");
}

TEST_CASE("a noun after 'to' is a verb: 'is expected to report'", "[entities]") {
  Document doc = analysed("The company is expected to report a loss. Officials cited reports of delays.");
  for (const Entity& e : doc.entities) CHECK(e.name != "report");
}

TEST_CASE("sports broadcasters are organisations: 'told Sky Sports'", "[entities]") {
  Document doc = analysed("\"We lacked the killer touch,\" the manager told Sky Sports.");
  const Entity* sky = find(doc, "Sky Sports");
  REQUIRE(sky);
  CHECK(sky->type == EntityType::Org);
}

TEST_CASE("a US party label gives the party: 'Rep. Jo Park (R-Okla.), the chairman', 'Sen. Ann Lee, D-N.Y.,'",
          "[entities]") {
  Document doc = analysed(
      "Rep. Jo Park (R-Okla.), the chairman of the Appropriations Committee, said the bill was fine. Sen. Ann Lee, "
      "D-N.Y., "
      "said Democrats would not accept cuts.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park);
  CHECK(park->affiliation == "Republican Party");
  CHECK(std::find(park->titles.begin(), park->titles.end(), "chairman of the Appropriations Committee") !=
        park->titles.end());
  const Entity* lee = find(doc, "Ann Lee");
  REQUIRE(lee);
  CHECK(lee->affiliation == "Democratic Party");
}

TEST_CASE("an object pronoun is not the subject of its own verb: 'Park said Lee told him'", "[entities]") {
  Document doc = analysed("Park said Lee told him that the deal was off.");
  CHECK(entity_named_by(doc, "him") == "Park");
}

TEST_CASE("'the Lee campaign' is an organisation of the person, 'Lee aides' a group named with her", "[entities]") {
  Document doc = analysed(
      "Governor Ann Lee spoke in Dayton.\n\nThe Lee campaign said the advert was false.\n\n"
      "Lee administration officials said the talks would resume. Lee allies agreed.");
  const Entity* campaign = find(doc, "Lee campaign");
  REQUIRE(campaign != nullptr);
  CHECK(campaign->type == EntityType::Org);
  CHECK(campaign->rule == "entity.org-of-person");
  CHECK(entity_named_by(doc, "The Lee campaign") == "Lee campaign");
  CHECK(entity_named_by(doc, "Lee") == "Ann Lee");  // the name stays hers
  const Entity* officials = find(doc, "Lee administration officials");
  REQUIRE(officials != nullptr);
  CHECK(officials->type == EntityType::Group);
  CHECK(find(doc, "Lee allies") != nullptr);
}

TEST_CASE("unknown capitalised words before an organisation's title name the organisation", "[entities]") {
  Document doc = analysed(
      "Veltra chief executive Jo Park said sales rose. Shares in Veltra fell.\n\nThe match ended 2-1, Pinewood manager "
      "Tom Reed said.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park != nullptr);
  CHECK(park->affiliation == "Veltra");
  const Entity* veltra = find(doc, "Veltra");
  REQUIRE(veltra != nullptr);
  CHECK(veltra->type == EntityType::Org);
  CHECK(veltra->rule == "entity.org-before-title");
  const Entity* reed = find(doc, "Tom Reed");
  REQUIRE(reed != nullptr);
  CHECK(reed->affiliation == "Pinewood");
}

TEST_CASE("no organisation from an adjective, a person's name or a title of office", "[entities]") {
  Document doc = analysed(
      "Political analyst Dan Bos said the mood had changed.\n\n"
      "Senator Ann Lee spoke. Lee spokesman Tom Reed said the count was fair.\n\n"
      "Veltra candidate Jo Park lost.");
  CHECK(find(doc, "Political") == nullptr);
  CHECK(find(doc, "Lee") == nullptr);
  CHECK(find(doc, "Veltra") == nullptr);
  const Entity* reed = find(doc, "Tom Reed");
  REQUIRE(reed != nullptr);
  CHECK(reed->affiliation.empty());
}

TEST_CASE("'the Pinewood manager' is the manager of Pinewood, not the last manager named", "[entities]") {
  Document doc = analysed(
      "Pinewood boss Jo Park said his side deserved a draw.\n\nVeltra manager Tom Reed praised his players. "
      "The Pinewood manager added that the referee had made mistakes.");
  CHECK(entity_named_by(doc, "The Pinewood manager") == "Jo Park");
  doc = analysed(
      "Pinewood chairman Ann Lee spoke. Veltra manager Tom Reed praised his players. The Pinewood manager said "
      "the referee was wrong.");
  CHECK(entity_named_by(doc, "The Pinewood manager") == "the Pinewood manager");
}

TEST_CASE("a known organisation before a title with lower-case words is the affiliation", "[entities]") {
  Document doc = analysed("The trials failed, said ACLU executive Director Jo Park in a statement.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park != nullptr);
  CHECK(park->affiliation == "American Civil Liberties Union");
  doc = analysed("Trump backed a technique used by the CIA under President Jo Park.");
  park = find(doc, "Jo Park");
  REQUIRE(park != nullptr);
  CHECK(park->affiliation.empty());
}

TEST_CASE("utilities, builders and bodies named for a nation are organisations", "[entities]") {
  Document doc = analysed(
      "Severn Water said bills would rise. Crestline Homes said it would appeal. Public Health England warned "
      "of a rise in cases.");
  for (const char* name : {"Severn Water", "Crestline Homes", "Public Health England"}) {
    const Entity* e = find(doc, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Org);
  }
  doc = analysed("A statue of Gen. George Washington stands in the square. Rep. Steve Israel spoke.");
  for (const auto& e : doc.entities) CHECK(e.type != EntityType::Org);
}

TEST_CASE("'Reform UK leader' is the leader of a party, not of the UK", "[entities]") {
  Document doc = analysed("Reform UK leader Jo Park said his party would target Labour voters.");
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park != nullptr);
  CHECK(park->affiliation == "Reform UK");
}

TEST_CASE("'Los Angeles' and 'San Bernardino' are places, 'the Los Angeles Times' a newspaper", "[entities]") {
  Document doc = analysed(
      "Crews fought the fire north of Los Angeles. The shooting in San Bernardino shocked the nation. "
      "The Los Angeles Times reported the news.");
  for (const char* name : {"Los Angeles", "San Bernardino"}) {
    const Entity* e = find(doc, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Gpe);
    CHECK(e->rule == "entity.place-opener");
  }
  const Entity* times = find(doc, "Los Angeles Times");
  REQUIRE(times != nullptr);
  CHECK(times->type == EntityType::Org);
}

TEST_CASE("'Resident Maria Gonzalez' is a person titled resident", "[entities]") {
  Document doc = analysed("Resident Maria Gonzalez, 54, said she had only minutes to grab her dog.");
  const Entity* e = find(doc, "Maria Gonzalez");
  REQUIRE(e != nullptr);
  REQUIRE(e->titles.size() == 1);
  CHECK(e->titles[0] == "Resident");
}

TEST_CASE("'Veltra Inc' and a later 'Veltra' are one company, 'News Corp' keeps its name", "[entities]") {
  Document doc = analysed("Veltra Inc agreed to buy Pine Ltd. Veltra said the deal would close in May.");
  const Entity* veltra = find(doc, "Veltra");
  REQUIRE(veltra != nullptr);
  CHECK(veltra->type == EntityType::Org);
  CHECK(mention_texts(doc, *veltra) == std::vector<std::string>{"Veltra Inc", "Veltra"});
  CHECK(find(doc, "Veltra Inc") == nullptr);
  CHECK(find(doc, "Pine Ltd") != nullptr);  // never named without it
  doc = analysed("News Corp said profits fell. Fox News aired the report.");
  CHECK(find(doc, "News Corp") != nullptr);
}

TEST_CASE("football clubs are organisations, and 'Villa manager' after 'Aston Villa' is theirs", "[entities]") {
  Document doc =
      analysed("Tottenham Hotspur beat Aston Villa 2-1 on Sunday. Villa manager Jo Park said his side lacked clarity.");
  for (const char* name : {"Tottenham Hotspur", "Aston Villa"}) {
    const Entity* e = find(doc, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Org);
  }
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park != nullptr);
  CHECK(park->affiliation == "Aston Villa");
  CHECK(find(doc, "Villa") == nullptr);
}

TEST_CASE("'New' opening a known place stays in the name: 'New York University'", "[entities]") {
  Document doc = analysed("Jo Park, a professor at New York University, spoke. The New York Police Department agreed.");
  CHECK(find(doc, "New York University") != nullptr);
  CHECK(find(doc, "York University") == nullptr);
  CHECK(find(doc, "New York Police Department") != nullptr);
}

TEST_CASE("'Thursday's general election' names no general, 'Friday's announcement' stays a source", "[entities]") {
  Document doc = analysed("Labour won in Thursday's general election. Friday's announcement suggested a delay.");
  for (const auto& e : doc.entities) CHECK(e.name.find("general") == std::string::npos);
  CHECK(entity_named_by(doc, "Friday's announcement") != "");
}

TEST_CASE("an apposition title may hold a plural possessive: 'president of the machinists' union'", "[entities]") {
  Document doc = analysed("\"People are exhausted,\" said Jon Holden, president of the machinists' union.");
  const Entity* holden = find(doc, "Jon Holden");
  REQUIRE(holden != nullptr);
  REQUIRE(holden->titles.size() == 1);
  CHECK(holden->titles[0] == "president of the machinists' union");
}

TEST_CASE("'Shadow chancellor' is a title", "[entities]") {
  Document doc = analysed("Shadow chancellor Mel Stride said the speech was empty.");
  const Entity* e = find(doc, "Mel Stride");
  REQUIRE(e != nullptr);
  REQUIRE(e->titles.size() == 1);
  CHECK(e->titles[0] == "Shadow chancellor");
}

TEST_CASE("a line written like a headline names only who the text names elsewhere", "[entities]") {
  Document doc = analysed(
      "The debate ran late.\n\nCandidates Resoundingly Reject The Idea Of A Minimum Wage Hike.\n\n"
      "Senator Ann Lee Scores Direct Hit On Rival Jo Park During Debate.\n\nSenator Ann Lee criticised Jo Park on "
      "Tuesday.");
  CHECK(find(doc, "Minimum Wage Hike") == nullptr);
  const Entity* lee = find(doc, "Ann Lee");
  REQUIRE(lee != nullptr);
  CHECK(mention_texts(doc, *lee).size() == 2);
  for (const auto& title : lee->titles) CHECK(title.find("Scores") == std::string::npos);
  const Entity* park = find(doc, "Jo Park");
  REQUIRE(park != nullptr);
  CHECK(mention_texts(doc, *park).size() == 2);
  doc = analysed("Jo Park, the chief executive of Veltra, told The Wall Street Journal on Monday that sales rose.");
  CHECK(find(doc, "Jo Park") != nullptr);
}

TEST_CASE("'the 24-year-old said' is the person given that age, else the person named last", "[entities]") {
  Document doc = analysed("Erik Halvorsen won on Sunday. \"I was tired,\" the 24-year-old told reporters.");
  CHECK(entity_named_by(doc, "the 24-year-old") == "Erik Halvorsen");
  doc = analysed("Dana Whitfield, 58, pleaded not guilty. Her lawyer, Marcus Bell, spoke. The 58-year-old was freed.");
  CHECK(entity_named_by(doc, "The 58-year-old") == "Dana Whitfield");
  doc = analysed("\"Is Jo Park right?\" the 43-year-old asked.");  // a name inside the quotation is not the asker
  CHECK(entity_named_by(doc, "the 43-year-old").empty());
}

TEST_CASE("a possessive in the phrase that opens a sentence is the subject named after its comma", "[entities]") {
  Document doc = analysed(
      "Governor Ann Lee said no one was hurt. In his nightly address, President Jo Park said "
      "the army would fight.");
  CHECK(entity_named_by(doc, "his") == "Jo Park");
  doc = analysed("Jo Park spoke first. At the moment Ann Lee announced her plan, Mia Cole was away.");
  CHECK(entity_named_by(doc, "her") != "Mia Cole");  // the phrase has its own subject
}

TEST_CASE("'the PM', 'the CM' and 'the CEO' stand for the person with that title, as 'the prime minister' does",
          "[entities]") {
  Document doc = analysed("Prime Minister Jo Park visited Leeds. The PM said the plan would work.");
  CHECK(entity_named_by(doc, "The PM") == "Jo Park");
  doc = analysed("Chief Minister Ravi Rao spoke in Sehore. The CM said every village would get a doctor.");
  CHECK(entity_named_by(doc, "The CM") == "Ravi Rao");
  doc = analysed("Chief executive Ann Lee spoke first. The CEO said sales rose.");
  CHECK(entity_named_by(doc, "The CEO") == "Ann Lee");
  doc = analysed("PM Ravi Rao said he was pleased.");
  const Entity* e = find(doc, "Ravi Rao");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"PM"});
}

TEST_CASE("a name after a kind of organisation, a spokesperson for, or before a company title is an organisation",
          "[entities]") {
  Document doc = analysed("Mia Cole, president of the research firm Pinewood Strategies, said buyers were wary.");
  const Entity* e = find(doc, "Pinewood Strategies");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  doc = analysed("A spokesperson for Veltra declined to comment on the new glasses.");
  e = find(doc, "Veltra");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  doc = analysed("Orbit's chief executive, Dan Okafor, said orders were strong.");
  e = find(doc, "Orbit");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  REQUIRE(find(doc, "Dan Okafor"));
  CHECK(find(doc, "Dan Okafor")->affiliation == "Orbit");
}

TEST_CASE("a person stays a person before 'the group', after 'a spokesman for' and before a title", "[entities]") {
  Document doc = analysed("Carly Fiorina spoke. A chapter of the group Fiorina addressed met in June.");
  CHECK(find(doc, "Fiorina") == nullptr);
  doc = analysed("A spokesman for Democratic candidate Jo Park said no.");
  CHECK(find(doc, "Democratic") == nullptr);
  doc = analysed("Mr. Park's campaign chairman, Lee Ames, spoke. Hillary's run for president began.");
  CHECK(find(doc, "Hillary") == nullptr);
  const Entity* park = find(doc, "Park");
  CHECK((park == nullptr || park->type == EntityType::Person));
}

TEST_CASE("an apposition 'the ONS's chief economist' or 'a cardiologist at the university' is a title", "[entities]") {
  Document doc = analysed("\"This is a big step,\" said Grant Fitzner, the ONS's chief economist.");
  const Entity* e = find(doc, "Grant Fitzner");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"ONS's chief economist"});
  CHECK(e->affiliation == "ONS");
  CHECK(entity_named_by(doc, "the ONS's chief economist") == "Grant Fitzner");
  doc = analysed("\"Walking helps,\" said Dr. Hannah Cole, a cardiologist at the university.");
  e = find(doc, "Hannah Cole");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"cardiologist at the university"});
  doc = analysed("Former Vermont Gov. Howard Dean said the plan would fail.");
  CHECK(find(doc, "Howard Dean"));
}

TEST_CASE("'the team' is a group that 'he' does not point back to. 'another man' is a person", "[entities]") {
  Document doc = analysed("Erik Halvorsen lost. His coach said the team would decide whether he needed treatment.");
  const Entity* team = find(doc, "the team");
  REQUIRE(team);
  CHECK(team->type == EntityType::Group);
  CHECK(entity_named_by(doc, "he") != "the team");
  doc = analysed("Another man complained that the council had ignored him for years.");
  const Entity* man = find(doc, "another man");
  REQUIRE(man);
  CHECK(man->type == EntityType::Person);
  CHECK(man->gender == 'm');
}

TEST_CASE("an institution named with a possessive is one organisation: 'St James's Hospital'", "[entities]") {
  Document doc = analysed(
      "She worked at St James's Hospital for years. Doctors at Boston Children's Hospital "
      "said the boy was well. The hospital said he was stable.");
  const Entity* e = find(doc, "St James's Hospital");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  CHECK(find(doc, "St James") == nullptr);
  CHECK(entity_named_by(doc, "The hospital") == "Boston Children's Hospital");
  doc = analysed("Obama's Justice Department sued the state.");
  CHECK(find(doc, "Justice Department"));
}

TEST_CASE("a name whose apposition is a kind of organisation is that organisation", "[entities]") {
  Document doc = analysed("Pinecrest Health, a hospital operator based in Ohio, said hackers had stolen data.");
  const Entity* e = find(doc, "Pinecrest Health");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.quotes[0].speaker == static_cast<int32_t>(e - doc.entities.data()));
  doc = analysed("Lumen Bay, the company that makes the glasses, said sales were strong.");
  REQUIRE(find(doc, "Lumen Bay"));
  CHECK(find(doc, "Lumen Bay")->type == EntityType::Org);
  doc = analysed("Jo Park, a company director, and Dan Cole, a senior adviser to the group, spoke.");
  CHECK(find(doc, "Jo Park")->type == EntityType::Person);
  CHECK(find(doc, "Dan Cole")->type == EntityType::Person);
}

TEST_CASE("a capitalised common noun that opens a sentence names no organisation: 'Hospitals are'", "[entities]") {
  Document doc = analysed("\"Hospitals are soft targets,\" he said. Services inflation stayed high.");
  CHECK(find(doc, "Hospitals") == nullptr);
  CHECK(find(doc, "Services") == nullptr);
  doc = analysed("The utility said crews would work through the night.");
  REQUIRE(find(doc, "the utility"));
  CHECK(find(doc, "the utility")->type == EntityType::Org);
}

TEST_CASE("'A spokeswoman for the company, Laura Kim,': the company is neither her name nor her affiliation",
          "[entities]") {
  Document doc = analysed("A spokeswoman for the company, Laura Kim, said there was no evidence of misuse.");
  const Entity* e = find(doc, "Laura Kim");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"spokeswoman for the company"});
  CHECK(e->affiliation.empty());
  CHECK(entity_named_by(doc, "the company") != "Laura Kim");
}

TEST_CASE("performers' titles: 'pop singer Maya Rowe' is the singer, and Mark Singer keeps his name", "[entities]") {
  Document doc = analysed(
      "Pop singer Maya Rowe has cancelled her tour. A representative for the singer said so. "
      "The actor Tom Hale said he was sad. Mark Singer wrote a book about it.");
  const Entity* e = find(doc, "Maya Rowe");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"singer"});
  CHECK(entity_named_by(doc, "the singer") == "Maya Rowe");
  REQUIRE(find(doc, "Tom Hale"));
  CHECK(find(doc, "Tom Hale")->titles == std::vector<std::string>{"actor"});
  CHECK(find(doc, "Mark Singer"));
}

TEST_CASE("a title word that is a surname ends a name: 'Charlie King' and 'Peter T. King'", "[entities]") {
  Document doc = analysed(
      "Charlie King said the group would focus on five states. \"That is 60 votes,\" Mr. King said. "
      "Representative Peter T. Bishop spoke. King Charles spoke. Former prime minister John Major said no.");
  CHECK(find(doc, "Charlie King"));
  CHECK(entity_named_by(doc, "King") == "Charlie King");
  CHECK(find(doc, "Peter T. Bishop"));
  CHECK(find(doc, "John Major"));
  CHECK(find(doc, "Charles"));
}

TEST_CASE("'Democrat of New York' names no person York", "[entities]") {
  Document doc = analysed("Senator Jo Park, Democrat of New York, said the bill would fail in the end.");
  CHECK(find(doc, "York") == nullptr);
  const Entity* e = find(doc, "Jo Park");
  REQUIRE(e);
  CHECK(std::find(e->titles.begin(), e->titles.end(), "Democrat of New York") != e->titles.end());
}

TEST_CASE("'David Ross, Veltra's chief financial officer' is of Veltra when Veltra Corp was named", "[entities]") {
  Document doc = analysed(
      "Veltra Corp. said profits rose. \"We remain careful,\" added David Ross, Veltra's chief "
      "financial officer. Hamas said in a statement that the talks had failed.");
  const Entity* e = find(doc, "David Ross");
  REQUIRE(e);
  CHECK(e->affiliation == "Veltra");
  REQUIRE(find(doc, "Hamas"));
  CHECK(find(doc, "Hamas")->type == EntityType::Org);
}

TEST_CASE("a one-word name read as a person's is an organisation's once it owns a company title", "[entities]") {
  Document doc = analysed("Lumora welcomed the ruling. Dan Okafor, Lumora's founder, wrote that it was a great day.");
  const Entity* e = find(doc, "Lumora");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  CHECK(e->rule == "entity.company-title-owner");
  doc = analysed("Okafor spoke first. Mr. Okafor's chief of staff left.");  // an honorific: a person
  e = find(doc, "Okafor");
  REQUIRE(e);
  CHECK(e->type == EntityType::Person);
}

TEST_CASE("capitalised words joined by '&' name an organisation, unless people follow it", "[entities]") {
  Document doc = analysed("Police raided Whitcombe & Sons on Friday. AT&T said it would appeal.");
  const Entity* e = find(doc, "Whitcombe & Sons");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  e = find(doc, "AT&T");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  doc = analysed("Rudy Giuliani & Sen. Jeff Sessions spoke on Monday.");
  CHECK(find(doc, "Rudy Giuliani"));
  CHECK(find(doc, "Jeff Sessions"));
}

TEST_CASE("'Owner Thomas Whitcombe': an owner's title, then 'the owner' is that person", "[entities]") {
  Document doc = analysed("Owner Thomas Whitcombe told the paper it would reopen. The owner said it was over.");
  const Entity* e = find(doc, "Thomas Whitcombe");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"Owner"});
  CHECK(e->mentions.size() == 2);
}

TEST_CASE("two capitalised words after a person's name and 'of' are where the person works", "[entities]") {
  Document doc = analysed("Political analyst Bruno Cautres of Sciences Po said the margin was narrow.");
  const Entity* e = find(doc, "Sciences Po");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  REQUIRE(find(doc, "Bruno Cautres"));
  CHECK(find(doc, "Bruno Cautres")->affiliation == "Sciences Po");
  doc = analysed("The show was the legacy of Mister Rogers, said Jane Roe of Main Street.");
  REQUIRE(find(doc, "Main Street"));
  CHECK(find(doc, "Main Street")->type == EntityType::Gpe);
  REQUIRE(find(doc, "Rogers"));  // "Mister" is an honorific
  CHECK(find(doc, "Rogers")->type == EntityType::Person);
}

TEST_CASE("a title surname ends the name before 'of': 'Rep. Peter King of New York'", "[entities]") {
  Document doc = analysed("Rep. Peter King of New York said the bill was dead.");
  const Entity* e = find(doc, "Peter King");
  REQUIRE(e);
  CHECK(e->affiliation == "New York");
  doc = analysed("King of Spain Felipe spoke on Monday.");  // a title still
  REQUIRE(find(doc, "Felipe"));
  CHECK(find(doc, "Felipe")->titles == std::vector<std::string>{"King of Spain"});
}

TEST_CASE("'the Italian said' is the subject named last, not a person in its object", "[entities]") {
  Document doc = analysed(
      "Chelsea manager Enzo Maresca was unhappy, insisting there had been a foul on Moises Caicedo.\n\n"
      "\"It is a clear foul,\" the Italian said.");
  const Entity* e = find(doc, "Enzo Maresca");
  REQUIRE(e);
  CHECK(e->mentions.size() == 2);
  doc = analysed(
      "By Tom Brennan\n\nMELBOURNE - Erik Halvorsen needed four hours, and the Norwegian admitted he was tired.");
  REQUIRE(find(doc, "Erik Halvorsen"));
  CHECK(find(doc, "Erik Halvorsen")->mentions.size() >= 2);
}

TEST_CASE("'the Saudis', 'the Chinese have' name a people, not one person", "[entities]") {
  Document doc =
      analysed("Barack Obama spoke. The Saudis have warned they could sell assets. The Chinese have built airstrips.");
  const Entity* e = find(doc, "the saudis");
  REQUIRE(e);
  CHECK(e->type == EntityType::Group);
  REQUIRE(find(doc, "the chinese"));
  REQUIRE(find(doc, "Barack Obama"));
  CHECK(find(doc, "Barack Obama")->mentions.size() == 1);
  doc = analysed("Amy Pope spoke. The U.S. is ready, officials said.");
  REQUIRE(find(doc, "Amy Pope"));
  CHECK(find(doc, "Amy Pope")->mentions.size() == 1);
}

TEST_CASE("'the general election', 'the general public' name no general", "[entities]") {
  Document doc = analysed("He looked ahead to the general election. The risk to the general public is low, he said.");
  CHECK(find(doc, "the general") == nullptr);
  doc = analysed("The general said the troops would stay.");
  CHECK(find(doc, "the general"));
}

TEST_CASE("a named fire is no person: 'the Darlene Fire had burned'", "[entities]") {
  Document doc = analysed("The Darlene Fire had burned 9,200 acres by Saturday, officials said.");
  const Entity* e = find(doc, "Darlene Fire");
  REQUIRE(e);
  CHECK(e->type == EntityType::Other);
}

TEST_CASE("names of places and bodies from the eleventh reading: lanes, teams, 'Magistrates' Court'", "[entities]") {
  Document doc = analysed(
      "Officers were called to Harehills Lane. Jo Hughes will appear before Leeds Magistrates' Court on "
      "Monday. Inspector Mark Swift, of the Homicide and Major Enquiry Team, said it was over. Most cases "
      "were in the Democratic Republic of Congo. Committee chair Cllr Ed Plowden said the lanes would help.");
  REQUIRE(find(doc, "Harehills Lane"));
  CHECK(find(doc, "Harehills Lane")->type == EntityType::Gpe);
  REQUIRE(find(doc, "Leeds Magistrates' Court"));
  CHECK(find(doc, "Leeds Magistrates' Court")->type == EntityType::Org);
  REQUIRE(find(doc, "Homicide and Major Enquiry Team"));
  CHECK(find(doc, "Homicide and Major Enquiry Team")->type == EntityType::Org);
  CHECK(find(doc, "Republic") == nullptr);
  CHECK(find(doc, "Ed Plowden"));
  doc = analysed("He chairs the Democrats' Senate campaign arm.");  // a known body after the possessive
  CHECK(find(doc, "Senate"));
}

TEST_CASE("'who chairs the committee' names no group of chairs", "[entities]") {
  Document doc = analysed("Dimie Ogoina, who chairs the emergency committee, said the spread was alarming.");
  CHECK(find(doc, "chairs") == nullptr);
}

TEST_CASE("'Sir Keir Starmer' is named without his honorific, and 'Sir Keir' is he", "[entities]") {
  Document doc = analysed("Sir Keir Starmer spoke on Wednesday. \"We are fixing it,\" Sir Keir told MPs.");
  const Entity* e = find(doc, "Keir Starmer");
  REQUIRE(e);
  CHECK(e->titles.empty());
  CHECK(e->mentions.size() == 2);
  CHECK(find(doc, "Keir") == nullptr);
}

TEST_CASE("'Hamas official Basem Naim': a known organisation employs the person named after a role noun",
          "[entities]") {
  Document doc = analysed("Hamas official Basem Naim said no deal was near.");
  const Entity* e = find(doc, "Basem Naim");
  REQUIRE(e);
  CHECK(e->affiliation == "Hamas");
  CHECK(e->titles == std::vector<std::string>{"Hamas official"});
  REQUIRE(find(doc, "Hamas"));
  CHECK(find(doc, "Hamas")->type == EntityType::Org);
  doc = analysed("Phil Musser of digital consulting firm IMGE said it was clear.");  // a firm is no role
  REQUIRE(find(doc, "Phil Musser"));
}

TEST_CASE("'the Department of Health and Social Care' is one organisation", "[entities]") {
  Document doc = analysed("The Department of Health and Social Care says it is recruiting more nurses.");
  const Entity* e = find(doc, "Department of Health and Social Care");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  CHECK(find(doc, "Social Care") == nullptr);
}

TEST_CASE("teams of a known place, sheriffs' offices and sports channels are organisations", "[entities]") {
  Document doc = analysed(
      "The Minnesota Vikings lost on Sunday, according to a news release from the Maricopa County Sheriff's "
      "Office. Sunil Gavaskar, speaking on Star Sports, questioned the decision. Georgia Williams said it was "
      "fine. Texas Democrats said no.");
  for (const char* name : {"Minnesota Vikings", "Maricopa County Sheriff's Office", "Star Sports"}) {
    INFO(name);
    REQUIRE(find(doc, name));
    CHECK(find(doc, name)->type == EntityType::Org);
  }
  REQUIRE(find(doc, "Georgia Williams"));
  CHECK(find(doc, "Georgia Williams")->type == EntityType::Person);
  CHECK(find(doc, "Texas Democrats") == nullptr);
}

TEST_CASE("'Anne' is a woman's first name: 'she said' after 'His daughter, Anne Moss,' is she", "[entities]") {
  Document doc = analysed(
      "Gerald Moss died on Friday.\n\nHis daughter, Anne Moss, said he had been ill. \"He knew everyone,\" she said.");
  const Entity* e = find(doc, "Anne Moss");
  REQUIRE(e);
  CHECK(e->gender == 'f');
  bool she = false;
  for (uint32_t m : e->mentions) she = she || doc.slice(doc.mentions[m].span) == "she";
  CHECK(she);
}

TEST_CASE("UN programmes are organisations and a named report is no person", "[entities]") {
  Document doc = analysed(
      "Emissions rose, the United Nations Environment Programme said. Its Emissions Gap Report found that "
      "emissions rose 1.3% last year.");
  REQUIRE(find(doc, "United Nations Environment Programme"));
  CHECK(find(doc, "United Nations Environment Programme")->type == EntityType::Org);
  REQUIRE(find(doc, "Emissions Gap Report"));
  CHECK(find(doc, "Emissions Gap Report")->type == EntityType::Other);
}

TEST_CASE("', who served as the governor's deputy chief,' gives the person a role, not a second person", "[entities]") {
  Document doc =
      analysed("Sara Klein, who served as the governor's deputy chief of staff, told jurors she had warned him.");
  const Entity* e = find(doc, "Sara Klein");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"governor's deputy chief"});
  CHECK(find(doc, "the governor's deputy chief") == nullptr);
  CHECK(find(doc, "the governor"));  // the possessor is someone else
}

TEST_CASE("'the Royal College of Emergency Medicine', 'the Ministry of Foreign Affairs' are organisations",
          "[entities]") {
  Document doc = analysed(
      "The Royal College of Emergency Medicine warned that waits were long. The Ministry of Foreign Affairs "
      "said no. US Department of State Spokesman Ned Price said yes.");
  for (const char* name : {"Royal College of Emergency Medicine", "Ministry of Foreign Affairs"}) {
    INFO(name);
    REQUIRE(find(doc, name));
    CHECK(find(doc, name)->type == EntityType::Org);
  }
  CHECK(find(doc, "Affairs") == nullptr);
  REQUIRE(find(doc, "Ned Price"));  // a title's head before a name: still a title
}

TEST_CASE("'the nonprofit Center for Auto Safety' is one organisation", "[entities]") {
  Document doc =
      analysed("Michael Brooks, executive director of the nonprofit Center for Auto Safety, called it weak.");
  REQUIRE(find(doc, "Center for Auto Safety"));
  CHECK(find(doc, "Center for Auto Safety")->type == EntityType::Org);
  CHECK(find(doc, "Auto Safety") == nullptr);
}

TEST_CASE("a known organisation and a word after it name a branch: 'BBC Cornwall', 'Reuters Breakingviews'",
          "[entities]") {
  Document doc =
      analysed("Ann Lee told BBC Cornwall the town was ready. Reuters Breakingviews said the deal was poor.");
  REQUIRE(find(doc, "BBC Cornwall"));
  CHECK(find(doc, "BBC Cornwall")->type == EntityType::Org);
  REQUIRE(find(doc, "Reuters Breakingviews"));
  CHECK(find(doc, "Reuters Breakingviews")->type == EntityType::Org);
}

TEST_CASE("no branch: a party's members, a title or a person after a known organisation", "[entities]") {
  Document doc = analysed(
      "Senate Republicans said the bill was dead. FBI Director Christopher Wray said it was ready. "
      "Gao Junlan said the plan worked.");
  CHECK(find(doc, "Senate Republicans") == nullptr);
  REQUIRE(find(doc, "Christopher Wray"));
  CHECK(find(doc, "Christopher Wray")->type == EntityType::Person);
  REQUIRE(find(doc, "Gao Junlan"));
  CHECK(find(doc, "Gao Junlan")->type == EntityType::Person);
}

TEST_CASE("a number completes a name: 'BBC Radio 4', 'Channel 4 News', 'Apollo 11', 'Artemis III'", "[entities]") {
  Document doc = analysed(
      "Ann Lee told BBC Radio 4 that taxes would fall. Jo Park told Channel 4 News the plan was "
      "flawed. The Artemis III mission slipped, officials said. Apollo 11 landed. Voters backed "
      "Proposition 22.");
  for (const char* name : {"BBC Radio 4", "Channel 4 News"}) {
    INFO(name);
    REQUIRE(find(doc, name));
    CHECK(find(doc, name)->type == EntityType::Org);
  }
  for (const char* name : {"Artemis III", "Apollo 11", "Proposition 22"}) {
    INFO(name);
    REQUIRE(find(doc, name));
    CHECK(find(doc, name)->type == EntityType::Other);
  }
}

TEST_CASE("'according to data compiled by LSEG': the source is the data, not 'compiled'", "[entities]") {
  Document doc = analysed("Markets price in three cuts, according to data compiled by LSEG.");
  REQUIRE(!doc.quotes.empty());
  REQUIRE(doc.quotes[0].speaker_mention);
  CHECK(doc.slice(*doc.quotes[0].speaker_mention) == "data");
}

TEST_CASE("a particle joined to a name belongs to it: 'Majed al-Ansari', 'Abdel Fattah el-Sisi'", "[entities]") {
  Document doc = analysed(
      "The spokesman, Majed al-Ansari, told reporters that talks went on. "
      "President Abdel Fattah el-Sisi said Egypt would help.");
  for (const char* name : {"Majed al-Ansari", "Abdel Fattah el-Sisi"}) {
    INFO(name);
    REQUIRE(find(doc, name));
    CHECK(find(doc, name)->type == EntityType::Person);
  }
}

TEST_CASE("'Forward Marcus Hale' is titled, and 'al-Shabaab' is an organisation", "[entities]") {
  Document doc = analysed("Forward Marcus Hale signed a new deal. Al-Shabaab said it carried out the attack.");
  REQUIRE(find(doc, "Marcus Hale"));
  CHECK(find(doc, "Marcus Hale")->titles == std::vector<std::string>{"Forward"});
  REQUIRE(find(doc, "al-Shabaab"));
  CHECK(find(doc, "al-Shabaab")->type == EntityType::Org);
}

TEST_CASE("a name written only before an organisation word names that organisation: 'the Nurses United union'",
          "[entities]") {
  Document doc = analysed("Members of the Nurses United union have voted to accept the offer.");
  REQUIRE(find(doc, "Nurses United"));
  CHECK(find(doc, "Nurses United")->type == EntityType::Org);
  doc = analysed("Critics attacked the Ann Lee campaign. Ann Lee said she would win.");
  REQUIRE(find(doc, "Ann Lee"));
  CHECK(find(doc, "Ann Lee")->type == EntityType::Person);
}

TEST_CASE("a name after a kind of organisation and a preposition: 'according to research firm Counterpoint'",
          "[entities]") {
  Document doc = analysed("Its share fell to 15% last year, according to research firm Counterpoint.");
  REQUIRE(find(doc, "Counterpoint"));
  CHECK(find(doc, "Counterpoint")->type == EntityType::Org);
}

TEST_CASE("a title alone before a cue in the headline is the one person with that title", "[entities]") {
  Document doc = analysed("Mayor says city faces shortfall\n\nThe city faces a shortfall, Mayor Dana Ruiz says.");
  REQUIRE(!doc.quotes.empty());
  REQUIRE(doc.quotes[0].speaker >= 0);
  CHECK(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name == "Dana Ruiz");
  doc = analysed("Mayor says city faces shortfall\n\nMayor Dana Ruiz and former Mayor Tom Bell disagree.");
  REQUIRE(!doc.quotes.empty());
  CHECK(doc.quotes[0].speaker == -1);
}

TEST_CASE("'developer Victor Crane': a first name after a kind of organisation names a person", "[entities]") {
  Document doc = analysed("A former aide to developer Victor Crane told jurors that he shredded invoices.");
  bool person = false;
  for (const auto& e : doc.entities)
    if (e.name == "Victor Crane") person = e.type == EntityType::Person;
  CHECK(person);
}

TEST_CASE("a name given to a kind of organisation: 'a company called Cambridge Analytica'", "[entities]") {
  Document doc = analysed("The campaign paid a company called Cambridge Analytica. It calls the data profiles.");
  const Entity* e = find(doc, "Cambridge Analytica");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  doc = analysed("The campaign hired a consultant named Dana Whitfield.");
  e = find(doc, "Dana Whitfield");
  REQUIRE(e);
  CHECK(e->type == EntityType::Person);
}

TEST_CASE("a name after a possessive and a kind of organisation: 'the dockworkers' union FNV Havens'", "[entities]") {
  Document doc = analysed("The port rejected a demand from the dockworkers' union FNV Havens on Thursday.");
  const Entity* e = find(doc, "FNV Havens");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
}

TEST_CASE("'the country's health minister' is the health minister of the country named before", "[entities]") {
  Document doc = analysed(
      "Romania reported the most cases. The country's health minister, Alexandru Rafila, said hospitals were "
      "coping.");
  const Entity* e = find(doc, "Alexandru Rafila");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"health minister"});
  CHECK(e->affiliation == "Romania");
}

TEST_CASE("'Friedrich Merz, the conservative leader expected to become chancellor,': his title, and he", "[entities]") {
  Document doc = analysed(
      "Friedrich Merz, the conservative leader expected to become chancellor, told reporters that he was "
      "confident.");
  const Entity* e = find(doc, "Friedrich Merz");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"conservative leader"});
  CHECK(find(doc, "chancellor") == nullptr);
  CHECK(e->mentions.size() == 3);  // the name, the apposition and "he"
}

TEST_CASE("'he' or 'she' is never a counted nominal: '10 percent', 'two officials'", "[entities]") {
  Document doc =
      analysed("Ellen Park said humidity would drop below 10 percent on Monday, which she described as \"bad\".");
  const Entity* park = find(doc, "Ellen Park");
  REQUIRE(park);
  CHECK(park->mentions.size() == 2);  // the name and "she"
  doc = analysed("Ellen Park met two officials on Monday, and she said the talks went well.");
  park = find(doc, "Ellen Park");
  REQUIRE(park);
  CHECK(park->mentions.size() == 2);
}

TEST_CASE("professions of weather and science as titles: 'Forecaster Ellen Park'", "[entities]") {
  Document doc = analysed("Forecaster Ellen Park said humidity would drop. Seismologist Lucy Jones agreed.");
  const Entity* park = find(doc, "Ellen Park");
  REQUIRE(park);
  CHECK(park->titles == std::vector<std::string>{"Forecaster"});
  const Entity* jones = find(doc, "Lucy Jones");
  REQUIRE(jones);
  CHECK(jones->titles == std::vector<std::string>{"Seismologist"});
}

TEST_CASE("an apposition's title may open with lower-case modifiers: 'global head of macro at ING'", "[entities]") {
  Document doc = analysed("Carsten Brzeski, global head of macro at ING, said the ECB had acted.");
  const Entity* e = find(doc, "Carsten Brzeski");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"global head of macro at ING"});
  doc = analysed("John Weingart, associate director of the Eagleton Institute, said turnout was low.");
  e = find(doc, "John Weingart");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"associate director of the Eagleton Institute"});
  // A list goes on after "and": the next person's title is not the first's.
  doc = analysed("He backed Sen. Ted Cruz, R-Texas, and former Hewlett-Packard CEO Carly Fiorina.");
  e = find(doc, "Ted Cruz");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"Sen."});
}

TEST_CASE("'Council member Aisha Chughtai': member is a title's head", "[entities]") {
  Document doc = analysed("Council member Aisha Chughtai said the freeze would give families breathing room.");
  const Entity* e = find(doc, "Aisha Chughtai");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"Council member"});
}

TEST_CASE("hyphenated title heads: 'co-chair of the BMA junior doctors committee'", "[entities]") {
  Document doc = analysed("Robert Laurenson, co-chair of the BMA junior doctors committee, said pay had fallen.");
  const Entity* e = find(doc, "Robert Laurenson");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"co-chair of the BMA junior doctors committee"});
}

TEST_CASE("a publication named after its kind is an organisation: 'the journal Nature Medicine'", "[entities]") {
  Document doc = analysed("The findings were published in the journal Nature Medicine on Monday.");
  const Entity* e = find(doc, "Nature Medicine");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
}

TEST_CASE("an organisation's name goes on through 'for the' and 'of' after it", "[entities]") {
  Document doc = analysed(
      "According to the Kiel Institute for the World Economy, the subsidies were large. The Institute for the "
      "Study of War said the front held, and the U.S. District Court for the District of Columbia agreed.");
  for (const char* name : {"Kiel Institute for the World Economy", "Institute for the Study of War",
                           "U.S. District Court for the District of Columbia"}) {
    INFO(name);
    const Entity* e = find(doc, name);
    REQUIRE(e);
    CHECK(e->type == EntityType::Org);
  }
  CHECK_FALSE(find(doc, "World Economy"));
}

TEST_CASE("an industry word ends a company's name: 'Collins Aerospace', 'Vertex Therapeutics'", "[entities]") {
  Document doc = analysed(
      "Collins Aerospace, which provides the software, said it was working on a fix. Vertex Therapeutics "
      "said its trial had ended.");
  for (const char* name : {"Collins Aerospace", "Vertex Therapeutics"}) {
    INFO(name);
    const Entity* e = find(doc, name);
    REQUIRE(e);
    CHECK(e->type == EntityType::Org);
  }
}

TEST_CASE("'MP' and 'MEP' are titles: 'Labour MP Clive Lewis'", "[entities]") {
  Document doc = analysed("Labour MP Clive Lewis said the firm should be nationalised. Green MEP Ann Lee agreed.");
  const Entity* lewis = find(doc, "Clive Lewis");
  REQUIRE(lewis);
  CHECK(lewis->titles == std::vector<std::string>{"Labour MP"});
  const Entity* lee = find(doc, "Ann Lee");
  REQUIRE(lee);
  CHECK(lee->titles == std::vector<std::string>{"Green MEP"});
}

TEST_CASE("a possessive before an organisation's name opens it as 'the' does", "[entities]") {
  Document doc = analysed(
      "Trump's Department of Health and Human Services said no. The city's Center for Urban Studies and "
      "Research disagreed, and Congress's Joint Committee on Taxation projected a loss.");
  for (const char* name : {"Department of Health and Human Services", "Center for Urban Studies and Research",
                           "Joint Committee on Taxation"}) {
    INFO(name);
    const Entity* e = find(doc, name);
    REQUIRE(e);
    CHECK(e->type == EntityType::Org);
  }
}

TEST_CASE("'Member' after an organisation word and before a name is a title: 'Council Member Brad Lander'", "[entities]") {
  Document doc = analysed("Council Member Brad Lander said the building was unsafe. EU Member States disagreed.");
  const Entity* e = find(doc, "Brad Lander");
  REQUIRE(e);
  CHECK(e->titles == std::vector<std::string>{"Council Member"});
  CHECK_FALSE(find(doc, "States"));
}

TEST_CASE("a word in -ing opening a sentence is no part of a name: 'Addressing MPs in the Commons'", "[entities]") {
  Document doc = analysed(
      "The Prime Minister, Keir Starmer, spoke first. Addressing MPs in the Commons on Tuesday, Sir Keir said the "
      "money would come from cuts. Celebrating Clinton, her aides cheered.");
  CHECK_FALSE(find(doc, "Addressing MPs"));
  CHECK_FALSE(find(doc, "Celebrating Clinton"));
  const Entity* e = find(doc, "Keir Starmer");
  REQUIRE(e);
  CHECK(e->mentions.size() >= 2);
}

TEST_CASE("'one of' names a person only before people, and a nominal stops at a preposition", "[entities]") {
  Document doc = analysed(
      "Police arrested a man on suspicion of planning an attack on one of the shows. Investigators said he had "
      "pledged allegiance to the group. One of them said he was quiet.");
  CHECK_FALSE(find(doc, "an attack on one"));
  for (const auto& e : doc.entities) CHECK(e.name.find(" on ") == std::string::npos);
  const Entity* one = find(doc, "one");
  REQUIRE(one);
  REQUIRE(one->mentions.size() >= 1);
  CHECK(doc.slice(doc.mentions[one->mentions[0]].span) == "One");  // of them, not of the shows
}

TEST_CASE("one word after 'the' that owns an organisation word is part of its name: 'the Alzheimer's Association'", "[entities]") {
  Document doc = analysed(
      "The Alzheimer's Association welcomed the findings. The Senate's Judiciary Committee did not.");
  const Entity* e = find(doc, "Alzheimer's Association");
  REQUIRE(e);
  CHECK(e->type == EntityType::Org);
  CHECK_FALSE(find(doc, "Senate's Judiciary Committee"));
}

TEST_CASE("'El', 'Fort', 'Port', 'Mount' and 'Lake' open two-word places", "[entities]") {
  Document doc = analysed("The hearing was in El Paso. He grew up near Fort Worth and swam in Lake Erie.");
  for (const char* name : {"El Paso", "Fort Worth", "Lake Erie"}) {
    INFO(name);
    const Entity* e = find(doc, name);
    REQUIRE(e);
    CHECK(e->type == EntityType::Gpe);
  }
}

TEST_CASE("'some of' a plural that no list knows names people before a verb", "[entities]") {
  Document doc = analysed("Some of the operatives have been poring over polling data. One of the attendees spoke.");
  const Entity* some = find(doc, "some");
  REQUIRE(some);
  CHECK(some->type == EntityType::Person);
}
