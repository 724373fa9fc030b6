#include "vap/render_papers.hpp"

#include "vap/commonmark.hpp"
#include "vap/docx.hpp"
#include "vap/plan.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

constexpr std::size_t k_blank = 4;        // underscores in a row that make a blank
constexpr std::string_view k_hr = "<hr>"; // md4c's thematic break: a new page

std::string_view template_name(PaperKind kind) {
  switch (kind) {
  case PaperKind::decision:
    return "paper_decision.md.mustache";
  case PaperKind::order:
    return "paper_order.md.mustache";
  case PaperKind::hearing:
    return "paper_hearing.md.mustache";
  case PaperKind::monitoring_group:
    break;
  }
  return "paper_monitoring_group.md.mustache";
}

// The text of an HTML fragment, tags dropped (for the page's title).
std::string html_text(std::string_view html) {
  std::string out;
  bool tag = false;
  for (char c : html) {
    if (c == '<') tag = true;
    if (!tag) out += c;
    if (c == '>') tag = false;
  }
  return out;
}

// The first heading 1 of the Markdown, as its title.
std::string markdown_title(std::string_view md) {
  for (std::size_t at = 0; at < md.size();) {
    const std::size_t end = std::min(md.find('\n', at), md.size());
    const std::string_view line = md.substr(at, end - at);
    if (line.rfind("# ", 0) == 0) {
      std::string t(line.substr(2));
      std::string out;
      for (std::size_t i = 0; i < t.size(); ++i)
        if (!(t[i] == '\\' && i + 1 < t.size())) out += t[i];
      return out;
    }
    at = end + 1;
  }
  return "";
}

// Runs of underscores in HTML text marked as blanks (span.blank).
std::string mark_blanks(const std::string& html) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] != '_') {
      out += html[i++];
      continue;
    }
    std::size_t end = i;
    while (end < html.size() && html[end] == '_')
      ++end;
    if (end - i >= k_blank)
      out += "<span class=\"blank\">" + html.substr(i, end - i) + "</span>";
    else
      out += html.substr(i, end - i);
    i = end;
  }
  return out;
}

// The paper's HTML body: one section.page per page (split at the Markdown's `---`), the text
// above its first heading 1 in header.letterhead.
std::string paper_pages(const std::string& html) {
  std::string out;
  std::size_t at = 0;
  while (at <= html.size()) {
    std::size_t hr = html.find(k_hr, at);
    if (hr == std::string::npos) hr = html.size();
    std::string page = html.substr(at, hr - at);
    page.erase(0, page.find_first_not_of('\n'));
    while (!page.empty() && page.back() == '\n')
      page.pop_back();
    const std::size_t h1 = page.find("<h1>");
    out += "<section class=\"page\">\n";
    if (h1 != std::string::npos && h1 > 0)
      out +=
          "<header class=\"letterhead\">\n" + page.substr(0, h1) + "</header>\n" + page.substr(h1);
    else
      out += page;
    out += "\n</section>\n";
    at = hr + k_hr.size();
    if (hr == html.size()) break;
  }
  return out;
}

} // namespace

std::string escape_blanks(std::string_view md) {
  std::string out;
  for (std::size_t i = 0; i < md.size();) {
    if (md[i] != '_' || (i > 0 && md[i - 1] == '\\')) {
      out += md[i++];
      continue;
    }
    std::size_t end = i;
    while (end < md.size() && md[end] == '_')
      ++end;
    for (std::size_t k = i; k < end; ++k)
      out += end - i >= k_blank ? "\\_" : "_";
    i = end;
  }
  return out;
}

std::string one_period(std::string text) {
  for (std::size_t at = 0; (at = text.find("..", at)) != std::string::npos;) {
    const bool ellipsis =
        (at > 0 && text[at - 1] == '.') || (at + 2 < text.size() && text[at + 2] == '.');
    if (ellipsis)
      at = text.find_first_not_of('.', at);
    else
      text.erase(at, 1);
    if (at == std::string::npos) break;
  }
  return text;
}

Data paper_data(const PaperHeader& h, Lang lang) {
  Data d;
  d.set("lang", std::string(lang_code(lang)));
  d.set("municipality", h.municipality);
  std::string where;
  for (const auto* x : {&h.region, &h.district})
    if (!x->empty()) where += (where.empty() ? "" : ", ") + *x;
  if (!where.empty()) d.set("where", where);
  return d;
}

