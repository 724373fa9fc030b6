#pragma once
// The papers of `vap papers` (the kenesh's decision, the head's order, the hearing pack, the
// monitoring group): Markdown from the Mustache templates templates/reports/paper_*.md.mustache
// (overridable with --templates DIR, so that a municipality words them its own way), then a
// printable A4 HTML page (paper.html.mustache) or a Word document (vap/docx.hpp).
//
// A blank for the official to fill (a number, a date, a place the data does not hold) is a run
// of underscores in the templates and labels; the Markdown escapes it (`\_`) so that no viewer
// reads it as emphasis, the HTML marks it (span.blank) and the Word document highlights it.
#include "vap/official.hpp"
#include "vap/papers.hpp"
#include "vap/render.hpp"

#include <string>
#include <string_view>

namespace vap {

enum class PaperFormat { md, html, docx };

struct PaperOptions {
  Lang lang = Lang::ky;
  PaperFormat format = PaperFormat::md;
  std::string templates_dir;
};

// The paper: Markdown or HTML text, or the .docx file's bytes.
std::string render_paper(const Municipality& m, PaperKind kind, const PaperOptions& options);

// The paper's Markdown.
std::string paper_markdown(const Municipality& m, PaperKind kind, Lang lang,
                           const std::string& templates_dir);

// The Mustache data of each paper (render_decision.cpp, render_order.cpp, render_hearing.cpp,
// render_monitoring_group.cpp).
Data decision_data(const DecisionPaper& paper, Lang lang);
Data order_data(const OrderPaper& paper, Lang lang);
Data hearing_data(const HearingPaper& paper, Lang lang);
Data monitoring_group_data(const MonitoringGroupPaper& paper, Lang lang);

// ---- shared by the papers' data (render_decision.cpp, render_order.cpp, ...) ----

// The Mustache data every paper starts from: its letterhead (municipality, district and region)
// and `lang`.
Data paper_data(const PaperHeader& header, Lang lang);

// `text` with a sentence's period after an abbreviation's made one: "Жумабаев К.." → "Жумабаев
// К." (an ellipsis stays).
std::string one_period(std::string text);

// A label with {} placeholders filled in, after choosing its ICU plural forms by the numbers
// among `args` ("{0, plural, one {человек} few {человека} other {человек}}").
template <typename... Args> std::string paper_fmt(Lang lang, std::string_view key, Args&&... args) {
  const std::string text = expand_plurals(lang, label(lang, key), {detail::as_number(args)...});
  try {
    return one_period(fmt::format(fmt::runtime(text), std::forward<Args>(args)...));
  } catch (const fmt::format_error&) {
    return text;
  }
}

// A date as the paper's language writes it; a month alone for a plan's YYYY-MM.
std::string paper_date(Lang lang, const Date& date);
// "2014-жылдын июнь айы – 2014-жылдын сентябрь айы", or one date, or "".
std::string paper_span(Lang lang, const std::optional<Date>& start, const std::optional<Date>& end);
// The unit of amounts as the paper writes it (official_unit); thousand som, as `vap plan`
// assumes, when none is typed.
std::string paper_unit(Lang lang, std::string_view unit);
// An amount as the paper writes it: "1 300,0 миң сом" (the unit as paper_unit writes it).
std::string paper_amount(Lang lang, double value, int decimals, std::string_view unit);

// The blank a paper leaves for what the data does not hold: "__________ (маалыматта жок)".
std::string paper_missing(Lang lang);

// Items as a Mustache list of {number (1, 2, ...), `key`: the item}: a paper's points, an agenda.
Data numbered(const std::vector<std::string>& items, const std::string& key);

// The rows of a member list: number, name (the leader marked), role, village, gender.
Data member_rows(const std::vector<GroupMember>& members, Lang lang);

// The blank form of the monitoring group: `community` rows of community members, one of the
// ayil okmotu, one of the kenesh (number and role filled in, the rest to write by hand).
Data team_form_rows(int community, Lang lang);

// A role's, a gender's name in the paper's language ("" for none).
std::string paper_role(Lang lang, std::string_view role);
std::string paper_gender(Lang lang, std::string_view gender);

// Items joined with ", ", and with the last one joined by the language's "and".
std::string paper_list(Lang lang, const std::vector<std::string>& items);

// Markdown with every run of four or more underscores escaped (`\_`): a blank, never emphasis.
std::string escape_blanks(std::string_view markdown);

} // namespace vap
