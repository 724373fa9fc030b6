#include "vap/init.hpp"

#include "vap/embedded.hpp"
#include "vap/error.hpp"
#include "vap/text.hpp"

#include <kainjow/mustache.hpp>

#include <algorithm>

namespace vap {
namespace {

using Data = kainjow::mustache::data;

struct Words {
  std::string_view name;
  std::string_view village;
  std::string_view member;
  std::string_view monitor;
};

Words words(Lang lang) {
  switch (lang) {
  case Lang::ru:
    return {"Название айылного аймака", "Село", "Член ИГ", "Член СМиО"};
  case Lang::en:
    return {"Name of the ayil aimak", "Village", "Group member", "Monitor"};
  case Lang::ky:
    break;
  }
  return {"Айыл аймагынын аталышы", "Айыл", "ДТ мүчөсү", "БМжБ мүчөсү"};
}

// Text inside YAML double quotes.
std::string yaml_quoted(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '"') out += '\\';
    out += c;
  }
  return out;
}

Data person(const std::string& name, bool female, const std::string& village,
            std::string_view role) {
  Data p;
  p.set("name", name);
  p.set("gender", std::string(female ? "female" : "male"));
  p.set("village", village);
  p.set("role", std::string(role));
  return p;
}

std::string render(std::string_view path, const Data& data) {
  auto text = embedded_file(path);
  if (!text) throw Error(ExitStatus::usage, "no starter template '" + std::string(path) + "'");
  kainjow::mustache::mustache tmpl{std::string(*text)};
  if (!tmpl.is_valid())
    throw Error(ExitStatus::usage, "template '" + std::string(path) + "': " + tmpl.error_message());
  tmpl.set_custom_escape(yaml_quoted);
  return tmpl.render(data);
}

} // namespace

Municipality init_municipality(const InitRequest& r) {
  const Words w = words(r.lang);
  Municipality m;
  m.id = is_slug(r.folder) ? r.folder : slugify(r.folder.empty() ? "municipality" : r.folder);
  m.name = r.name.empty() ? std::string(w.name) : tidy(r.name);
  std::vector<std::string> villages = r.villages;
  if (villages.empty()) villages = {std::string(w.village) + " 1", std::string(w.village) + " 2"};
  for (auto& v : villages)
    m.villages.push_back(Text{tidy(v), {}});
  m.lang = r.lang;
  return m;
}

std::vector<InitFile> init_files(const InitRequest& r) {
  const Words w = words(r.lang);
  std::vector<std::string> villages = r.villages;
  if (villages.empty()) villages = {std::string(w.village) + " 1", std::string(w.village) + " 2"};
  for (auto& v : villages)
    v = tidy(v);

  Data d;
  d.set("folder", r.folder);
  d.set("id", is_slug(r.folder) ? r.folder : slugify(r.folder.empty() ? "municipality" : r.folder));
  d.set("name", r.name.empty() ? std::string(w.name) : tidy(r.name));
  d.set("year", std::to_string(r.year));
  d.set("population", std::string("5000"));
  Data vs = Data(Data::type::list);
  for (std::size_t i = 0; i < villages.size(); ++i) {
    Data v;
    v.set("name", villages[i]);
    if (i + 1 == villages.size()) v.set("last", true);
    vs.push_back(v);
  }
  d.set("villages", vs);
  d.set("first_village", villages.front());

  // An initiative group with someone from every village, ayil okmotu staff and a deputy,
  // women and men alike (an even number, at least four).
  std::vector<std::string> roles(villages.size(), "community");
  roles.push_back("lsg-staff");
  roles.push_back("deputy");
  while (roles.size() < 4 || roles.size() % 2)
    roles.push_back("community");
  Data members = Data(Data::type::list);
  for (std::size_t i = 0; i < roles.size(); ++i)
    members.push_back(person(std::string(w.member) + " " + std::to_string(i + 1), i % 2 == 0,
                             villages[i % villages.size()], roles[i]));
  d.set("members", members);
  d.set("leader", std::string(w.member) + " 1");
  // The monitoring group as the seed has it: 5 community members, 1 from the ayil okmotu, 1 deputy.
  Data team = Data(Data::type::list);
  const char* team_roles[] = {"community", "community", "community", "community",
                              "community", "lsg-staff", "deputy"};
  for (std::size_t i = 0; i < 7; ++i)
    team.push_back(person(std::string(w.monitor) + " " + std::to_string(i + 1), i % 2 == 0,
                          villages[i % villages.size()], team_roles[i]));
  d.set("team", team);

  const std::string dir = "init/" + std::string(lang_code(r.lang)) + "/";
  std::string session = "sessions/01-" + slugify(villages.front()) + "-young-women.yaml";
  return {
      {"municipality.yaml", render(dir + "municipality.yaml", d)},
      {session, render(dir + "session.yaml", d)},
      {"causes.yaml", render(dir + "causes.yaml", d)},
      {"plan.yaml", render(dir + "plan.yaml", d)},
      {"monitoring.yaml", render(dir + "monitoring.yaml", d)},
      {"assembly.yaml", render(dir + "assembly.yaml", d)},
  };
}

} // namespace vap