namespace {
std::string_view typed_or_default(Lang lang, std::string_view unit) {
  return unit.empty() ? label(lang, "plan_default_unit") : unit;
}
} // namespace

std::string paper_unit(Lang lang, std::string_view unit) {
  return official_unit(lang, typed_or_default(lang, unit));
}

std::string paper_amount(Lang lang, double value, int decimals, std::string_view unit) {
  return official_amount(lang, value, decimals, typed_or_default(lang, unit));
}

std::string paper_missing(Lang lang) {
  return "__________ (" + std::string(label(lang, "paper_not_in_data")) + ")";
}

std::string paper_date(Lang lang, const Date& d) {
  return official_date(lang, d.year, d.month, d.day);
}

std::string paper_span(Lang lang, const std::optional<Date>& start,
                       const std::optional<Date>& end) {
  if (start && end && !(*start == *end))
    return official_period(lang, start->year, start->month, start->day, end->year, end->month,
                           end->day);
  if (start) return paper_date(lang, *start);
  if (end) return paper_date(lang, *end);
  return "";
}

std::string paper_role(Lang lang, std::string_view role) {
  if (role.empty()) return "";
  return std::string(
      label(lang, "plan_role_" + std::string(role == "lsg-staff" ? "lsg_staff" : role)));
}

std::string paper_gender(Lang lang, std::string_view gender) {
  if (gender == "female") return std::string(label(lang, "paper_gender_female"));
  if (gender == "male") return std::string(label(lang, "paper_gender_male"));
  return "";
}

std::string paper_list(Lang lang, const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0)
      out += i + 1 == items.size() ? " " + std::string(label(lang, "paper_and")) + " " : ", ";
    out += items[i];
  }
  return out;
}

Data numbered(const std::vector<std::string>& items, const std::string& key) {
  Data out = list(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    Data item;
    item.set("number", std::to_string(i + 1));
    item.set(key, items[i]);
    append(out, std::move(item));
  }
  return out;
}

Data member_rows(const std::vector<GroupMember>& members, Lang lang) {
  Data rows = list(members.size());
  int n = 0;
  for (const auto& p : members) {
    Data r;
    r.set("number", std::to_string(++n));
    r.set("name", p.name);
    if (p.leader) r.set("leader", std::string(label(lang, "paper_leader_mark")));
    r.set("role", paper_role(lang, p.role));
    r.set("village", p.village);
    r.set("gender", paper_gender(lang, p.gender));
    append(rows, std::move(r));
  }
  return rows;
}

Data team_form_rows(int community, Lang lang) {
  Data rows = list();
  int n = 0;
  auto row = [&](std::string_view role) {
    Data r;
    r.set("number", std::to_string(++n));
    r.set("role", paper_role(lang, role));
    append(rows, std::move(r));
  };
  for (int i = 0; i < community; ++i)
    row("community");
  row("lsg-staff");
  row("deputy");
  return rows;
}

std::string paper_markdown(const Municipality& m, PaperKind kind, Lang lang,
                           const std::string& templates_dir) {
  Data d;
  switch (kind) {
  case PaperKind::decision:
    d = decision_data(decision_paper(m), lang);
    break;
  case PaperKind::order:
    d = order_data(order_paper(m), lang);
    break;
  case PaperKind::hearing:
    d = hearing_data(hearing_paper(m), lang);
    break;
  case PaperKind::monitoring_group:
    d = monitoring_group_data(monitoring_group_paper(m), lang);
    break;
  }
  return escape_blanks(
      render_template(template_name(kind), d, lang, Markup::markdown, templates_dir));
}

std::string render_paper(const Municipality& m, PaperKind kind, const PaperOptions& o) {
  const std::string md = paper_markdown(m, kind, o.lang, o.templates_dir);
  const std::string title = m.name + ": " + markdown_title(md);
  switch (o.format) {
  case PaperFormat::md:
    return md;
  case PaperFormat::docx:
    return docx_document(md, DocxOptions{o.lang, title});
  case PaperFormat::html:
    break;
  }
  const std::string body = mark_blanks(commonmark_html(md));
  Data d;
  d.set("lang", std::string(lang_code(o.lang)));
  d.set("title", html_text(title));
  d.set("pages", paper_pages(body));
  std::string html =
      render_template("paper.html.mustache", d, o.lang, Markup::html, o.templates_dir);
  html.erase(0, html.find_first_not_of(" \t\r\n"));
  return html;
}

} // namespace vap
