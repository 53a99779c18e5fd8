#include <catch2/catch.hpp>

#include "test_util.h"

using namespace whosaid;
using namespace whosaid::test;

namespace {

struct Found {
  std::string text, type, value, mod;
};

std::vector<Found> dates_of(const std::string& text, std::optional<std::string> dct = "2022-02-02") {
  Document doc = make_document(text);
  doc.dct = std::move(dct);
  Pipeline(shared_default_rules(), StageSelection{false, true, false, false}).run(doc);
  std::vector<Found> out;
  for (const auto& d : doc.dates) out.push_back({std::string(doc.slice(d.span)), to_string(d.type), d.value, d.mod});
  return out;
}

Found only(const std::string& text, std::optional<std::string> dct = "2022-02-02") {
  auto found = dates_of(text, std::move(dct));
  INFO(text);
  REQUIRE(found.size() == 1);
  return found[0];
}

}  // namespace

TEST_CASE("absolute dates", "[dates]") {
  CHECK(only("It opened on January 25, 2022.").value == "2022-01-25");
  CHECK(only("It opened on 25 Jan 2022.").value == "2022-01-25");
  CHECK(only("It opened on 2022-01-25.").value == "2022-01-25");
  CHECK(only("It opened on Jan. 25 after a delay.").value == "2022-01-25");
  CHECK(only("It opened in March 2008.").value == "2008-03");
  CHECK(only("It grew in the 1990s.").value == "199");
  CHECK(only("It began in the 19th century.").value == "18");
  CHECK(only("It began in 1989.").value == "1989");
}

