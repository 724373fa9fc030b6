// The XForm of a phone form (https://getodk.github.io/xforms-spec/), written as pyxform writes
// an XLSForm's: the instance, one bind per question, the translations (itext) and the body.
#include "vap/form_writer.hpp"

#include <fmt/format.h>

#include <array>

namespace vap {
namespace {

using form::QType;
using form::Question;

constexpr std::array<Lang, 3> k_langs{Lang::ky, Lang::ru, Lang::en};

std::string escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string_view bind_type(QType t) {
  switch (t) {
  case QType::integer:
    return "int";
  case QType::decimal:
    return "decimal";
  case QType::date:
    return "date";
  case QType::geopoint:
    return "geopoint";
  default:
    return "string";
  }
}

const Question* repeat_of(const std::vector<const Question*>& parents) {
  for (auto it = parents.rbegin(); it != parents.rend(); ++it)
    if ((*it)->type == QType::repeat) return *it;
  return nullptr;
}

class Writer {
public:
  explicit Writer(const form::Form& f) : m_form(f) {}

  std::string run() {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out +=
        "<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\" "
        "xmlns:jr=\"http://openrosa.org/javarosa\" xmlns:odk=\"http://www.opendatakit.org/xforms\" "
        "xmlns:orx=\"http://openrosa.org/xforms\" "
        "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n";
    out += "  <h:head>\n";
    out += fmt::format("    <h:title>{}</h:title>\n",
                       escaped(m_form.title[static_cast<std::size_t>(m_form.default_lang)]));
    out += "    <model odk:xforms-version=\"1.0.0\">\n";
    out += itext();
    out += "      <instance>\n";
    out += fmt::format("        <data id=\"{}\" version=\"{}\">\n", escaped(m_form.id),
                       escaped(m_form.version));
    for (const auto& q : m_form.questions)
      instance(q, 10, out);
    out += "          <meta>\n            <instanceID/>\n          </meta>\n";
    out += "        </data>\n      </instance>\n";
    for (const auto& q : m_form.questions)
      binds(q, out);
    out += "      <bind nodeset=\"/data/meta/instanceID\" type=\"string\" readonly=\"true()\" "
           "jr:preload=\"uid\"/>\n";
    out += "    </model>\n  </h:head>\n  <h:body>\n";
    for (const auto& q : m_form.questions)
      body(q, 4, out);
    out += "  </h:body>\n</h:html>\n";
    return out;
  }

private:
  std::string itext() const {
    std::string out = "      <itext>\n";
    for (Lang l : k_langs) {
      const auto i = static_cast<std::size_t>(l);
      out += fmt::format("        <translation lang=\"{}\"{}>\n", escaped(form::language_name(l)),
                         l == m_form.default_lang ? " default=\"true()\"" : "");
      texts(m_form.questions, i, out);
      out += "        </translation>\n";
    }
    return out + "      </itext>\n";
  }

  void text(const std::string& id, const std::string& value, std::string& out) const {
    out += fmt::format("          <text id=\"{}\"><value>{}</value></text>\n", escaped(id),
                       escaped(value));
  }

  void texts(const std::vector<Question>& qs, std::size_t i, std::string& out) const {
    for (const auto& q : qs) {
      const std::string path = xform_path(m_form, q);
      if (!q.label[i].empty()) text(path + ":label", q.label[i], out);
      if (!q.hint[i].empty()) text(path + ":hint", q.hint[i], out);
      if (!q.constraint_message[i].empty())
        text(path + ":jr:constraintMsg", q.constraint_message[i], out);
      if (const form::ChoiceList* l = m_form.list(q.list))
        for (const auto& c : l->choices)
          text(path + "/" + c.name + ":label", c.label[i], out);
      texts(q.children, i, out);
    }
  }

  void instance(const Question& q, int indent, std::string& out) const {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    if (q.type == QType::group || q.type == QType::repeat) {
      out += fmt::format("{}<{}{}>\n", pad, q.name,
                         q.type == QType::repeat ? " jr:template=\"\"" : "");
      for (const auto& c : q.children)
        instance(c, indent + 2, out);
      out += fmt::format("{}</{}>\n", pad, q.name);
    } else if (!q.default_value.empty()) {
      out += fmt::format("{}<{}>{}</{}>\n", pad, q.name, escaped(q.default_value), q.name);
    } else {
      out += fmt::format("{}<{}/>\n", pad, q.name);
    }
  }

