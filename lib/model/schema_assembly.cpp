// The description of the assembly file (vap/schema.hpp), one of schema.cpp's kinds.
#include "schema_kinds.hpp"

namespace vap::schema {
namespace {

using CK = CatalogKind;
using T = Type;

constexpr Field assembly_village_fields[] = {
    {.key = "village",
     .required = true,
     .label = "wb_village",
     .doc = "a village of the municipality",
     .example = "Жаңы-Жол"},
    {.key = "participants",
     .type = T::count,
     .required = true,
     .max = 1e9,
     .label = "wb_participants",
     .doc = "who came: a number, or {women: n, men: n}",
     .example = "{women: 48, men: 50}"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section assembly_village_section{"villages", assembly_village_fields};

constexpr Field proposal_fields[] = {
    {.key = "problem",
     .type = T::name,
     .required = true,
     .catalog = CK::problems,
     .has_catalog = true,
     .label = "wb_problem",
     .doc = "the proposal, by the problem it answers",
     .example = "Ичүүчү суу"},
    {.key = "yes",
     .type = T::whole,
     .required = true,
     .max = 1e9,
     .label = "wb_yes",
     .doc = "votes for",
     .example = "150"},
    {.key = "no",
     .type = T::whole,
     .required = true,
     .max = 1e9,
     .label = "wb_no",
     .doc = "votes against",
     .example = "20"},
    {.key = "abstain",
     .type = T::whole,
     .max = 1e9,
     .label = "wb_abstain",
     .doc = "abstentions (default 0)",
     .example = "10"},
    {.key = "amendment",
     .label = "wb_amendment",
     .doc = "what the assembly changed, when it did",
     .example = "Кербенге чейин гана"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section proposal_section{"proposals", proposal_fields};

constexpr Field assembly_fields[] = {
    {.key = "municipality",
     .label = "wb_municipality",
     .doc = "the municipality's id or name, when the file is not in its folder",
     .example = "jany-jol"},
    {.key = "date",
     .type = T::date,
     .required = true,
     .label = "wb_date",
     .doc = "the day of the assembly",
     .example = "2015-04-18"},
    {.key = "rule",
     .type = T::choice,
     .choices = "simple|absolute|two_thirds",
     .label = "wb_rule",
     .doc = "the majority a proposal needs (default simple)",
     .example = "simple"},
    {.key = "deputies",
     .type = T::whole,
     .max = 1e6,
     .label = "wb_deputies",
     .doc = "council deputies present",
     .example = "9"},
    {.key = "staff",
     .type = T::whole,
     .max = 1e6,
     .label = "wb_staff",
     .doc = "ayil okmotu staff present",
     .example = "5"},
    {.key = "villages",
     .type = T::list,
     .label = "wb_sheet_assembly",
     .doc = "who came, by village",
     .section = &assembly_village_section},
    {.key = "proposals",
     .type = T::list,
     .label = "wb_sheet_votes",
     .doc = "one vote per proposal, one person one vote",
     .section = &proposal_section},
    {.key = "note", .label = "wb_file_note", .doc = "free text", .example = ""},
};
constexpr Section assembly_section{"assembly", assembly_fields};

constexpr Field assembly_top[] = {
    version,
    {.key = "assembly",
     .type = T::record,
     .required = true,
     .doc = "the assembly (жыйын) that agrees the plan",
     .section = &assembly_section},
};

} // namespace

extern constexpr Section assembly_file{"file", assembly_top};

} // namespace vap::schema
