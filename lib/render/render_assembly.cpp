#include "vap/render_assembly.hpp"

#include "vap/plan.hpp"

namespace vap {
namespace {

std::string_view rule_id(MajorityRule r) {
  switch (r) {
  case MajorityRule::absolute:
    return "absolute";
  case MajorityRule::two_thirds:
    return "two_thirds";
  default:
    return "simple";
  }
}

std::string_view decision_id(Decision d) {
  switch (d) {
  case Decision::agreed:
    return "agreed";
  case Decision::amended:
    return "amended";
  default:
    return "rejected";
  }
}

std::string_view change_id(Change c) {
  switch (c) {
  case Change::kept:
    return "kept";
  case Change::amended:
    return "amended";
  case Change::dropped:
    return "dropped";
  case Change::added:
    return "added";
  default:
    return "not_voted";
  }
}

std::string decision_word(Lang lang, Decision d) {
  return std::string(label(lang, "assembly_" + std::string(decision_id(d))));
}

std::string change_word(Lang lang, Change c) {
  return std::string(label(lang, c == Change::amended ? std::string("assembly_changed")
                                                      : "assembly_" + std::string(change_id(c))));
}

// What a proposal did to the gallery's list: "" for a problem that was no priority and was
// rejected (nothing changed).
std::optional<Change> change_of(const AssemblyRow& r) {
  if (r.gallery_priority) {
    if (r.decision == Decision::rejected) return Change::dropped;
    return r.decision == Decision::amended ? Change::amended : Change::kept;
  }
  if (r.decision == Decision::rejected) return std::nullopt;
  return Change::added;
}

std::string rank_text(int rank) {
  return rank ? std::to_string(rank) : std::string("–");
}

std::string opt_whole(const std::optional<long long>& v) {
  return v ? std::to_string(*v) : std::string("–");
}

Json report_json(const AssemblyReport& r, Lang lang) {
  Json j;
  j["municipality_id"] = r.municipality_id;
  j["municipality"] = r.municipality;
  j["assemblies"] = r.assemblies;
  if (!r.assembly) {
    j["date"] = nullptr;
    return j;
  }
  const AssemblySummary& s = r.summary;
  j["date"] = date_text(s.date);
  j["rule"] = rule_id(s.rule);
  j["participants"] = s.participants;
  j["women"] = s.gender_known ? Json(s.women) : Json(nullptr);
  j["men"] = s.gender_known ? Json(s.men) : Json(nullptr);
  j["deputies"] = s.deputies;
  j["staff"] = s.staff;
  Json villages = Json::array();
  for (const auto& v : r.assembly->villages)
    villages.push_back({{"village", v.village.text},
                        {"participants", v.participants.total},
                        {"women", v.participants.women ? Json(*v.participants.women) : Json()},
                        {"men", v.participants.men ? Json(*v.participants.men) : Json()}});
  j["villages"] = villages;
  j["villages_missing"] = s.villages_missing;
  Json proposals = Json::array();
  for (const auto& row : s.rows) {
    auto change = change_of(row);
    proposals.push_back({{"problem_id", row.problem_id},
                         {"problem", r.name(row.problem_id, lang)},
                         {"gallery_rank", row.gallery_rank ? Json(row.gallery_rank) : Json()},
                         {"priority", row.gallery_priority},
                         {"yes", row.yes},
                         {"no", row.no},
                         {"abstain", row.abstain},
                         {"decision", decision_id(row.decision)},
                         {"amendment", row.amendment.empty() ? Json() : Json(row.amendment)},
                         {"change", change ? Json(change_id(*change)) : Json()}});
  }
  j["proposals"] = proposals;
  auto final_rows = [&](const std::vector<FinalRow>& rows) {
    Json out = Json::array();
    for (const auto& f : rows)
      out.push_back({{"problem_id", f.problem_id},
                     {"problem", r.name(f.problem_id, lang)},
                     {"gallery_rank", f.gallery_rank ? Json(f.gallery_rank) : Json()},
                     {"change", change_id(f.change)}});
    return out;
  };
  j["final"] = final_rows(s.final_list);
  j["changes"] = final_rows(s.changes);
  return j;
}

} // namespace

Data assembly_data(const AssemblyReport& r, const RenderOptions& o) {
  const Lang lang = o.lang;
  Data d;
  d.set("municipality", r.municipality);
  if (!r.assembly) {
    d.set("no_data", std::string(label(lang, "assembly_none")));
    return d;
  }
  const AssemblySummary& s = r.summary;
  d.set("has_data", true);
  const std::string rule(label(lang, "assembly_rule_" + std::string(rule_id(s.rule))));
  d.set("summary", s.gender_known ? label_fmt(lang, "assembly_summary", date_text(s.date), rule,
                                              s.participants, s.women, s.men, s.deputies, s.staff)
                                  : label_fmt(lang, "assembly_summary_total", date_text(s.date),
                                              rule, s.participants, s.deputies, s.staff));
  Data villages = list();
  for (const auto& v : r.assembly->villages) {
    Data row;
    row.set("village", v.village.text);
    row.set("women", opt_whole(v.participants.women));
    row.set("men", opt_whole(v.participants.men));
    row.set("total", std::to_string(v.participants.total));
    villages.push_back(row);
  }
  d.set("villages", villages);
  d.set("women", s.gender_known ? std::to_string(s.women) : std::string("–"));
  d.set("men", s.gender_known ? std::to_string(s.men) : std::string("–"));
  d.set("participants", std::to_string(s.participants));
  if (!s.villages_missing.empty()) {
    std::string names;
    for (const auto& v : s.villages_missing)
      names += (names.empty() ? "" : ", ") + v;
    d.set("missing", label_fmt(lang, "assembly_missing", names));
  }
  if (s.gender_known && s.women != s.men)
    d.set("unequal", label_fmt(lang, "assembly_unequal", s.women, s.men));

  Data rows = list();
  Data amendments = list();
  for (const auto& row : s.rows) {
    Data x;
    x.set("problem", r.name(row.problem_id, lang));
    x.set("rank", rank_text(row.gallery_rank));
    x.set("yes", std::to_string(row.yes));
    x.set("no", std::to_string(row.no));
    x.set("abstain", std::to_string(row.abstain));
    x.set("decision", decision_word(lang, row.decision));
    rows.push_back(x);
    if (!row.amendment.empty())
      amendments.push_back(Data("text", label_fmt(lang, "assembly_amendment_item",
                                                  r.name(row.problem_id, lang), row.amendment)));
  }
  d.set("rows", rows);
  if (!amendments.is_empty_list()) {
    d.set("has_amendments", true);
    d.set("amendments", amendments);
  }

  long long kept = 0, amended = 0, added = 0;
  for (const auto& f : s.final_list) {
    kept += f.change == Change::kept;
    amended += f.change == Change::amended;
    added += f.change == Change::added;
  }
  d.set("final_count", label_fmt(lang, "assembly_final_count", s.final_list.size(), kept + amended,
                                 kept + amended + s.changes.size(), amended, added));
  Data final_rows = list();
  for (const auto* rows_of : {&s.final_list, &s.changes})
    for (const auto& f : *rows_of) {
      Data x;
      x.set("problem", r.name(f.problem_id, lang));
      x.set("rank", rank_text(f.gallery_rank));
      x.set("change", change_word(lang, f.change));
      final_rows.push_back(x);
    }
  d.set("final", final_rows);
  return d;
}

std::string render_assembly(const std::vector<AssemblyReport>& reports, const RenderOptions& o) {
  const Lang lang = o.lang;
  const bool many = o.batch || reports.size() > 1;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    if (many) csv.text("municipality_id");
    for (auto h : {"problem_id", "problem", "gallery_rank", "priority", "votes_yes", "votes_no",
                   "votes_abstain", "decision", "amendment", "change"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (const auto& r : reports) {
      if (!r.assembly) continue;
      for (const auto& row : r.summary.rows) {
        if (many) csv.text(r.municipality_id);
        csv.text(row.problem_id).text(r.name(row.problem_id, lang));
        if (row.gallery_rank)
          csv.whole(row.gallery_rank);
        else
          csv.text("");
        csv.text(csv_yes_no(o, row.gallery_priority))
            .whole(row.yes)
            .whole(row.no)
            .whole(row.abstain);
        csv.text(csv_word(o, decision_id(row.decision), decision_word(lang, row.decision)))
            .text(row.amendment);
        auto change = change_of(row);
        csv.text(change ? csv_word(o, change_id(*change), change_word(lang, *change)) : "");
        csv.end_row();
      }
      for (const auto& f : r.summary.changes) {
        if (f.change != Change::not_voted) continue;
        if (many) csv.text(r.municipality_id);
        csv.text(f.problem_id).text(r.name(f.problem_id, lang)).whole(f.gallery_rank);
        csv.text(csv_yes_no(o, true)).text("").text("").text("").text("").text("");
        csv.text(csv_word(o, change_id(f.change), change_word(lang, f.change)));
        csv.end_row();
      }
    }
    return csv.str();
  }
  case Format::json: {
    return json_one_or_all(many, reports,
                           [&](const auto& item) { return report_json(item, lang); });
  }
  default: {
    std::string out;
    for (const auto& r : reports) {
      Data d = assembly_data(r, o);
      if (!out.empty()) out += "\n";
      out += render_template("assembly.md.mustache", d, lang, Markup::markdown, o.templates_dir);
    }
    return tidy_markdown(out);
  }
  }
}

} // namespace vap
