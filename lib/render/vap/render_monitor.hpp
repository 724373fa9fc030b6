#pragma once
// Monitoring results as Markdown, CSV and JSON, and the charts the full report shows.
#include "vap/monitor.hpp"
#include "vap/render.hpp"

#include <string>
#include <vector>

namespace vap {

// One municipality's monitoring, or several in turn (Markdown: a section each; CSV: one table with
// municipality_id first; JSON: {"municipalities": [...]} when more than one).
std::string render_monitor(const std::vector<MonitorResult>& results, const RenderOptions& options);

// The Mustache data of one municipality's monitoring (also used by the full report).
Data monitor_data(const MonitorResult& result, const RenderOptions& options);

// Inline SVG charts: tasks' progress, planned vs spent by source, share satisfied (empty when
// there is nothing to draw).
std::vector<std::string> monitor_charts(const MonitorResult& result, Lang lang);

// A number for reading: up to `decimals` decimals, trailing zeros dropped ("1.8", "20").
std::string short_number(double value, int decimals = 2);

} // namespace vap
