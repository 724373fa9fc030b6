// The description of the causes file (vap/schema.hpp), one of schema.cpp's kinds.
#include "schema_kinds.hpp"

namespace vap::schema {
namespace {

using CK = CatalogKind;
using T = Type;

constexpr Field solution_fields[] = {
    {.key = "action",
     .required = true,
     .label = "wb_solution",
     .doc = "what can be done",
     .example = "Мектептин алдында даярдоо классын уюштуруу"},
    {.key = "by",
     .type = T::name,
     .catalog = CK::solvers,
     .has_catalog = true,
     .label = "wb_by",
     .doc = "community | lsg | external | none",
     .example = "community"},
    {.key = "contributions",
     .type = T::pairs,
     .label = "wb_contributions",
     .doc = "stakeholder: what they bring",
     .example = "Мектеп: класс"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section solution_section{"solutions", solution_fields};

constexpr Field cause_problem_fields[] = {
    {.key = "problem",
     .type = T::name,
     .required = true,
     .catalog = CK::problems,
     .has_catalog = true,
     .label = "wb_problem",
     .doc = "a problem, as in the gallery",
     .example = "Мектепке даярдык начар"},
    {.key = "causes",
     .type = T::texts,
     .label = "wb_causes",
     .doc = "its causes",
     .example = "Квалификациялуу адистер жок"},
    {.key = "effects",
     .type = T::texts,
     .label = "wb_effects",
     .doc = "its effects",
     .example = "Балдар мектепке көнбөйт"},
    {.key = "solutions",
     .type = T::list,
     .label = "wb_solution",
     .doc = "what can be done, by whom (or just the action)",
     .section = &solution_section,
     .shorthand = "action"},
    {.key = "note", .label = "wb_problem_note", .doc = "free text", .example = ""},
};
constexpr Section cause_problem_section{"problems", cause_problem_fields};

constexpr Field causes_fields[] = {
    {.key = "date",
     .type = T::date,
     .label = "wb_date",
     .doc = "the day of the focus group",
     .example = "2015-03-20"},
    {.key = "municipality",
     .label = "wb_municipality",
     .doc = "the municipality's id or name, when the file is not in its folder",
     .example = "jany-jol"},
    {.key = "facilitator", .label = "wb_facilitator", .doc = "who ran it", .example = "Айгүл Т."},
    {.key = "note", .label = "wb_file_note", .doc = "free text", .example = ""},
    {.key = "problems",
     .type = T::list,
     .required = true,
     .label = "wb_problem",
     .doc = "one entry per priority problem",
     .section = &cause_problem_section},
};
constexpr Section causes_section{"causes", causes_fields};

constexpr Field causes_top[] = {
    version,
    {.key = "causes",
     .type = T::record,
     .required = true,
     .doc = "the cause–effect focus group",
     .section = &causes_section},
};

} // namespace

extern constexpr Section causes_file{"file", causes_top};

} // namespace vap::schema
