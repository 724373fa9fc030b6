#pragma once
// The information-board poster (`vap board`): one page for the village information board and
// the council, in large type: what you told us (priorities and who took part), what we will do
// (the plan's tasks with amounts by source and who is responsible), who does it (the initiative
// groups) and how it goes (monitoring progress per task), with the date of the data. One
// self-contained HTML file (inline CSS, no scripts, fonts or images from outside).
#include "vap/model.hpp"
#include "vap/render.hpp"
#include "vap/results.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vap {

enum class Paper { a3, a4 };
enum class BoardPanel { priorities, plan, groups, progress };

// "priorities" → BoardPanel::priorities, ...; nullopt for another word.
std::optional<BoardPanel> board_panel(std::string_view name);

struct BoardOptions {
  Lang lang = Lang::ky;
  Paper paper = Paper::a3;
  std::optional<BoardPanel> panel; // one panel alone, else all four
  std::string templates_dir;
};

// The poster of one municipality from its methods' results (results_of). What its latest
// assembly rejected is not on it as planned: it is named under the plan as rejected.
std::string render_board(const MunicipalityResults& results, const BoardOptions& options);

} // namespace vap
