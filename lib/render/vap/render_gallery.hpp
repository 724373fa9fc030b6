#pragma once
// The gallery's results as Markdown, CSV and JSON.
#include "vap/gallery.hpp"
#include "vap/render.hpp"

namespace vap {

std::string render_gallery(const GalleryTally& tally, const RenderOptions& options);
std::string render_batch_gallery(const BatchGallery& batch, const RenderOptions& options);

// The Mustache data of one municipality's gallery (also used by the full report).
Data gallery_data(const GalleryTally& tally, const RenderOptions& options);

} // namespace vap
