#pragma once
// The gallery's results as Markdown, CSV and JSON.
#include "vap/gallery.hpp"
#include "vap/render.hpp"

namespace vap {

std::string render_gallery(const GalleryTally& tally, const RenderOptions& options);
std::string render_batch_gallery(const BatchGallery& batch, const RenderOptions& options);

// The Mustache data of one municipality's gallery (also used by the full report).
// The priorities bar chart (dots per problem, the first ten or every priority) as inline SVG;
// "" when nothing got dots. For a batch: in how many municipalities each problem is a priority
// (the seed's "13 ayil aimaks" chart). `vap gallery --format svg` writes them as files.
std::string gallery_chart_svg(const GalleryTally& tally, Lang lang);
std::string batch_priorities_svg(const BatchGallery& batch, Lang lang);

Data gallery_data(const GalleryTally& tally, const RenderOptions& options);

} // namespace vap