TEST_CASE("a date without a year takes the last year the text named", "[dates]") {
  auto found = dates_of("The war began in 1914. On 28 June the archduke was shot.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "1914-06-28");
}

TEST_CASE("relative dates resolve against the publication date", "[dates]") {
  CHECK(only("He spoke on Tuesday.").value == "2022-02-01");  // dct is a Wednesday
  CHECK(only("He spoke yesterday.").value == "2022-02-01");
  CHECK(only("He spoke last month.").value == "2022-01");
  CHECK(only("They meet next year.").value == "2023");
  CHECK(only("He spoke two weeks ago.").value == "2022-W03");
  CHECK(only("Talks continue this week.").value == "2022-W05");
}

TEST_CASE("direction: past reporting looks back, the future looks ahead", "[dates]") {
  CHECK(only("They met on Monday.").value == "2022-01-31");
  CHECK(only("They will meet on Monday.").value == "2022-02-07");
  CHECK(only("The law passed in March.").value == "2021-03");
  CHECK(only("The law will pass in March.").value == "2022-03");
  CHECK(only("The office closed in January.").value == "2022-01");
}

TEST_CASE("without a publication date values stay underspecified", "[dates]") {
  CHECK(only("He spoke on Tuesday.", std::nullopt).value == "XXXX-WXX-2");
  CHECK(only("He spoke yesterday.", std::nullopt).value == "PAST_REF");
  CHECK(only("It opened on Jan. 25 after a delay.", std::nullopt).value == "XXXX-01-25");
}

TEST_CASE("fuzzy dates carry a mod", "[dates]") {
  Found late = only("The call took place late in 2021.");
  CHECK(late.value == "2021");
  CHECK(late.mod == "END");
  Found early = only("Prices fell in the early 1990s.");
  CHECK(early.value == "199");
  CHECK(early.mod == "START");
  Found end = only("It ends at the end of the year.");
  CHECK(end.value == "2022");
  CHECK(end.mod == "END");
  CHECK(only("It closes by the end of next year.").value == "2023");
  CHECK(only("It began at the start of last month.").value == "2022-01");
  CHECK(only("They spoke within recent weeks.").value == "PAST_REF");
  CHECK(only("He is currently abroad.").value == "PRESENT_REF");
}

TEST_CASE("quarters of a year", "[dates]") {
  CHECK(only("Sales fell in the first quarter of 2009.").value == "2009-Q1");
  CHECK(only("Sales fell in the third quarter of last year.").value == "2021-Q3");
  CHECK(only("Third-quarter sales fell.").value == "2022-Q3");
  CHECK(only("Sales for Q4 2020 fell.").value == "2020-Q4");
  CHECK(dates_of("He scored in the second half.").empty());
}

TEST_CASE("the 25th takes the month and year last named", "[dates]") {
  auto found = dates_of("In March they agreed to meet on the 25th.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "2021-03-25");
}

TEST_CASE("approximate amounts and bounds carry a mod", "[dates]") {
  Found approx = only("It took about three years.");
  CHECK(approx.value == "P3Y");
  CHECK(approx.mod == "APPROX");
  CHECK(only("It took more than two weeks.").mod == "MORE_THAN");
  Found since = only("It has been so since 2019.");
  CHECK(since.text == "2019");
  CHECK(since.mod == "ON_OR_AFTER");
  CHECK(only("Before 2020 it was fine.").mod == "BEFORE");
}

TEST_CASE("times", "[dates]") {
  Found clock = only("The vote is at 3 p.m. sharp.");
  CHECK(clock.type == "TIME");
  CHECK(clock.value == "2022-02-02T15:00");
  CHECK(only("They met on Tuesday morning.").value == "2022-02-01TMO");
  CHECK(only("It ended at midnight.").value == "2022-02-02T24:00");
}

TEST_CASE("durations", "[dates]") {
  Found d = only("He served for three years.");
  CHECK(d.type == "DURATION");
  CHECK(d.value == "P3Y");
  CHECK(only("The strike lasted two weeks.").value == "P2W");
  CHECK(only("It took five hours.").value == "PT5H");
  CHECK(only("It took a decade.").value == "P10Y");
}

TEST_CASE("sets", "[dates]") {
  Found every = only("The council meets every Tuesday.");
  CHECK(every.type == "SET");
  CHECK(every.value == "XXXX-WXX-2");
  CHECK(only("The report is published annually.").value == "P1Y");
  CHECK(only("They meet twice a week.").value == "P1W");
}

TEST_CASE("not dates", "[dates]") {
  CHECK(dates_of("Prices may rise, and the unions march on the capital.").empty());
  CHECK(dates_of("The cat sat on half, or 1/2, of the mat.").empty());
  CHECK(dates_of("The council voted 7-2 against it.").empty());
  CHECK(dates_of("Your email address will not be published.").empty());
  CHECK(dates_of("He joined the daily press briefing.").empty());
  CHECK(dates_of("Veterans of the Second World War gathered.").empty());
}

TEST_CASE("a dateline gives the publication date", "[dates]") {
  Document doc = make_document("Talks resume\nMarch 01, 2008\nThe sides met on Tuesday.");
  Pipeline(shared_default_rules()).run(doc);
  REQUIRE(doc.dct == "2008-03-01");
  REQUIRE(doc.dates.size() == 2);
  CHECK(doc.dates[1].value == "2008-02-26");
}

TEST_CASE("a wire dateline or a labelled line gives the publication date", "[dates]") {
  auto dct_of = [](const std::string& text) {
    Document doc = make_document(text);
    Pipeline(shared_default_rules()).run(doc);
    return doc.dct.value_or("none");
  };
  CHECK(dct_of("Fire spreads\n\nDENVER (Sept. 14, 2025) \xE2\x80\x94 Crews fought a fire on Sunday.") == "2025-09-14");
  CHECK(dct_of("FRANKFURT, March 6, 2024 (Reuters) - The bank held rates on Thursday.") == "2024-03-06");
  CHECK(dct_of("Rents frozen\nPublished: June 3, 2023\nThe council voted on Thursday.") == "2023-06-03");
  CHECK(dct_of("Updated: June 3, 2023 10:32 a.m. ET\nThe council voted on Thursday.") == "2023-06-03");
  CHECK(dct_of("Strike looms\nPublished 12 January 2024\nDoctors walked out on Thursday.") == "2024-01-12");
  CHECK(dct_of("Flights cancelled\nUpdated 9:41 a.m. ET, July 19, 2024\nAirlines grounded flights on Friday.") ==
        "2024-07-19");
  CHECK(dct_of("Strike looms\nWalkout 12 January 2024\nDoctors walked out on Thursday.") == "none");
  // An event's date in the first sentence, or after a colon in a sentence, is no publication date.
  CHECK(dct_of("On March 6, 2024, the bank held rates.") == "none");
  CHECK(dct_of("BERLIN (Reuters) - The talks of March 6, 2024 failed.") == "none");
  CHECK(dct_of("The plan was simple: March 6, 2024 would be the day the bank acted.") == "none");
}

TEST_CASE("a quote is dated by the date of its speech event", "[dates][quotes]") {
  Document doc = make_document("The bridge will reopen in May, Minister Ana Costa said on Monday.");
  doc.dct = "2022-02-02";
  Pipeline(shared_default_rules()).run(doc);
  REQUIRE(doc.quotes.size() == 1);
  REQUIRE(doc.quotes[0].date >= 0);
  CHECK(doc.dates[static_cast<size_t>(doc.quotes[0].date)].value == "2022-01-31");
}

TEST_CASE("a month and day without a year after a future marker lies after the dct", "[dates]") {
  CHECK(only("He is due to speak again on Jan. 5.", "2022-11-11").value == "2023-01-05");
  CHECK(only("He spoke on Jan. 5.", "2022-11-11").value == "2022-01-05");
  CHECK(only("He will speak on Dec. 5.", "2022-11-11").value == "2022-12-05");
}

TEST_CASE("a month after 'by' is a deadline: not in the year before the publication date", "[dates]") {
  CHECK(only("A deal could be found by December.", "2023-10-06").value == "2023-12");
  CHECK(only("A deal was found in December.", "2023-10-06").value == "2022-12");
  CHECK(only("The plan was approved by March.", "2023-10-06").value == "2023-03");
  CHECK(only("The plan will be approved by March.", "2023-10-06").value == "2024-03");
}

TEST_CASE("seasons: with a year, a direction, or the year the text last named", "[dates]") {
  CHECK(only("She said no last spring.", "2024-06-10").value == "2024-SP");
  CHECK(only("She said no last summer.", "2024-06-10").value == "2023-SU");
  CHECK(only("It will be cold this winter.", "2024-01-15").value == "2023-WI");
  CHECK(only("The plant opens next summer.", "2024-06-10").value == "2025-SU");
  auto found = dates_of("In the summer of 1776 the army marched; in the winter it rested.", "2024-06-10");
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "1776-SU");
  CHECK(found[1].value == "1776-WI");
  Found early = only("Cases rose in early spring 2020.", "2024-06-10");
  CHECK(early.value == "2020-SP");
  CHECK(early.mod == "START");
  CHECK(dates_of("Prices fall when rates rise.", "2024-06-10").empty());
}

TEST_CASE("'as soon as March' is a deadline too", "[dates]") {
  CHECK(only("Markets expect a cut as soon as March.", "2024-01-31").value == "2024-03");
}

TEST_CASE("'ahead of' points forward: 'ahead of Sunday's match'", "[dates]") {
  CHECK(only("He spoke ahead of Sunday's match.").value == "2022-02-06");  // dct is a Wednesday
  CHECK(only("He spoke after Sunday's match.").value == "2022-01-30");
}

TEST_CASE("a modifier before a relative unit, and half years", "[dates]") {
  Found early = only("He will travel early next month.");
  CHECK(early.value == "2022-03");
  CHECK(early.mod == "START");
  Found late = only("Sales fell late last year.");
  CHECK(late.value == "2021");
  CHECK(late.mod == "END");
  CHECK(only("Prices rose in the first half of the year.").value == "2022-H1");
  CHECK(only("Growth will slow in the second half of 2023.").value == "2023-H2");
  CHECK(only("Profits fell in the second half of last year.").value == "2021-H2");
  CHECK(only("The third quarter of 2009 was bad.").value == "2009-Q3");
}

TEST_CASE("'would' in reported speech points forward: 'said the law would take effect on Jan. 1'", "[dates]") {
  CHECK(only("The minister said the law would take effect on Jan. 1.").value == "2023-01-01");
  CHECK(only("He said the vote would take place in December.").value == "2022-12");
}

TEST_CASE("a future word in the clause 'that' opens does not move the date before it", "[dates]") {
  // The dct is Wednesday 2022-02-02.
  CHECK(only("Ann Lee warned on Tuesday that cutting rates would be a mistake.").value == "2022-02-01");
  CHECK(only("Ann Lee said the meeting would be on Tuesday.").value == "2022-02-08");
}

TEST_CASE("a sentence about the future does not take a year of the recent past", "[dates]") {
  auto found = dates_of("Rates have been high since July 2021. The next meeting will be on Sept. 17.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "2022-09-17");
  found = dates_of("He took bribes between 2016 and 2020. He is scheduled to be sentenced on Dec. 14.", "2024-11-29");
  REQUIRE(found.size() == 3);
  CHECK(found[2].value == "2024-12-14");
}

TEST_CASE("a weekday after 'by' or 'until' is the next one: 'possibly by Thursday'", "[dates]") {
  // The dct is Wednesday 2022-02-02.
  Found by = only("Another storm could arrive, possibly by Monday.");
  CHECK(by.value == "2022-02-07");
  CHECK(only("Schools are closed until Friday.").value == "2022-02-04");
  CHECK(only("The storm hit on Monday.").value == "2022-01-31");
}

TEST_CASE("a month in a past aside is not moved by the future of the clause around it", "[dates]") {
  auto dates = dates_of("The bank, which ended negative rates in March, is expected to raise rates again in December.",
                        "2024-11-29");
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].value == "2024-03");
  CHECK(dates[1].value == "2024-12");
}

