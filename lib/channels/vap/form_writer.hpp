#pragma once
// A phone form (vap/form.hpp) written out: the XForm that ODK Collect loads, and the XLSForm
// (.xlsx) that KoboToolbox and ODK Central take. Both say the same questions, choices and
// constraints in ky, ru and en; tests/channels/test_form_writer.cpp reads them back and compares.
#include "vap/form.hpp"

#include <string>

namespace vap {

// The XForm (ODK XForms 1.0) of `form`, as UTF-8 XML text.
std::string xform_text(const form::Form& form);

// The XLSForm of `form` (sheets survey, choices, settings) into `path`, a temporary file that
// the caller moves into place. Throws Error (exit 73, in `lang`) when libxlsxwriter cannot.
void write_xlsform(const form::Form& form, const std::string& path, Lang lang);

// An XPath expression of the form (with ${name} references) as the XForm says it: each
// reference as the question's path, relative (../name) between questions of one repeat.
std::string xform_expression(const form::Form& form, const form::Question& context,
                             std::string_view expression);
// The absolute path of a question in the XForm's instance (/data/gallery/votes/vote_dots).
std::string xform_path(const form::Form& form, const form::Question& q);

} // namespace vap