  void binds(const Question& q, std::string& out) const {
    if (q.type == QType::group || q.type == QType::repeat) {
      if (!q.relevant.empty())
        out += fmt::format("      <bind nodeset=\"{}\" relevant=\"{}\"/>\n", xform_path(m_form, q),
                           escaped(xform_expression(m_form, q, q.relevant)));
      for (const auto& c : q.children)
        binds(c, out);
      return;
    }
    const std::string path = xform_path(m_form, q);
    std::string attrs = fmt::format("nodeset=\"{}\" type=\"{}\"", path, bind_type(q.type));
    if (q.required) attrs += " required=\"true()\"";
    if (!q.relevant.empty())
      attrs += fmt::format(" relevant=\"{}\"", escaped(xform_expression(m_form, q, q.relevant)));
    if (!q.constraint.empty()) {
      attrs +=
          fmt::format(" constraint=\"{}\"", escaped(xform_expression(m_form, q, q.constraint)));
      attrs += fmt::format(" jr:constraintMsg=\"jr:itext('{}:jr:constraintMsg')\"", path);
    }
    if (!q.calculation.empty())
      attrs += fmt::format(" calculate=\"{}\" readonly=\"true()\"",
                           escaped(xform_expression(m_form, q, q.calculation)));
    out += fmt::format("      <bind {}/>\n", attrs);
  }

  std::string label_of(const Question& q, const std::string& path, int indent) const {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    std::string out = fmt::format("{}<label ref=\"jr:itext('{}:label')\"/>\n", pad, path);
    if (!q.hint[0].empty())
      out += fmt::format("{}<hint ref=\"jr:itext('{}:hint')\"/>\n", pad, path);
    return out;
  }

  void body(const Question& q, int indent, std::string& out) const {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    const std::string path = xform_path(m_form, q);
    switch (q.type) {
    case QType::calculate:
      return;
    case QType::group:
      out += fmt::format("{}<group ref=\"{}\">\n", pad, path);
      out += label_of(q, path, indent + 2);
      for (const auto& c : q.children)
        body(c, indent + 2, out);
      out += fmt::format("{}</group>\n", pad);
      return;
    case QType::repeat:
      out += fmt::format("{}<group ref=\"{}\">\n", pad, path);
      out += label_of(q, path, indent + 2);
      out += fmt::format("{}  <repeat nodeset=\"{}\">\n", pad, path);
      for (const auto& c : q.children)
        body(c, indent + 4, out);
      out += fmt::format("{}  </repeat>\n{}</group>\n", pad, pad);
      return;
    case QType::select_one:
    case QType::select_multiple: {
      const char* tag = q.type == QType::select_one ? "select1" : "select";
      out += fmt::format("{}<{} ref=\"{}\">\n", pad, tag, path);
      out += label_of(q, path, indent + 2);
      if (const form::ChoiceList* l = m_form.list(q.list))
        for (const auto& c : l->choices)
          out += fmt::format("{}  <item>\n{}    <label ref=\"jr:itext('{}/{}:label')\"/>\n{}    "
                             "<value>{}</value>\n{}  </item>\n",
                             pad, pad, path, c.name, pad, escaped(c.name), pad);
      out += fmt::format("{}</{}>\n", pad, tag);
      return;
    }
    default:
      out += fmt::format("{}<input ref=\"{}\">\n", pad, path);
      out += label_of(q, path, indent + 2);
      out += fmt::format("{}</input>\n", pad);
    }
  }

  const form::Form& m_form;
};

} // namespace

std::string xform_path(const form::Form& f, const Question& q) {
  std::string path = "/data";
  for (const Question* p : f.parents(q))
    path += "/" + p->name;
  return path + "/" + q.name;
}

std::string xform_expression(const form::Form& f, const Question& context, std::string_view expr) {
  const Question* context_repeat = repeat_of(f.parents(context));
  std::string out;
  for (std::size_t i = 0; i < expr.size();) {
    if (expr.substr(i, 2) != "${") {
      out += expr[i++];
      continue;
    }
    const std::size_t close = expr.find('}', i);
    const std::string_view name = expr.substr(i + 2, close - i - 2);
    const Question* target = f.find(name);
    if (!target) {
      out += std::string(expr.substr(i, close + 1 - i));
    } else {
      const auto parents = f.parents(*target);
      // A question of the same repeat: the sibling in this repeat's entry, not all of them.
      if (context_repeat && repeat_of(parents) == context_repeat &&
          parents.back() == context_repeat && target->type != QType::repeat)
        out += "../" + target->name;
      else
        out += xform_path(f, *target);
    }
    i = close + 1;
  }
  return out;
}

std::string xform_text(const form::Form& f) {
  return Writer(f).run();
}

} // namespace vap