TEST_CASE("'the following year' counts from the year the text named last", "[dates]") {
  auto found = dates_of("She moved to Leeds in 1958 and began nursing the following year.", "2024-11-18");
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "1959");
  CHECK(only("Prices will rise next year.", "2024-11-18").value == "2025");
}

TEST_CASE("'more than expected' is no future. a future word eight words back is", "[dates]") {
  CHECK(only("Inflation fell more than expected in April, figures showed.", "2024-05-22").value == "2024-04");
  CHECK(only("Halvorsen will face Australia's Liam Carter on Tuesday.", "2025-01-19").value == "2025-01-21");
}

TEST_CASE("'the fall' alone is a drop, 'in the fall' a season. 'a June cut' is the nearest June", "[dates]") {
  CHECK(dates_of("Lower energy bills drove most of the fall.").empty());
  CHECK(only("The vote was held in the fall.").value == "2021-FA");
  CHECK(only("Economists warned that a June cut was far from certain.", "2024-05-22").value == "2024-06");
  CHECK(only("The bank held rates at its July meeting.", "2024-05-22").value == "2023-07");
}

TEST_CASE("an age is a duration that holds its 'old': '18 years old', 'the 24-year-old'", "[dates]") {
  CHECK(only("He was 18 years old then.").text == "18 years old");
  Found age = only("The 24-year-old won the final.");
  CHECK(age.text == "24-year-old");
  CHECK(age.value == "P24Y");
}

TEST_CASE("a duration keeps a fraction: '1.5 years', 'two and a half years', 'half a century'", "[dates]") {
  CHECK(only("The talks dragged on for 1.5 years.").value == "P1.5Y");
  CHECK(only("It lasted almost two and a half years.").value == "P2.5Y");
  CHECK(only("The dam has stood for half a century.").value == "P50Y");
  CHECK(only("The hearing ended half an hour later.").value == "PT30M");
  CHECK(only("She was 22.8 years old.").value == "P22.8Y");
  CHECK(only("It took three decades.").value == "P30Y");
  CHECK(only("It took several years.").value == "PXY");
}

TEST_CASE("a present tense that schedules points ahead: 'The second Test begins on Thursday'", "[dates]") {
  CHECK(only("The second Test begins in Pune on Thursday.", "2024-10-14").value == "2024-10-17");
  CHECK(only("The trial continues on Wednesday.", "2024-10-14").value == "2024-10-16");
  CHECK(only("The trial continued on Wednesday.", "2024-10-14").value == "2024-10-09");
}

TEST_CASE("an amount beyond any calendar is unspecified, not an overflow", "[dates]") {
  CHECK(only("It lasted 99999999999999999999999999999999 years.").value == "PXY");
  CHECK(only("It happened 99999999999999 years ago.").value == "PAST_REF");
}

TEST_CASE("'the BBC's Today programme' and 'USA Today' name no day", "[dates]") {
  CHECK(dates_of("She told the BBC's Today programme that taxes would fall.").empty());
  CHECK(dates_of("USA Today reported the news.").empty());
  CHECK(only("Today the minister resigned.").value == "2022-02-02");
}

TEST_CASE("a decimal amount is no clock time, and 'quarter-point' no quarter of a year", "[dates]") {
  CHECK(dates_of("The number dropped to 7.54 million.").empty());
  CHECK(dates_of("It rose 2.35 in late trading.").empty());
  CHECK(dates_of("Markets price in three quarter-point cuts.").empty());
  CHECK(only("Polls close at 8.30 in the evening.").value == "2022-02-02T08:30");
}

TEST_CASE("'the past decade' is a span of ten years, 'the' included", "[dates]") {
  Found d = only("Sales grew over the past decade.");
  CHECK(d.text == "the past decade");
  CHECK(d.type == "DURATION");
  CHECK(d.value == "P10Y");
  CHECK(only("Prices rose in the past century.").value == "P100Y");
  CHECK(only("It fell 3% in the past year.").value == "P1Y");
  CHECK(only("They met in the past week.").value == "P1W");
}

TEST_CASE("'six straight days', 'a second consecutive day': a word between a number and its unit", "[dates]") {
  Found d = only("Stocks fell the past five trading days.");
  CHECK(d.text == "the past five trading days");
  CHECK(d.value == "P5D");
  CHECK(only("Stocks fell for six straight days.").value == "P6D");
  d = only("Markets stayed closed for a second consecutive day.");  // dct 2022-02-02
  CHECK(d.text == "a second consecutive day");
  CHECK(d.type == "DATE");
  CHECK(d.value == "2022-02-02");
}

TEST_CASE("digits inside a number are no year: '$4.1556 per share'", "[dates]") {
  CHECK(dates_of("The offer is $4.1556 per share.").empty());
  CHECK(dates_of("The index closed at 3.2019 points.").empty());
  CHECK(only("Sales fell in 2008.").value == "2008");
}

TEST_CASE("a year after 'since' is a point of comparison, not the year a later month takes", "[dates]") {
  auto found = dates_of("Unemployment is the highest since 1983. Jobs were lost in February.", "2009-04-03");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "1983");
  CHECK(found[1].value == "2009-02");
}

TEST_CASE("'the next day' is the day after the date the text named last", "[dates]") {
  auto found = dates_of("He was arrested on Monday and charged the next day.");  // dct Wednesday 2022-02-02
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2022-01-31");
  CHECK(found[1].text == "the next day");
  CHECK(found[1].value == "2022-02-01");
  found = dates_of("The siege began on 12 March 1862. The following day the fleet sailed.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "1862-03-13");
  CHECK(only("The next meeting is on Monday.").value == "2022-02-07");
}

TEST_CASE("'the day before' where its clause ends, but not 'the day after the battle'", "[dates]") {
  auto found = dates_of("The deal was signed on March 3, 2020, and announced the day after.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "the day after");
  CHECK(found[1].value == "2020-03-04");
  CHECK(only("The deal was signed the day before.").value == "2022-02-01");
  CHECK(dates_of("He left the day after the battle.").empty());
}

TEST_CASE("'over the weekend': the last weekend, or the next one in a sentence about the future", "[dates]") {
  Found d = only("Talks continued over the weekend.");  // dct Wednesday 2022-02-02
  CHECK(d.text == "the weekend");
  CHECK(d.value == "2022-W04-WE");
  CHECK(only("Talks will resume over the weekend.").value == "2022-W05-WE");
  CHECK(only("Talks continued over the weekend.", std::nullopt).value == "XXXX-WXX-WE");
}

TEST_CASE("'ABC's This Week' names a show, not the week", "[dates]") {
  CHECK(dates_of("\"We won,\" Trump told ABC's This Week.").empty());
  CHECK(only("This Week the council will vote.").value == "2022-W05");
}

TEST_CASE("a season in a sentence about the future does not take a year of the recent past", "[dates]") {
  auto found =
      dates_of("Cases rose from 941 in 2022. The minister said the outbreak will last into the summer.", "2024-01-23");
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "2024-SU");
  found = dates_of("The war began in 1914. In the summer the armies stalled.", "2024-01-23");
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == "1914-SU");
}

TEST_CASE("'slated to close before the November election' speaks of the future", "[dates]") {
  CHECK(only("Polling places were slated to close before the November election.", "2024-08-17").value == "2024-11");
}
